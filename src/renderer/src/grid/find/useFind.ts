// Find in the current table (Ctrl+F): the engine lists matching rows of the view as it is sorted and filtered
// ('rows.find'), the grid highlights the matching cells and steps through them (Enter, Shift+Enter), scrolling
// each into view. Asks again when the query, the view or the rows it found change (a query, data/queries.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CellClassParams, GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { FindMatch } from '../../../../shared/grids'
import type { TableName } from '../../../../shared/schema'
import { useCall } from '../../data/queries'
import { useDebounced } from '../../data/useDebounced'
import { currentView, dataColumns } from '../gridView'

export interface FindState {
  open: boolean
  query: string
  matches: FindMatch[]
  more: boolean
  /** How many rows match (absent when the engine stopped counting at the limit). */
  total?: number
  index: number
  searching: boolean
  error: string | null
}

const CLOSED: FindState = { open: false, query: '', matches: [], more: false, index: -1, searching: false, error: null }

export function useFind(api: GridApi<Row> | null, table: TableName) {
  const [state, setState] = useState<FindState>(CLOSED)
  const hits = useRef(new Map<number, Set<string>>())
  const current = useRef<{ id: number; col: string } | null>(null)
  const [viewTick, setViewTick] = useState(0)

  // Redrawing while an editor mounts would restart that editor; highlights wait for the next draw then.
  const paint = useCallback(() => {
    if (api && !api.isDestroyed() && api.getEditingCells().length === 0) api.refreshCells()
  }, [api])

  const go = useCallback(
    (matches: FindMatch[], index: number) => {
      const match = matches[index]
      current.current = match ? { id: match.id, col: match.columns[0]! } : null
      setState((s) => ({ ...s, index }))
      if (!api || !match) return paint()
      // The keyboard stays in the find bar; the grid takes it back (on this match) when find closes.
      api.ensureIndexVisible(match.position, 'middle')
      api.ensureColumnVisible(match.columns[0]!)
      paint()
    },
    [api, paint]
  )

  // The search is a query: asked once the typing pauses, again when the view changes or a change moves its rows.
  const typed = state.open ? state.query.trim() : ''
  const query = useDebounced(typed, 200)
  const asking = typed !== ''
  const args = useMemo(
    () => (api && asking && query !== '' ? { table, query, columns: dataColumns(api), ...currentView(api, table) } : null),
    // viewTick: the view changed (sort, filter, columns), so the positions must be asked for again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- viewTick is read through the grid's api, not in the closure
    [api, table, query, asking, viewTick]
  )
  const found = useCall('rows.find', args, { keepPrevious: false })
  const result = found.data
  const failed = found.error
  useEffect(() => {
    if (!args) {
      if (hits.current.size === 0 && current.current === null) return
      hits.current = new Map()
      current.current = null
      paint()
      return
    }
    if (failed) return setState((s) => ({ ...s, searching: false, error: failed }))
    if (!result) return setState((s) => ({ ...s, searching: true }))
    hits.current = new Map(result.matches.map((m) => [m.id, new Set(m.columns)]))
    setState((s) => ({ ...s, matches: result.matches, more: result.more, total: result.total, searching: false, error: null }))
    go(result.matches, result.matches.length ? 0 : -1)
  }, [args, result, failed, go, paint])

  const cellClassRules = useMemo(
    () => ({
      'find-hit': (p: CellClassParams<Row>) => (p.data ? (hits.current.get(Number(p.data.id))?.has(p.column.getColId()) ?? false) : false),
      'find-current': (p: CellClassParams<Row>) => (p.data ? current.current?.id === Number(p.data.id) && current.current.col === p.column.getColId() : false)
    }),
    []
  )

  const open = useCallback(() => setState((s) => ({ ...s, open: true })), [])
  const close = useCallback(() => {
    const match = state.matches[state.index]
    setState(CLOSED)
    if (api && match) api.setFocusedCell(match.position, match.columns[0]!)
  }, [api, state.matches, state.index])
  const setQuery = useCallback((query: string) => setState((s) => ({ ...s, query })), [])
  /** The view changed (sort, filter, columns): the positions must be asked for again. */
  const viewChanged = useCallback(() => setViewTick((n) => n + 1), [])
  const step = (by: number): void => {
    const n = state.matches.length
    if (n) go(state.matches, (state.index + by + n) % n)
  }
  return { state, cellClassRules, open, close, setQuery, next: () => step(1), previous: () => step(-1), viewChanged }
}
