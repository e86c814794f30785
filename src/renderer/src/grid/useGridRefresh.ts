// When the grid reloads its rows: whenever the dataset changed (the app's revision moved), except when the only
// change was this grid's own cell edit, whose row the engine's answer already updated in place (a reload then
// would refetch every cached block and could restart an editor the analyst has just opened). The engine's event
// can arrive before its answer to the edit, so while an edit of ours is on its way the decision waits for it.
// An edit of a sorted or filtered column still reloads, since rows may move. While a cell is being edited,
// reloads wait.
import { useCallback, useEffect, useRef } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { onEvent } from '../api/client'
import { currentView } from './gridView'

const OWN_WINDOW_MS = 3000

/** Whether an edit of the column can move rows: the view is sorted or filtered by it. */
function movesRows(api: GridApi<Row>, table: TableName, column: string): boolean {
  const view = currentView(api, table)
  return view.sort.some((s) => s.column === column) || view.filters.some((f) => f.column === column)
}

/** Ends an edit of ours: the engine's batch for it (null when nothing was written) and its column. */
export type EditDone = (batchId: number | null, column: string) => void

export function useGridRefresh(api: GridApi<Row> | null, table: TableName, revision: number): { afterEditing(): void; beginEdit(): EditDone } {
  const seen = useRef(revision)
  const pending = useRef(false)
  const own = useRef(new Map<number, number>())
  const events = useRef<number[]>([])
  const inFlight = useRef(0)
  const deferred = useRef(false)

  useEffect(() => onEvent('dataset.changed', (e) => void events.current.push(e.batchId)), [])

  /** True when every change since the last reload was one of this grid's own in-place edits. */
  const onlyOwn = useCallback((): boolean => {
    const now = performance.now()
    for (const [id, at] of own.current) if (now - at > OWN_WINDOW_MS) own.current.delete(id)
    const foreign = events.current.some((id) => !own.current.has(id))
    events.current = []
    return !foreign && own.current.size > 0
  }, [])

  const decide = useCallback(() => {
    if (!api || api.isDestroyed()) return
    deferred.current = inFlight.current > 0
    if (deferred.current || onlyOwn()) return
    if (api.getEditingCells().length > 0) pending.current = true
    else api.refreshInfiniteCache()
  }, [api, onlyOwn])

  useEffect(() => {
    if (!api || revision === seen.current) return
    seen.current = revision
    decide()
  }, [api, revision, decide])

  const afterEditing = useCallback(() => {
    if (!pending.current || !api) return
    pending.current = false
    api.refreshInfiniteCache()
  }, [api])

  const beginEdit = useCallback((): EditDone => {
    inFlight.current += 1
    let ended = false
    return (batchId, column) => {
      if (ended) return
      ended = true
      inFlight.current -= 1
      if (batchId && api && !movesRows(api, table, column)) own.current.set(batchId, performance.now())
      if (inFlight.current === 0 && deferred.current) decide()
    }
  }, [api, table, decide])

  return { afterEditing, beginEdit }
}
