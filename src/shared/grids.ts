// Types of the spreadsheet-grade grids part of the contract: paste results (valid cells applied, refused ones
// listed per cell), row ids and positions in a view, find and search hits, recently deleted rows and their
// restore, and each table's column state (with its schema). The methods are in contract/grids.ts.
import { z } from 'zod'
import { SCALE_CHOICES, type ScaleChoice } from './displayUnits'
import { columnName, filter, sort, type TableName } from './contract/primitives'

const SCALES = Object.values(SCALE_CHOICES).flat() as [ScaleChoice, ...ScaleChoice[]]
export const scaleName = z.enum(SCALES)

export const columnState = z
  .object({
    /** Columns in display order, with their width and visibility. */
    columns: z.array(z.object({ id: columnName, width: z.number().int().min(20).max(2000).optional(), hidden: z.boolean().optional() }).strict()).max(100),
    sort: z.array(sort).max(4),
    filters: z.array(filter).max(32),
    /** Quantity columns shown at another scale (t shown as kt): display only, never what is stored. */
    scales: z.record(columnName, scaleName).optional()
  })
  .strict()
export type ColumnState = z.infer<typeof columnState>

export interface PasteRefusal {
  /** Index of the cell in the request. */
  index: number
  message: string
}
export interface PasteResult {
  /** The batch holding the paste (0 when nothing was written and no batch was continued). */
  batchId: number
  /** Cells whose value changed. */
  written: number
  /** Cells that already held the pasted value. */
  unchanged: number
  addedRows: { newRow: number; id: number }[]
  /** Refused cells, each with its reason (the first 2,000; refusedCount has them all). */
  refused: PasteRefusal[]
  refusedCount: number
}
export interface RowIds {
  ids: number[]
  total: number
}
export interface FindMatch {
  /** 0-based position in the view (sort and filters as given). */
  position: number
  id: number
  columns: string[]
}
export interface FindResult {
  matches: FindMatch[]
  /** True when there were more matches than the limit. */
  more: boolean
  /** How many rows of the view match, beyond the limit too; absent when a table without its find index was read only up to the limit. */
  total?: number
}
export interface SearchHit {
  table: TableName
  id: number
  label: string
  column: string
  /** The matching text, trimmed around the match. */
  snippet: string
}
export interface DeletedRow {
  table: TableName
  id: number
  label: string
  deletedAt: string
  batchLabel: string
  actor: string
  /** Rows that went with it (an assessment's evidence links) and come back with it. */
  owned: number
  values: Record<string, string | number | null>
}
export interface RestoreResult {
  batchId: number
  restored: { table: TableName; id: number }[]
}
