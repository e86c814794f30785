// What the analyst is looking at in the grid: the selected rows and the active row (the focused one, or
// the only selected one), which the inspector shows. Reset when the table changes.
import { useCallback, useMemo, useState } from 'react'
import type { Row } from '../../../shared/api'

export interface Selection {
  selected: Row[]
  activeId: number | null
  activeRow: Row | null
  /** The rows an action applies to: the selection, else the active row. */
  targets: Row[]
  setSelected(rows: Row[]): void
  setActiveRow(row: Row | null): void
  setActiveId(id: number | null): void
  forget(ids: number[]): void
  reset(): void
}

export function useSelection(): Selection {
  const [selected, setSelectedRows] = useState<Row[]>([])
  const [active, setActive] = useState<{ id: number | null; row: Row | null }>({ id: null, row: null })

  const setSelected = useCallback((rows: Row[]) => {
    setSelectedRows(rows)
    if (rows.length === 1) setActive({ id: Number(rows[0].id), row: rows[0] })
  }, [])
  const setActiveRow = useCallback((row: Row | null) => setActive(row ? { id: Number(row.id), row } : { id: null, row: null }), [])
  const setActiveId = useCallback((id: number | null) => setActive({ id, row: null }), [])
  const forget = useCallback((ids: number[]) => {
    setSelectedRows((rows) => rows.filter((r) => !ids.includes(Number(r.id))))
    setActive((a) => (a.id !== null && ids.includes(a.id) ? { id: null, row: null } : a))
  }, [])
  const reset = useCallback(() => {
    setSelectedRows([])
    setActive({ id: null, row: null })
  }, [])

  const targets = useMemo(() => (selected.length > 0 ? selected : active.row ? [active.row] : []), [selected, active.row])
  return { selected, activeId: active.id, activeRow: active.row, targets, setSelected, setActiveRow, setActiveId, forget, reset }
}
