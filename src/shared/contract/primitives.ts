// The contract's primitives, defined once: table name, row id, cell value, column name, filter (with its
// operators), sort, a change to one row, a row as the engine answers it, and an applied edit. Every capability
// file (and the shared type modules) builds on these; nothing here imports another contract file.
import { z } from 'zod'
import { TABLE_NAMES, type TableName } from '../schema'

export type { TableName }

export const tableName = z.enum(TABLE_NAMES)
export const rowId = z.number().int().positive()
export const columnName = z.string().max(64)
export const cellValue = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()])

/** The grid's filter operators (the import's row filter has its own, FILTER_OPS_IMPORT in dataFiles.ts). */
/** 'inConflict' (Figures' id column, no value): the figures that sit in a group of disagreeing figures. */
export const FILTER_OPS = ['contains', 'equals', 'notEqual', 'startsWith', 'lessThan', 'greaterThan', 'blank', 'notBlank', 'inConflict'] as const
export type FilterOp = (typeof FILTER_OPS)[number]
export const filter = z.object({ column: columnName, op: z.enum(FILTER_OPS), value: z.union([z.string().max(1000), z.number()]).optional() }).strict()
export const sort = z.object({ column: columnName, dir: z.enum(['asc', 'desc']) }).strict()
export type Filter = z.infer<typeof filter>
export type Sort = z.infer<typeof sort>
export const filters = z.array(filter).max(32).default([])
export const sorts = z.array(sort).max(4).default([])
/** The view a request is about: a table with the sort and filters 'rows.page' was given. */
export const view = { table: tableName, sort: sorts, filters }

const updateChange = z.object({
  kind: z.literal('update'),
  table: tableName,
  id: rowId,
  column: columnName,
  value: cellValue,
  /** The row version the writer saw; a different current version is a conflict. */
  expectedVersion: z.number().int().positive().optional()
})
const insertChange = z.object({ kind: z.literal('insert'), table: tableName, values: z.record(columnName, cellValue) })
const deleteChange = z.object({ kind: z.literal('delete'), table: tableName, id: rowId })
export const change = z.discriminatedUnion('kind', [updateChange, insertChange, deleteChange])
export type Change = z.infer<typeof change>

export type Row = Record<string, string | number | null>

export interface AppliedEdit {
  batchId: number
  /** Ids of inserted rows, in the order of the insert changes (an undo or redo: the rows it put back). */
  insertedIds: number[]
  /** Every row the batch touched, as it is now (deleted rows are absent). */
  rows: { table: TableName; row: Row }[]
  deleted: { table: TableName; id: number }[]
  /** Tables changed wholesale (undo or redo of a bulk import): their rows are not listed; reload them. */
  bulkTables?: TableName[]
}

/** The tables an applied edit touched, each once. */
export function tablesOf(applied: AppliedEdit): TableName[] {
  return [...new Set([...applied.rows.map((r) => r.table), ...applied.deleted.map((d) => d.table), ...(applied.bulkTables ?? [])])]
}
