// What the grid is showing, read from AG Grid's api: the displayed data columns in order, the view (sort and
// filters, as the contract names them) and the rows at given positions, from AG Grid's block cache when they
// are loaded and from 'rows.page' when they are not. Plain functions; no React.
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { call } from '../api/client'
import { toFilters, toSort, type ContractFilter, type ContractSort, type ColumnFilterModel } from './query'

export { CHECK_COLUMN as SELECTION_COLUMN } from './rowCheckbox'

/** Columns shown for reading only, computed from the row (a trade flow in words): never selected, copied or pasted into. */
export const VIEW_COLUMN_PREFIX = 'view:'

/** A column holding a stored value (not the checkbox column, not a computed view column). */
export function isDataColumn(colId: string): boolean {
  return !colId.startsWith('ag-Grid') && !colId.startsWith(VIEW_COLUMN_PREFIX)
}

/** Displayed data columns, left to right (pinned first), without the checkbox column or view columns. */
export function dataColumns(api: GridApi<Row>): string[] {
  return api
    .getAllDisplayedColumns()
    .map((c) => c.getColId())
    .filter(isDataColumn)
}

export interface ViewQuery {
  sort: ContractSort[]
  filters: ContractFilter[]
}

export function currentView(api: GridApi<Row>, table: TableName): ViewQuery {
  const sortModel = api
    .getColumnState()
    .filter((c) => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }))
  return { sort: toSort(table, sortModel), filters: toFilters(table, api.getFilterModel() as Record<string, ColumnFilterModel>) }
}

export function rowCount(api: GridApi<Row>): number {
  return api.getDisplayedRowCount()
}

const PAGE = 5000

/** Rows at positions top..bottom of the view: loaded ones from the cache, the rest fetched in pages. */
export async function rowsAt(api: GridApi<Row>, table: TableName, top: number, bottom: number): Promise<Row[]> {
  const rows: (Row | undefined)[] = []
  for (let i = top; i <= bottom; i += 1) rows.push(api.getDisplayedRowAtIndex(i)?.data)
  if (rows.every((r) => r !== undefined)) return rows as Row[]
  const view = currentView(api, table)
  for (let offset = top; offset <= bottom; offset += PAGE) {
    const limit = Math.min(PAGE, bottom - offset + 1)
    if (rows.slice(offset - top, offset - top + limit).every((r) => r !== undefined)) continue
    const page = await call('rows.page', { table, offset, limit, ...view })
    page.rows.forEach((r, i) => (rows[offset - top + i] = r))
  }
  return rows.filter((r): r is Row => r !== undefined)
}

/** Ids of the rows at positions top.. (up to `count`), from the cache when loaded, else from 'rows.ids'. */
export async function idsAt(api: GridApi<Row>, table: TableName, top: number, count: number): Promise<number[]> {
  const cached: number[] = []
  for (let i = top; i < top + count; i += 1) {
    const data = api.getDisplayedRowAtIndex(i)?.data
    if (!data) break
    cached.push(Number(data.id))
  }
  const total = rowCount(api)
  const wanted = Math.max(0, Math.min(count, total - top))
  if (cached.length >= wanted) return cached.slice(0, wanted)
  const answer = await call('rows.ids', { table, offset: top, limit: Math.max(1, wanted), ...currentView(api, table) })
  return answer.ids.slice(0, wanted)
}
