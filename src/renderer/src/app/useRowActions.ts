// Adding, duplicating and deleting rows: each a single 'edits.apply' batch (one undo step). Deleting more
// than one row, or a row cited as evidence (the question says which assessments), asks first, in the app. The targets are the selected rows, else the row being inspected.
import { useCallback, useMemo, type RefObject } from 'react'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { deleteRows, duplicateRows } from '../data/edits'
import { countOf, rowDescription } from '../data/rows'
import { citationsOf, describeCitations } from './citedBy'
import type { GridHandle } from '../grid/gridHandle'
import type { RowActions } from '../grid/TablePane'
import type { ConfirmRequest } from '../ui/ConfirmDialog'

interface Options {
  table: TableName
  readOnly: boolean
  grid: RefObject<GridHandle | null>
  targets: Row[]
  confirm(request: ConfirmRequest): Promise<boolean>
  openNewForm(): void
  onDeleted(ids: number[]): void
}

export function useRowActions(o: Options): RowActions {
  const { table, readOnly, grid, targets, confirm, openNewForm, onDeleted } = o

  const duplicate = useCallback(async () => {
    if (readOnly || targets.length === 0) return
    const outcome = await duplicateRows(table, targets)
    if (!outcome.ok || !outcome.applied) return
    const last = outcome.applied.insertedIds.at(-1)
    if (last !== undefined) void grid.current?.reveal(last)
  }, [readOnly, targets, table, grid])

  const remove = useCallback(async () => {
    if (readOnly || targets.length === 0) return
    const cited = await citationsOf(table, targets).catch(() => [])
    if (targets.length > 1 || cited.length > 0) {
      const what = targets.length > 1 ? countOf(table, targets.length) : rowDescription(table, targets[0]!)
      const ok = await confirm({
        title: cited.length > 0 ? `Delete ${what}, which is cited as evidence?` : `Delete ${what}?`,
        message: `${cited.length > 0 ? `${describeCitations(cited)} ` : ''}The ${what} will be removed from the dataset. You can bring ${targets.length > 1 ? 'them' : 'it'} back with Undo.`,
        confirmLabel: `Delete ${what}`,
        danger: true
      })
      if (!ok) return
    }
    const outcome = await deleteRows(table, targets)
    if (!outcome.ok) return
    grid.current?.deselectAll()
    onDeleted(targets.map((r) => Number(r.id)))
  }, [readOnly, targets, table, confirm, grid, onDeleted])

  return useMemo(
    () => ({
      add: () => {
        if (!readOnly) openNewForm()
      },
      duplicate: () => void duplicate(),
      remove: () => void remove()
    }),
    [readOnly, openNewForm, duplicate, remove]
  )
}
