// Where a pasted block lands: from the active cell right and down over the displayed columns, a single copied
// cell filling the whole selection, rows past the end becoming new rows; what cannot land (beyond the last
// column) refused per cell, and ragged rows noted. Then the cells in chunks of whole rows for 'edits.paste'.
import type { Block as Cells } from '../../../../shared/tsv'
import { blockWidth } from '../../../../shared/tsv'
import type { Rect } from './range'

export interface PlannedCell {
  id?: number
  newRow?: number
  column: string
  value: string
  /** The row's position in the view (0-based), for messages ("row 12"). */
  position: number
}

export interface LocalRefusal {
  position: number
  column: string | null
  message: string
}

export interface PastePlan {
  cells: PlannedCell[]
  refused: LocalRefusal[]
  notes: string[]
  /** Rows the block covers, and how many of them are new. */
  rows: number
  newRows: number
}

export interface PasteTarget {
  top: number
  /** Index of the first target column in `order`. */
  left: number
  /** The block as it will be written (a single cell repeated over the selection). */
  block: Cells
}

/** A single copied cell fills a bigger selection; otherwise the block starts at the selection's top-left cell. */
export function pasteTarget(block: Cells, rect: Rect, order: readonly string[]): PasteTarget {
  const left = Math.max(0, order.indexOf(rect.cols[0]!))
  const one = block.length === 1 && block[0]!.length === 1
  if (one && (rect.bottom > rect.top || rect.cols.length > 1)) {
    const value = block[0]![0]!
    const filled = Array.from({ length: rect.bottom - rect.top + 1 }, () => rect.cols.map(() => value))
    return { top: rect.top, left, block: filled }
  }
  return { top: rect.top, left, block }
}

export interface PlanInput {
  target: PasteTarget
  order: readonly string[]
  /** Ids of the existing rows from target.top on (shorter than the block when it runs past the end). */
  ids: readonly number[]
  label(column: string): string
  readOnly(column: string): boolean
}

const MAX_NOTES = 20

export function planPaste({ target, order, ids, label, readOnly }: PlanInput): PastePlan {
  const { block, top, left } = target
  const width = blockWidth(block)
  const plan: PastePlan = { cells: [], refused: [], notes: [], rows: block.length, newRows: Math.max(0, block.length - ids.length) }
  let ragged = 0
  block.forEach((values, i) => {
    const position = top + i
    const row = i < ids.length ? { id: ids[i]! } : { newRow: i - ids.length }
    if (values.length < width && ragged++ < MAX_NOTES) {
      const rest = width - values.length
      const others = rest === 1 ? 'its other cell was left as it was' : `its other ${rest} cells were left as they were`
      plan.notes.push(`Row ${position + 1} has ${values.length} of ${width} cells; ${others}.`)
    }
    values.forEach((value, j) => {
      const column = order[left + j]
      if (column === undefined) {
        plan.refused.push({ position, column: null, message: `"${value.slice(0, 40)}" is beyond the last column, so it was not pasted.` })
      } else if (readOnly(column)) {
        plan.refused.push({ position, column, message: `${label(column)} is read-only, so "${value.slice(0, 40)}" was not pasted.` })
      } else {
        plan.cells.push({ ...row, column, value, position })
      }
    })
  })
  if (ragged > MAX_NOTES) plan.notes.push(`… and ${ragged - MAX_NOTES} more short rows.`)
  return plan
}

/** Split cells into chunks of whole rows (a row is never split), each at most about `size` cells. */
export function chunkByRows(cells: PlannedCell[], size: number): PlannedCell[][] {
  const chunks: PlannedCell[][] = []
  let current: PlannedCell[] = []
  let lastPosition = -1
  for (const cell of cells) {
    if (cell.position !== lastPosition && current.length >= size) {
      chunks.push(current)
      current = []
    }
    current.push(cell)
    lastPosition = cell.position
  }
  if (current.length) chunks.push(current)
  return chunks
}

/** "row 12, Year: "n/a" is not a year." */
export function describeRefusal(position: number, columnLabel: string | null, message: string): string {
  return `row ${position + 1}${columnLabel ? `, ${columnLabel}` : ''}: ${message}`
}
