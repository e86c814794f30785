// How the grid's rows follow a change (from the change feed, data/changes.ts). An edit this window made comes
// with every row it touched as it now is: those rows are updated in place, and nothing is read again. A change
// that may add or remove rows (anything but an edit of cells: an undo can bring rows back), a bulk one, a change to a table whose labels the rows show, an edit of
// a column the view is sorted or filtered by (rows may move), or a change from elsewhere (rows unknown) reloads
// the kept pages instead. While a cell is being edited, a reload waits for the editor to close.
import { useCallback, useEffect, useRef } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { onChange, type ChangeNotice } from '../data/changes'
import { withRefs } from '../data/reads'
import { currentView } from './gridView'
import { mergeRow } from './useCellEdits'

type Outcome = 'none' | 'in place' | 'reload'

/** What `notice` asks of a grid on `table`; rows it can update in place are updated here. */
function follow(api: GridApi<Row>, table: TableName, notice: ChangeNotice): Outcome {
  if (notice.domain !== null) return 'none'
  if (notice.tables === 'all') return 'reload'
  const shown = withRefs(table)
  if (!shown.some((t) => (notice.tables as ReadonlySet<TableName>).has(t))) return 'none'
  const a = notice.applied
  if (!a || notice.reshaped) return 'reload'
  if ([...notice.tables].some((t) => t !== table && shown.includes(t))) return 'reload'
  const view = currentView(api, table)
  const moving = new Set([...view.sort.map((s) => s.column), ...view.filters.map((f) => f.column)])
  const updates: { node: NonNullable<ReturnType<GridApi<Row>['getRowNode']>>; row: Row }[] = []
  for (const { table: t, row } of a.rows) {
    if (t !== table) continue
    const node = api.getRowNode(String(row.id))
    if (!node?.data) continue
    const merged = mergeRow(node.data, row)
    if (!merged) return 'reload'
    const changed = Object.keys(merged).filter((k) => merged[k] !== node.data![k])
    if (changed.some((k) => moving.has(k))) return 'reload'
    if (changed.length > 0) updates.push({ node, row: merged })
  }
  // updateData, not setData: only the cells whose value changed are drawn again (setData redraws the whole row).
  for (const { node, row } of updates) node.updateData(row)
  return 'in place'
}

export function useGridRefresh(api: GridApi<Row> | null, table: TableName): { afterEditing(): void } {
  const pending = useRef(false)

  useEffect(() => {
    if (!api) return
    return onChange((notice) => {
      if (api.isDestroyed() || follow(api, table, notice) !== 'reload') return
      if (api.getEditingCells().length > 0) pending.current = true
      else api.refreshInfiniteCache()
    })
  }, [api, table])

  const afterEditing = useCallback(() => {
    if (!pending.current || !api) return
    pending.current = false
    api.refreshInfiniteCache()
  }, [api])

  return { afterEditing }
}
