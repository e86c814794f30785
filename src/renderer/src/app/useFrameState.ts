// What the frame shows around the panes: the app info (name, path, size, read-only), the tables with their
// counts, and the undo/redo state, each a query the change feed keeps current (a cell edit moves only the undo
// state, which its answer sets). An answer equal to the last keeps its identity, so memoised panes do not redraw.
import type { AppInfo, HistoryState, TableSummary } from '../../../shared/api'
import { useCall } from '../data/queries'

export interface FrameState {
  info: AppInfo | null
  tables: TableSummary[] | null
  history: HistoryState | null
}

export function useFrameState(): FrameState {
  const info = useCall('app.info', {}).data
  const tables = useCall('tables.list', {}).data
  const history = useCall('history.state', {}).data
  return { info, tables, history }
}
