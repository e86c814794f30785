// A referenced row's label: the one the engine sent when it sent one, else the row's own label from a 'rows.get'
// query (shared with every other view of that row, kept current by the change feed). Indicators show in words
// ("Import share, volume"), their code on hover, as the grid shows them.
import type { ReactElement } from 'react'
import { tableDef, type TableName } from '../../../shared/schema'
import { indicatorLabel } from '../../../shared/indicatorLabels'
import { useCall } from '../data/queries'
import { rowLabel } from '../data/rows'

interface Props {
  table: TableName
  id: number | string | null | undefined
  label?: string | null
}

export function RefText({ table, id, label }: Props): ReactElement | null {
  const numeric = typeof id === 'number' ? id : Number(id)
  const looked = useCall('rows.get', label || !Number.isInteger(numeric) || numeric <= 0 ? null : { table, id: numeric }, { keepPrevious: false })
  if (id === null || id === undefined || id === '') return null
  const fetched = looked.data ? rowLabel(table, looked.data) : looked.error ? `${tableDef(table).singular} #${numeric} (deleted)` : null
  const text = label ?? fetched
  if (text && table === 'indicator') return <span title={text}>{indicatorLabel(text)}</span>
  return <>{text ?? `#${String(id)}`}</>
}
