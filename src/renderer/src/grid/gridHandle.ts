// What the rest of the app may ask of the grid (refresh, selection, revealing a row, filters) without
// holding AG Grid's api itself. Built over the api by DataGrid; plain functions, no React.
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'

export interface GridHandle {
  refresh(): void
  selectedRows(): Row[]
  deselectAll(): void
  /** Scroll to the row with this id, select it and focus its first cell; false when it is not in the view. */
  reveal(id: number): Promise<boolean>
  isEditing(): boolean
  clearFilter(colId: string): void
  clearFilters(): void
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms))

function firstDataColumn(api: GridApi<Row>): string | null {
  const col = api.getAllDisplayedColumns().find((c) => !c.getColId().startsWith('ag-Grid'))
  return col ? col.getColId() : null
}

async function reveal(api: GridApi<Row>, id: number): Promise<boolean> {
  for (let attempt = 0; attempt < 25; attempt += 1) {
    if (api.isDestroyed()) return false
    const node = api.getRowNode(String(id))
    if (node && node.rowIndex !== null && node.rowIndex !== undefined) {
      api.ensureIndexVisible(node.rowIndex, 'middle')
      node.setSelected(true, true)
      const colId = firstDataColumn(api)
      if (colId) api.setFocusedCell(node.rowIndex, colId)
      return true
    }
    // New rows usually land last (the default order is by id): look there once the count is known.
    const count = api.getDisplayedRowCount()
    if (attempt === 2 && count > 0) api.ensureIndexVisible(count - 1, 'bottom')
    await sleep(80)
  }
  return false
}

export function createGridHandle(api: GridApi<Row>): GridHandle {
  return {
    refresh: () => api.refreshInfiniteCache(),
    selectedRows: () => api.getSelectedRows(),
    deselectAll: () => api.deselectAll(),
    reveal: (id) => reveal(api, id),
    isEditing: () => api.getEditingCells().length > 0,
    clearFilter: (colId) => {
      void api.setColumnFilterModel(colId, null).then(() => api.onFilterChanged())
    },
    clearFilters: () => api.setFilterModel(null)
  }
}
