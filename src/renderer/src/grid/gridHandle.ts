// What the rest of the app may ask of the grid (refresh, selection, revealing a row, filters, columns, find,
// setting a column for many rows) without holding AG Grid's api itself. Built over the api by DataGrid.
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import { columnDef, type TableName } from '../../../shared/schema'
import { call } from '../api/client'
import { currentView, dataColumns, idsAt } from './gridView'
import type { Rect } from './block/range'
import { CONFLICTS_ONLY } from './query'

export interface ColumnChoice {
  id: string
  label: string
  visible: boolean
}

export interface GridHandle {
  refresh(): void
  selectedRows(): Row[]
  deselectAll(): void
  /** Scroll to the row with this id, select it and focus its first cell; false when it is not in the view. */
  reveal(id: number): Promise<boolean>
  isEditing(): boolean
  clearFilter(colId: string): void
  clearFilters(): void
  /** Figures: show only the figures in a conflict group (a filter on the id column), or drop that filter. */
  setConflictsOnly(on: boolean): void
  columns(): ColumnChoice[]
  setColumnVisible(id: string, visible: boolean): void
  openFind(): void
  /** The rows a "set column" applies to: the checked rows, else the rows the block spans. */
  targetRows(): Promise<{ id: number; position: number }[]>
  /** The block's first column, for "set column" to start from. */
  activeColumn(): string | null
  setColumn(rows: { id: number; position: number }[], column: string, value: string, label: string): void
}

export interface GridExtras {
  table: TableName
  rect(): Rect | null
  openFind(): void
  setColumn(rows: { id: number; position: number }[], column: string, value: string, label: string): void
  onColumnsChanged(): void
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms))

function firstDataColumn(api: GridApi<Row>): string | null {
  return dataColumns(api)[0] ?? null
}

/** Focus and select the row with this id once its position is loaded. */
async function focusRow(api: GridApi<Row>, id: number, position: number | null): Promise<boolean> {
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
    if (position !== null) api.ensureIndexVisible(position, 'middle')
    await sleep(80)
  }
  return false
}

/** Where the row stands in the view (asked of the engine, so rows far from the loaded blocks are found too). */
async function reveal(api: GridApi<Row>, table: TableName, id: number): Promise<boolean> {
  if (api.getRowNode(String(id))?.rowIndex != null) return focusRow(api, id, null)
  const { position } = await call('rows.position', { table, id, ...currentView(api, table) }).catch(() => ({ position: null }))
  if (position === null) return false
  api.ensureIndexVisible(position, 'middle')
  return focusRow(api, id, position)
}

async function targetRows(api: GridApi<Row>, table: TableName, rect: Rect | null): Promise<{ id: number; position: number }[]> {
  const checked = api.getSelectedNodes().filter((n) => n.data && n.rowIndex !== null)
  if (checked.length > 0) return checked.map((n) => ({ id: Number(n.data!.id), position: n.rowIndex! }))
  if (!rect) return []
  const ids = await idsAt(api, table, rect.top, rect.bottom - rect.top + 1)
  return ids.map((id, i) => ({ id, position: rect.top + i }))
}

export function createGridHandle(api: GridApi<Row>, extras: GridExtras): GridHandle {
  const { table } = extras
  return {
    refresh: () => api.refreshInfiniteCache(),
    selectedRows: () => api.getSelectedRows(),
    deselectAll: () => api.deselectAll(),
    reveal: (id) => reveal(api, table, id),
    isEditing: () => api.getEditingCells().length > 0,
    clearFilter: (colId) => {
      void api.setColumnFilterModel(colId, null).then(() => api.onFilterChanged())
    },
    clearFilters: () => api.setFilterModel(null),
    setConflictsOnly: (on) => {
      void api.setColumnFilterModel('id', on ? { filterType: 'number', type: CONFLICTS_ONLY } : null).then(() => api.onFilterChanged())
    },
    columns: () =>
      api
        .getColumnState()
        .filter((c) => columnDef(table, c.colId) !== undefined)
        .map((c) => ({ id: c.colId, label: columnDef(table, c.colId)!.label, visible: !c.hide })),
    setColumnVisible: (id, visible) => {
      api.setColumnsVisible([id], visible)
      extras.onColumnsChanged()
    },
    openFind: extras.openFind,
    targetRows: () => targetRows(api, table, extras.rect()),
    activeColumn: () => extras.rect()?.cols[0] ?? null,
    setColumn: extras.setColumn
  }
}
