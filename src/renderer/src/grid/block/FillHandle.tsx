// The fill handle: a small square on the bottom-right corner of the block. Dragging it down stretches the block
// to the row under the pointer; letting go fills those rows with the block's rows repeated (one undo step).
// It follows its cell itself (grid scroll, rows and column events, at most once a frame), so the grid's pane
// does not re-render while the grid scrolls.
import { useCallback, useEffect, useState, type ReactElement, type RefObject } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { BlockSelection } from './useBlockSelection'

interface Props {
  api: GridApi<Row> | null
  host: RefObject<HTMLDivElement | null>
  selection: BlockSelection
  disabled: boolean
  onFill(toRow: number): void
}

function cellElement(host: HTMLElement, row: number, col: string): HTMLElement | null {
  return host.querySelector<HTMLElement>(`.ag-row[row-index="${row}"] .ag-cell[col-id="${CSS.escape(col)}"]`)
}

function rowUnder(x: number, y: number): number | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('.ag-row[row-index]')
  const index = el ? Number(el.getAttribute('row-index')) : Number.NaN
  return Number.isInteger(index) ? index : null
}

const MOVES = ['bodyScroll', 'modelUpdated', 'columnResized', 'displayedColumnsChanged', 'virtualColumnsChanged'] as const

/** Bumps (once a frame at most) when the grid moves under a block, so the handle follows its cell. */
function useGridMoves(api: GridApi<Row> | null, active: () => boolean): number {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    if (!api) return
    let frame = 0
    const schedule = (): void => {
      if (frame || !active()) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setTick((n) => n + 1)
      })
    }
    for (const name of MOVES) api.addEventListener(name, schedule)
    return () => {
      cancelAnimationFrame(frame)
      if (!api.isDestroyed()) for (const name of MOVES) api.removeEventListener(name, schedule)
    }
  }, [api, active])
  return tick
}

export function FillHandle({ api, host, selection, disabled, onFill }: Props): ReactElement | null {
  const [at, setAt] = useState<{ left: number; top: number } | null>(null)
  const rect = selection.rect()
  const blockRect = selection.rect
  const shown = useCallback(() => !disabled && blockRect() !== null, [disabled, blockRect])
  const tick = useGridMoves(api, shown)

  useEffect(() => {
    const root = host.current
    if (!root || !rect || disabled) return setAt(null)
    const cell = cellElement(root, rect.bottom, rect.cols[rect.cols.length - 1]!)
    if (!cell) return setAt(null)
    const box = cell.getBoundingClientRect()
    const base = root.getBoundingClientRect()
    const body = root.querySelector('.ag-grid-viewport')?.getBoundingClientRect()
    if (body && (box.bottom > body.bottom + 1 || box.bottom < body.top + 32)) return setAt(null)
    setAt({ left: box.right - base.left, top: box.bottom - base.top })
  }, [host, rect, selection.version, tick, disabled])

  const onMouseDown = useCallback(
    (e: React.MouseEvent) => {
      const start = selection.current()
      const from = selection.rect()
      if (!api || !start || !from || e.button !== 0) return
      e.preventDefault()
      e.stopPropagation()
      selection.dragging.current = false
      let target = from.bottom
      const move = (m: MouseEvent): void => {
        const row = rowUnder(m.clientX, m.clientY)
        if (row === null || row === target) return
        target = Math.max(from.bottom, row)
        selection.set({ anchor: { row: from.top, col: from.cols[0]! }, focus: { row: target, col: from.cols[from.cols.length - 1]! } })
      }
      const up = (): void => {
        window.removeEventListener('mousemove', move)
        window.removeEventListener('mouseup', up)
        selection.set(start)
        if (target > from.bottom) onFill(target)
      }
      window.addEventListener('mousemove', move)
      window.addEventListener('mouseup', up)
    },
    [api, selection, onFill]
  )

  if (!at) return null
  return (
    <div
      className="fill-handle"
      data-testid="fill-handle"
      style={{ left: at.left - 4, top: at.top - 4 }}
      onMouseDown={onMouseDown}
      title="Drag down to fill"
      aria-hidden="true"
    />
  )
}
