// A referenced row's label: the one the engine sent when it sent one, else looked up once by id.
import { useEffect, useState, type ReactElement } from 'react'
import type { TableName } from '../../../shared/schema'
import { fetchRefLabel } from '../data/refLabels'

interface Props {
  table: TableName
  id: number | string | null | undefined
  label?: string | null
}

export function RefText({ table, id, label }: Props): ReactElement | null {
  const [fetched, setFetched] = useState<string | null>(null)
  const numeric = typeof id === 'number' ? id : Number(id)
  useEffect(() => {
    setFetched(null)
    if (label || !Number.isInteger(numeric) || numeric <= 0) return
    let live = true
    void fetchRefLabel(table, numeric).then((text) => {
      if (live) setFetched(text)
    })
    return () => {
      live = false
    }
  }, [table, numeric, label])
  if (id === null || id === undefined || id === '') return null
  return <>{label ?? fetched ?? `#${String(id)}`}</>
}
