// The inspected row, read fresh with 'rows.get' whenever the dataset moves on; until it arrives (or when
// the engine omits reference labels) the grid's copy of the row fills in.
import { useEffect, useState } from 'react'
import type { Row } from '../../../shared/api'
import { tableDef, type TableName } from '../../../shared/schema'
import { ApiCallError, call, errorMessage } from '../api/client'

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

export function useRow(table: TableName, id: number | null, revision: number, gridRow: Row | null): RowState {
  const [state, setState] = useState<RowState & { key: string }>({ key: '', row: null, gone: false, error: null })
  const key = `${table}:${id ?? ''}`

  useEffect(() => {
    if (id === null) return
    let live = true
    call('rows.get', { table, id })
      .then((row) => live && setState({ key, row: withLabels(table, row, gridRow), gone: false, error: null }))
      .catch((e: unknown) => {
        if (!live) return
        const gone = e instanceof ApiCallError && e.code === 'not_found'
        setState({ key, row: null, gone, error: gone ? null : errorMessage(e) })
      })
    return () => {
      live = false
    }
    // gridRow only fills in labels; a new grid copy of the same row needs no new request.
  }, [table, id, revision, key])

  if (id === null) return { row: null, gone: false, error: null }
  if (state.key === key) return { row: state.row ?? null, gone: state.gone, error: state.error }
  return { row: gridRow && Number(gridRow.id) === id ? gridRow : null, gone: false, error: null }
}
