// Grid edits to the engine: every edit arrives here from the columns' value setter (which changes nothing in the
// row) and goes out as one 'edits.apply' update; the engine's answer updates the row in place through the change
// feed (useGridRefresh). A refusal keeps the old value and leaves its reason under the cell.
import { useCallback, useState } from 'react'
import type { ValueSetterParams } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { updateCell } from '../data/edits'

export interface CellError {
  rowId: string
  colId: string
  message: string
}

/** The engine's row merged over ours, keeping reference labels it did not repeat; null when a label would be lost. */
export function mergeRow(old: Row, fresh: Row): Row | null {
  const merged: Row = { ...fresh }
  for (const key of Object.keys(old)) {
    if (!key.endsWith('__label') || key in fresh) continue
    const base = key.slice(0, -'__label'.length)
    if (fresh[base] !== old[base]) return null
    merged[key] = old[key]
  }
  return merged
}

/** What an edit needs to know: the grid's value-setter parameters. */
export type EditRequest = Pick<ValueSetterParams<Row>, 'api' | 'colDef' | 'data' | 'node' | 'newValue'>

export function useCellEdits(table: TableName): {
  onCellEditRequest(e: EditRequest): void
  cellError: CellError | null
  clearCellError(): void
} {
  const [cellError, setCellError] = useState<CellError | null>(null)

  const onCellEditRequest = useCallback(
    (e: EditRequest): void => {
      const column = e.colDef.field
      const row = e.data
      if (!column || !row) return
      setCellError(null)
      void updateCell(table, row, column, e.newValue ?? null).then((outcome) => {
        if (outcome.ok) return
        setCellError({ rowId: String(row.id), colId: column, message: outcome.message })
        if (outcome.code === 'conflict' && !e.api.isDestroyed()) e.api.refreshInfiniteCache()
      })
    },
    [table]
  )

  return { onCellEditRequest, cellError, clearCellError: useCallback(() => setCellError(null), []) }
}
