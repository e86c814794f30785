// A block of cells in the grid: an anchor (where the selection started, the active cell) and a focus (where it
// ends), by display row index and column id; the rectangle between them over the displayed column order.
// Pure functions; the grid draws and moves blocks, this module only reasons about them.

export interface CellRef {
  row: number
  col: string
}

export interface Block {
  anchor: CellRef
  focus: CellRef
}

export interface Rect {
  top: number
  bottom: number
  /** Column ids from left to right. */
  cols: string[]
}

/** The rectangle a block covers, given the displayed data columns in order; null when a column is not displayed. */
export function rectOf(block: Block, order: readonly string[]): Rect | null {
  const a = order.indexOf(block.anchor.col)
  const b = order.indexOf(block.focus.col)
  if (a < 0 || b < 0) return null
  return {
    top: Math.min(block.anchor.row, block.focus.row),
    bottom: Math.max(block.anchor.row, block.focus.row),
    cols: order.slice(Math.min(a, b), Math.max(a, b) + 1)
  }
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1
}

export function cellCount(rect: Rect): number {
  return rectRows(rect) * rect.cols.length
}

export function isSingleCell(block: Block): boolean {
  return block.anchor.row === block.focus.row && block.anchor.col === block.focus.col
}

export type Edge = 'top' | 'bottom' | 'left' | 'right'

/** Where a cell sits in the rectangle: outside (null), or inside with the edges it touches (for the outline). */
export function cellPlace(rect: Rect | null, row: number, col: string): Edge[] | null {
  if (!rect || row < rect.top || row > rect.bottom) return null
  const i = rect.cols.indexOf(col)
  if (i < 0) return null
  const edges: Edge[] = []
  if (row === rect.top) edges.push('top')
  if (row === rect.bottom) edges.push('bottom')
  if (i === 0) edges.push('left')
  if (i === rect.cols.length - 1) edges.push('right')
  return edges
}

export type Direction = 'up' | 'down' | 'left' | 'right'

/** Shift+arrow: move the block's focus one cell (or to the edge with Ctrl), keeping the anchor. */
export function extend(block: Block, direction: Direction, order: readonly string[], rowCount: number, toEdge = false): Block {
  const { focus } = block
  const c = Math.max(0, order.indexOf(focus.col))
  const last = Math.max(0, rowCount - 1)
  switch (direction) {
    case 'up':
      return { ...block, focus: { ...focus, row: toEdge ? 0 : Math.max(0, focus.row - 1) } }
    case 'down':
      return { ...block, focus: { ...focus, row: toEdge ? last : Math.min(last, focus.row + 1) } }
    case 'left':
      return { ...block, focus: { ...focus, col: order[toEdge ? 0 : Math.max(0, c - 1)] ?? focus.col } }
    case 'right':
      return { ...block, focus: { ...focus, col: order[toEdge ? order.length - 1 : Math.min(order.length - 1, c + 1)] ?? focus.col } }
  }
}

export function single(cell: CellRef): Block {
  return { anchor: cell, focus: cell }
}
