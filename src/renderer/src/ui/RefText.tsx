// A referenced row's label: the one the engine sent when it sent one, else looked up once by id. Indicators show
// in words ("Import share, volume"), their code on hover, as the grid shows them.
import { useEffect, useState, type ReactElement } from 'react'
import type { TableName } from '../../../shared/schema'
import { fetchRefLabel } from '../data/refLabels'
import { indicatorLabel } from '../../../shared/indicatorLabels'

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
  const text = label ?? fetched
  if (text && table === 'indicator') return <span title={text}>{indicatorLabel(text)}</span>
  return <>{text ?? `#${String(id)}`}</>
}
