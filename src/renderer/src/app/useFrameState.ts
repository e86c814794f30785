// What the frame shows around the panes, reloaded on every dataset revision: the app info (name, path, size,
// read-only), the tables with their counts, and the undo/redo state. Asked for together so their answers redraw
// the frame once; a part whose answer is unchanged keeps its identity, so memoised panes showing it do not redraw.
import { useEffect, useState } from 'react'
import type { AppInfo, HistoryState, TableSummary } from '../../../shared/api'
import { call } from '../api/client'

export interface FrameState {
  info: AppInfo | null
  tables: TableSummary[] | null
  history: HistoryState | null
}

/** The previous value when the next one is the same data (small objects from the engine, compared as JSON). */
function keep<T>(previous: T | null, next: T): T {
  return previous !== null && JSON.stringify(previous) === JSON.stringify(next) ? previous : next
}

export function useFrameState(revision: number): FrameState {
  const [state, setState] = useState<FrameState>({ info: null, tables: null, history: null })
  useEffect(() => {
    let live = true
    // Each answer is kept as it comes (one failing leaves the others and the last good value on screen).
    const parts = [
      call('app.info', {}).then((info) => ({ info })),
      call('tables.list', {}).then((tables) => ({ tables })),
      call('history.state', {}).then((history) => ({ history }))
    ].map((p) => p.catch(() => ({})))
    void Promise.all(parts).then((answers) => {
      if (!live) return
      const next: Partial<FrameState> = Object.assign({}, ...answers)
      setState((s) => {
        const merged: FrameState = {
          info: next.info ? keep(s.info, next.info) : s.info,
          tables: next.tables ? keep(s.tables, next.tables) : s.tables,
          history: next.history ? keep(s.history, next.history) : s.history
        }
        return merged.info === s.info && merged.tables === s.tables && merged.history === s.history ? s : merged
      })
    })
    return () => {
      live = false
    }
  }, [revision])
  return state
}
