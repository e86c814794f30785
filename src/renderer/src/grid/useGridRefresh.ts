// When the grid reloads its rows: whenever the dataset changed (the app's revision moved), except when the only
// change was this grid's own cell edit, whose row the engine's answer already updated in place (a reload then
// would refetch every cached block and could restart an editor the analyst has just opened). An edit of a
// sorted or filtered column still reloads, since rows may move. While a cell is being edited, reloads wait.
import { useCallback, useEffect, useRef } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { onEvent } from '../api/client'
import { currentView } from './gridView'

const OWN_WINDOW_MS = 3000

export function useGridRefresh(api: GridApi<Row> | null, table: TableName, revision: number): { afterEditing(): void; ownEdit(batchId: number, column: string): void } {
  const seen = useRef(revision)
  const pending = useRef(false)
  const own = useRef(new Map<number, number>())
  const events = useRef<number[]>([])

  useEffect(() => onEvent('dataset.changed', (e) => void events.current.push(e.batchId)), [])

  /** True when every change since the last reload was one of this grid's own in-place edits. */
  const onlyOwn = useCallback((): boolean => {
    const now = performance.now()
    for (const [id, at] of own.current) if (now - at > OWN_WINDOW_MS) own.current.delete(id)
    const foreign = events.current.some((id) => !own.current.has(id))
    events.current = []
    return !foreign && own.current.size > 0
  }, [])

  useEffect(() => {
    if (!api || revision === seen.current) return
    seen.current = revision
    if (onlyOwn()) return
    if (api.getEditingCells().length > 0) pending.current = true
    else api.refreshInfiniteCache()
  }, [api, revision, onlyOwn])

  const afterEditing = useCallback(() => {
    if (!pending.current || !api) return
    pending.current = false
    api.refreshInfiniteCache()
  }, [api])

  const ownEdit = useCallback(
    (batchId: number, column: string) => {
      if (!api || !batchId) return
      const view = currentView(api, table)
      const moves = view.sort.some((s) => s.column === column) || view.filters.some((f) => f.column === column)
      if (!moves) own.current.set(batchId, performance.now())
    },
    [api, table]
  )

  return { afterEditing, ownEdit }
}
