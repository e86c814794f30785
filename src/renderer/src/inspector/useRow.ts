// The inspected row: a 'rows.get' query, set in place from the engine's answer when an edit touched the row
// (data/reads.ts); until it arrives (or when the engine omits reference labels) the grid's copy fills in.
import type { Row } from '../../../shared/api'
import { tableDef, type TableName } from '../../../shared/schema'
import { useCall } from '../data/queries'

export interface RowState {
  row: Row | null
  gone: boolean
  error: string | null
}

function withLabels(table: TableName, fresh: Row, gridRow: Row | null): Row {
  if (!gridRow || gridRow.id !== fresh.id) return fresh
  const merged: Row = { ...fresh }
  for (const col of tableDef(table).columns) {
    const key = `${col.name}__label`
    if (col.type === 'ref' && !(key in fresh) && gridRow[col.name] === fresh[col.name] && key in gridRow) merged[key] = gridRow[key]
  }
  return merged
}

export function useRow(table: TableName, id: number | null, gridRow: Row | null): RowState {
  const loaded = useCall('rows.get', id === null ? null : { table, id }, { keepPrevious: false })
  if (id === null) return { row: null, gone: false, error: null }
  if (loaded.data) return { row: withLabels(table, loaded.data, gridRow), gone: false, error: null }
  if (loaded.notFound) return { row: null, gone: true, error: null }
  if (loaded.error) return { row: null, gone: false, error: loaded.error }
  return { row: gridRow && Number(gridRow.id) === id ? gridRow : null, gone: false, error: null }
}
