// Each table's column state (order, widths, hidden columns, sort, filters, shown scales) restored when its grid
// opens and saved in the dataset ('grid.state' / 'grid.saveState') a moment after the analyst changes it; a save
// still waiting goes at once when the grid closes (another table) or the page goes (a reload), so none is lost.
import { useCallback, useEffect, useRef } from 'react'
import type { ColumnState as AgColumnState, GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { ScaleChoice } from '../../../../shared/displayUnits'
import type { ColumnState } from '../../../../shared/grids'
import { columnDef, type TableName } from '../../../../shared/schema'
import { call } from '../../api/client'
import { currentView, SELECTION_COLUMN } from '../gridView'
import type { ContractFilter } from '../query'

const NUMERIC = new Set(['number', 'integer', 'year'])

/** The contract's filters back as AG Grid's filter model (one condition, or AND-ed conditions, per column). */
export function toFilterModel(table: TableName, filters: ContractFilter[]): Record<string, unknown> {
  const model: Record<string, unknown> = {}
  for (const f of filters) {
    const col = columnDef(table, f.column)
    if (!col) continue
    const filterType = NUMERIC.has(col.type) ? 'number' : 'text'
    const value = col.type === 'bool' && f.value !== undefined ? (f.value === 1 ? 'yes' : 'no') : f.value
    const condition = { filterType, type: f.op, ...(value === undefined ? {} : { filter: value }) }
    const existing = model[f.column] as { conditions?: unknown[] } | undefined
    model[f.column] = existing ? { filterType, operator: 'AND', conditions: [...(existing.conditions ?? [existing]), condition] } : condition
  }
  return model
}

export function readState(api: GridApi<Row>, table: TableName, scales: Record<string, ScaleChoice>): ColumnState {
  const columns = api
    .getColumnState()
    .filter((c) => columnDef(table, c.colId) !== undefined)
    .map((c) => ({ id: c.colId, ...(c.width ? { width: Math.round(c.width) } : {}), ...(c.hide ? { hidden: true } : {}) }))
  const view = currentView(api, table)
  return { columns, sort: view.sort, filters: view.filters, ...(Object.keys(scales).length ? { scales } : {}) }
}

function applyState(api: GridApi<Row>, table: TableName, state: ColumnState): void {
  const sortOf = (id: string): Pick<AgColumnState, 'sort' | 'sortIndex'> => {
    const i = state.sort.findIndex((s) => s.column === id)
    return i < 0 ? { sort: null } : { sort: state.sort[i]!.dir, sortIndex: i }
  }
  const columns: AgColumnState[] = state.columns.map((c) => ({ colId: c.id, ...(c.width ? { width: c.width } : {}), hide: c.hidden === true, ...sortOf(c.id) }))
  api.applyColumnState({ state: [{ colId: SELECTION_COLUMN }, ...columns], applyOrder: true, defaultState: { sort: null } })
  api.setFilterModel(toFilterModel(table, state.filters))
}

/** Restores the state once the grid is ready; returns `changed`, to call on every column event (saves debounced). */
export function useColumnState(
  api: GridApi<Row> | null,
  table: TableName,
  readOnly: boolean,
  scales: { current: Record<string, ScaleChoice> },
  onRestored: (state: ColumnState | null) => void
) {
  const restoring = useRef(true)
  const timer = useRef<number | undefined>(undefined)
  /** The state read at the last change, not saved yet. */
  const unsaved = useRef<ColumnState | null>(null)
  const restored = useRef(onRestored)
  restored.current = onRestored

  const save = useCallback(() => {
    window.clearTimeout(timer.current)
    const state = unsaved.current
    unsaved.current = null
    if (state) void call('grid.saveState', { table, state }).catch(() => undefined)
  }, [table])

  useEffect(() => {
    if (!api) return
    let live = true
    restoring.current = true
    call('grid.state', { table })
      .then((state) => {
        if (!live || api.isDestroyed()) return
        if (state) applyState(api, table, state)
        restored.current(state)
      })
      .catch(() => restored.current(null))
      .finally(() => {
        // Events fired by applying the state are not the analyst's changes.
        window.setTimeout(() => (restoring.current = false), 0)
      })
    window.addEventListener('pagehide', save)
    return () => {
      live = false
      window.removeEventListener('pagehide', save)
      save()
    }
  }, [api, table, save])

  return useCallback(() => {
    if (!api || restoring.current || readOnly || api.isDestroyed()) return
    // Read now (cheap), sent once the changes pause: a resize sends one save, not one per step.
    unsaved.current = readState(api, table, scales.current)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(save, 400)
  }, [api, table, readOnly, scales, save])
}
