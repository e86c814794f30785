// Columns off-screen are not drawn (AG Grid's column virtualisation), so a cell of one has no element until the
// grid scrolls to it. This exposes one narrow call on the page for end-to-end tests to do that, as a user would
// by scrolling: bring a column into view. It reads and changes nothing else.
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'

type ShowColumn = (colId: string) => boolean

interface HookWindow {
  __lodestoneShowColumn?: ShowColumn
}

/** Installs the hook for this grid; the returned function removes it (if no other grid replaced it since). */
export function exposeShowColumn(api: GridApi<Row>): () => void {
  const target = window as unknown as HookWindow
  const show: ShowColumn = (colId) => {
    if (api.isDestroyed() || !api.getColumn(colId)) return false
    api.ensureColumnVisible(colId)
    return true
  }
  target.__lodestoneShowColumn = show
  return () => {
    if (target.__lodestoneShowColumn === show) delete target.__lodestoneShowColumn
  }
}
