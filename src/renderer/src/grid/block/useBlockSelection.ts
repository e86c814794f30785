// Block selection on AG Grid Community (whose range selection is Enterprise-only): mouse drag, shift+click
// and shift+arrows (Ctrl+Shift+arrow to the edge) stretch a block from the active cell; the block is drawn with
// cell classes (fill and outline). Ctrl+click adds rows to the row selection, the active row with them.
import { useCallback, useMemo, useRef, useState } from 'react'
import type { CellClassParams, CellFocusedEvent, CellMouseDownEvent, CellMouseOverEvent, GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import { dataColumns, isDataColumn, rowCount } from '../gridView'
import { cellPlace, extend, isSingleCell, rectOf, single, type Block, type CellRef, type Direction, type Rect } from './range'

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

export interface BlockSelection {
  /** The block now (a ref, read by class rules and handlers without re-rendering). */
  current(): Block | null
  rect(): Rect | null
  set(block: Block | null): void
  /** Bumps whenever the block changes (for overlays that draw on it). */
  version: number
  cellClassRules: Record<string, (p: CellClassParams<Row>) => boolean>
  onCellMouseDown(e: CellMouseDownEvent<Row>): void
  onCellMouseOver(e: CellMouseOverEvent<Row>): void
  /** Returns true when the focus change belongs to a block being stretched (the block stays). */
  onCellFocused(e: CellFocusedEvent<Row>): void
  /** Shift+arrows; returns true when the key was used. */
  onKeyDown(e: KeyboardEvent): boolean
  /** The grid's mousedown, seen before AG Grid's (which may move the focus first): remembers Shift. */
  onPointerDown(e: MouseEvent): void
  /** A fill handle or another gesture takes over the mouse while it is down. */
  dragging: { current: boolean }
}

function cellOf(e: { rowIndex: number | null; column: { getColId(): string } }): CellRef | null {
  return e.rowIndex === null ? null : { row: e.rowIndex, col: e.column.getColId() }
}

function toggleRow(api: GridApi<Row>, rowIndex: number, active: number | null): void {
  const node = api.getDisplayedRowAtIndex(rowIndex)
  if (!node?.data) return
  if (api.getSelectedNodes().length === 0 && active !== null && active !== rowIndex) api.getDisplayedRowAtIndex(active)?.setSelected(true)
  node.setSelected(!node.isSelected())
}

export function useBlockSelection(api: GridApi<Row> | null): BlockSelection {
  const block = useRef<Block | null>(null)
  const rect = useRef<Rect | null>(null)
  const dragging = useRef(false)
  const shiftDown = useRef(false)
  const [version, setVersion] = useState(0)

  const set = useCallback(
    (next: Block | null) => {
      const drawn = (b: Block | null): boolean => b !== null && !isSingleCell(b)
      const redraw = drawn(block.current) || drawn(next)
      block.current = next
      rect.current = next && api ? rectOf(next, dataColumns(api)) : null
      setVersion((v) => v + 1)
      // Only a multi-cell block is drawn; and a redraw while an editor mounts would restart that editor.
      if (redraw && api && !api.isDestroyed() && api.getEditingCells().length === 0) api.refreshCells()
    },
    [api]
  )

  const cellClassRules = useMemo(() => {
    const place = (p: CellClassParams<Row>) =>
      block.current && !isSingleCell(block.current) ? cellPlace(rect.current, p.node.rowIndex ?? -1, p.column.getColId()) : null
    return {
      'blk-in': (p: CellClassParams<Row>) => place(p) !== null,
      'blk-t': (p: CellClassParams<Row>) => place(p)?.includes('top') ?? false,
      'blk-b': (p: CellClassParams<Row>) => place(p)?.includes('bottom') ?? false,
      'blk-l': (p: CellClassParams<Row>) => place(p)?.includes('left') ?? false,
      'blk-r': (p: CellClassParams<Row>) => place(p)?.includes('right') ?? false
    }
  }, [])

  const onCellMouseDown = useCallback(
    (e: CellMouseDownEvent<Row>) => {
      const mouse = e.event as MouseEvent | null
      const cell = cellOf(e)
      if (!cell || !mouse || mouse.button !== 0 || !isDataColumn(cell.col)) return
      if (mouse.ctrlKey || mouse.metaKey) {
        toggleRow(e.api, cell.row, block.current?.anchor.row ?? null)
        return
      }
      if (mouse.shiftKey && block.current) {
        set({ anchor: block.current.anchor, focus: cell })
        return
      }
      dragging.current = true
      const stop = (): void => {
        dragging.current = false
        window.removeEventListener('mouseup', stop)
      }
      window.addEventListener('mouseup', stop)
      set(single(cell))
    },
    [set]
  )

  const onCellMouseOver = useCallback(
    (e: CellMouseOverEvent<Row>) => {
      const mouse = e.event as MouseEvent | null
      const cell = cellOf(e)
      if (!dragging.current || !cell || !block.current || !isDataColumn(cell.col)) return
      if (mouse && (mouse.buttons & 1) === 0) {
        dragging.current = false
        return
      }
      if (cell.row !== block.current.focus.row || cell.col !== block.current.focus.col) set({ anchor: block.current.anchor, focus: cell })
    },
    [set]
  )

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Row>) => {
      if (dragging.current) return
      const col = typeof e.column === 'object' && e.column ? e.column.getColId() : null
      if (e.rowIndex === null || e.rowIndex === undefined || !col || !isDataColumn(col)) return
      const b = block.current
      const stretch = shiftDown.current
      shiftDown.current = false
      if (stretch && b) return set({ anchor: b.anchor, focus: { row: e.rowIndex, col } })
      if (b && isSingleCell(b) && b.anchor.row === e.rowIndex && b.anchor.col === col) return
      set(single({ row: e.rowIndex, col }))
    },
    [set]
  )

  const onKeyDown = useCallback(
    (e: KeyboardEvent): boolean => {
      shiftDown.current = false
      const direction = ARROWS[e.key]
      if (!direction || !e.shiftKey || e.altKey || !api || !block.current) return false
      const order = dataColumns(api)
      const next = extend(block.current, direction, order, rowCount(api), e.ctrlKey || e.metaKey)
      set(next)
      api.ensureIndexVisible(next.focus.row)
      api.ensureColumnVisible(next.focus.col)
      return true
    },
    [api, set]
  )

  const onPointerDown = useCallback((e: MouseEvent) => {
    // AG Grid reports the focus change a moment later (after the pointer is up), so the flag waits for it.
    shiftDown.current = e.shiftKey && e.button === 0
  }, [])

  const current = useCallback(() => block.current, [])
  const currentRect = useCallback(() => rect.current, [])
  return useMemo(
    () => ({ current, rect: currentRect, set, version, cellClassRules, onCellMouseDown, onCellMouseOver, onCellFocused, onKeyDown, onPointerDown, dragging }),
    [current, currentRect, set, version, cellClassRules, onCellMouseDown, onCellMouseOver, onCellFocused, onKeyDown, onPointerDown]
  )
}
