// The contract's part for spreadsheet-grade grids: row ids and positions in a view, find in a table, search
// everything, paste (valid cells applied, refused ones listed per cell), recently deleted rows and their
// restore, and each table's column state. The output types live in ../grids.ts.
import { z } from 'zod'
import {
  columnState,
  scaleName,
  type ColumnState,
  type DeletedRow,
  type FindResult,
  type PasteResult,
  type RestoreResult,
  type RowIds,
  type SearchHit
} from '../grids'
import { read, returns, write } from './method'
import { cellValue, columnName, rowId, tableName, view } from './primitives'

/** One pasted cell: into an existing row (by id) or into the n-th new row the paste adds past the end. */
const pasteCell = z
  .object({
    id: rowId.optional(),
    newRow: z.number().int().min(0).max(1_000_000).optional(),
    column: columnName,
    value: cellValue
  })
  .strict()
  .refine((c) => (c.id === undefined) !== (c.newRow === undefined), 'each cell names either an existing row id or a new row')

export const gridMethods = {
  'rows.ids': read(
    z.object({ ...view, offset: z.number().int().min(0).max(100_000_000), limit: z.number().int().min(1).max(200_000) }).strict(),
    returns<RowIds>()
  ),
  'rows.position': read(z.object({ ...view, id: rowId }).strict(), returns<{ position: number | null; total: number }>()),
  'rows.find': read(
    z
      .object({
        ...view,
        query: z.string().min(1).max(200),
        /** Columns to look in (the visible ones); all registry columns when absent. */
        columns: z.array(columnName).max(100).optional(),
        limit: z.number().int().min(1).max(5000).default(1000)
      })
      .strict(),
    returns<FindResult>()
  ),
  'search.all': read(z.object({ query: z.string().min(1).max(200), perTable: z.number().int().min(1).max(50).default(8) }).strict(), returns<SearchHit[]>()),
  'edits.paste': write(
    z
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
    returns<PasteResult>(),
    (out, input) => (out.batchId && (out.written > 0 || out.addedRows.length > 0) ? { batchId: out.batchId, tables: [input.table], origin: 'user' } : null)
  ),
  'history.deleted': read(z.object({ table: tableName.optional(), limit: z.number().int().min(1).max(500).default(100) }).strict(), returns<DeletedRow[]>()),
  'history.restore': write(
    z
      .object({
        items: z
          .array(z.object({ table: tableName, id: rowId }).strict())
          .min(1)
          .max(1000)
      })
      .strict(),
    returns<RestoreResult>(),
    (out) => ({ batchId: out.batchId, tables: [...new Set(out.restored.map((r) => r.table))], origin: 'user' })
  ),
  'grid.state': read(z.object({ table: tableName }).strict(), returns<ColumnState | null>()),
  // Column state is layout: refused on a read-only dataset, but neither logged nor announced.
  'grid.saveState': write(z.object({ table: tableName, state: columnState }).strict(), returns<ColumnState>())
}
