// The contract's part for spreadsheet-grade grids: paste (valid cells applied, refused ones listed per cell),
// row ids and positions in the current sort and filter, find in a table, search everything, recently deleted
// rows and their restore, and each table's column state. Pure TS; api.ts spreads these into the contract.
import { z } from 'zod'
import type { FILTER_OPS } from './api'
import { SCALE_CHOICES, type ScaleChoice } from './displayUnits'
import { TABLE_NAMES, type TableName } from './schema'

type FilterOp = (typeof FILTER_OPS)[number]
/** The grid's filter operators (api.ts imports this file, so they are repeated here; the types pin them equal). */
const OPS = ['contains', 'equals', 'notEqual', 'startsWith', 'lessThan', 'greaterThan', 'blank', 'notBlank'] as const
const _sameOps: [Exclude<FilterOp, (typeof OPS)[number]>, Exclude<(typeof OPS)[number], FilterOp>] extends [never, never] ? true : never = true
void _sameOps

const tableName = z.enum(TABLE_NAMES)
const rowId = z.number().int().positive()
const columnName = z.string().max(64)
const filter = z.object({ column: columnName, op: z.enum(OPS), value: z.union([z.string().max(1000), z.number()]).optional() }).strict()
const sort = z.object({ column: columnName, dir: z.enum(['asc', 'desc']) }).strict()
/** The view a request is about: the same sort and filters 'rows.page' was given. */
const view = { table: tableName, sort: z.array(sort).max(4).default([]), filters: z.array(filter).max(32).default([]) }

const SCALES = Object.values(SCALE_CHOICES).flat() as [ScaleChoice, ...ScaleChoice[]]
export const scaleName = z.enum(SCALES)

/** One pasted cell: into an existing row (by id) or into the n-th new row the paste adds past the end. */
const pasteCell = z
  .object({
    id: rowId.optional(),
    newRow: z.number().int().min(0).max(1_000_000).optional(),
    column: columnName,
    value: z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()])
  })
  .strict()
  .refine((c) => (c.id === undefined) !== (c.newRow === undefined), 'each cell names either an existing row id or a new row')

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

export const gridInputs = {
  'rows.ids': z.object({ ...view, offset: z.number().int().min(0).max(100_000_000), limit: z.number().int().min(1).max(200_000) }).strict(),
  'rows.position': z.object({ ...view, id: rowId }).strict(),
  'rows.find': z
    .object({
      ...view,
      query: z.string().min(1).max(200),
      /** Columns to look in (the visible ones); all registry columns when absent. */
      columns: z.array(columnName).max(100).optional(),
      limit: z.number().int().min(1).max(5000).default(1000)
    })
    .strict(),
  'search.all': z.object({ query: z.string().min(1).max(200), perTable: z.number().int().min(1).max(50).default(8) }).strict(),
  'edits.paste': z
    .object({
      table: tableName,
      label: z.string().max(200).optional(),
      /** Append to the batch an earlier chunk of the same paste opened, so the whole paste is one undo step. */
      continueBatch: rowId.optional(),
      /** Quantity columns the values were typed at another scale in (as shown): converted to each row's unit. */
      scales: z.record(columnName, scaleName).default({}),
      cells: z.array(pasteCell).min(1).max(20_000)
    })
    .strict(),
  'history.deleted': z.object({ table: tableName.optional(), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  'history.restore': z
    .object({
      items: z
        .array(z.object({ table: tableName, id: rowId }).strict())
        .min(1)
        .max(1000)
    })
    .strict(),
  'grid.state': z.object({ table: tableName }).strict(),
  'grid.saveState': z.object({ table: tableName, state: columnState }).strict()
} as const

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

export interface GridOutputs {
  'rows.ids': RowIds
  'rows.position': { position: number | null; total: number }
  'rows.find': FindResult
  'search.all': SearchHit[]
  'edits.paste': PasteResult
  'history.deleted': DeletedRow[]
  'history.restore': RestoreResult
  'grid.state': ColumnState | null
  'grid.saveState': ColumnState
}
