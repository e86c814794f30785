// Insert ranges in the change log: a bulk import logs its new rows as ONE entry (op 'insert_range', row_id = the
// first id, after = {"last": id}) instead of a JSON copy of each row, since the rows themselves hold the values.
// Undo copies the rows it removes into the undo batch as ordinary 'delete' entries (set-based, paid only then);
// redo puts them back from the newest undo batch of the import. All SQL is set-based, with bound values.
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { withoutIndexes } from '../tables/indexes'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'

export const INSERT_RANGE = 'insert_range'
/** From this many rows, a range is taken out or put back with the table's indexes dropped and rebuilt after. */
const BIG_RANGE = 20_000

export interface InsertRange {
  table: TableName
  first: number
  last: number
}

/** Logs rows first..last of `table` (consecutive ids, all inserted by this batch) as one entry. */
export function logInsertRange(db: Db, batchId: number, seq: number, range: InsertRange): void {
  prepared(db, 'INSERT INTO change_log (batch_id, seq, table_name, row_id, op, before, after) VALUES (?, ?, ?, ?, ?, NULL, ?)').run(
    batchId,
    seq,
    range.table,
    range.first,
    INSERT_RANGE,
    JSON.stringify({ last: range.last })
  )
}

export function rangeOf(table: TableName, rowId: number, after: Record<string, unknown> | null): InsertRange {
  return { table, first: rowId, last: Number(after?.last ?? rowId) }
}

function columnsOf(table: TableName): string[] {
  return tableDef(table).columns.map((c) => c.name)
}

/**
 * Undo: logs each row of the range as a 'delete' of `batchId` (its whole stored row, seq from `firstSeq`, in id
 * order), then deletes them. Throws when a row of the range is missing (the table was changed outside the log).
 * Returns the log entries written (one per row).
 */
export function removeRange(db: Db, range: InsertRange, batchId: number, firstSeq: number): number {
  const t = ident(range.table)
  const fields = columnsOf(range.table)
    .map((c) => `'${c}', ${ident(c)}`)
    .join(', ')
  const logged = prepared(
    db,
    `INSERT INTO change_log (batch_id, seq, table_name, row_id, op, before, after)
     SELECT ?, ? + id - ?, ?, id, 'delete', json_object(${fields}), NULL FROM ${t} WHERE id BETWEEN ? AND ? ORDER BY id`
  ).run(batchId, firstSeq, range.first, range.table, range.first, range.last).changes
  const expected = range.last - range.first + 1
  if (logged !== expected) throw new Error(`${expected - logged} of the ${expected.toLocaleString('en-US')} imported rows of ${range.table} are already gone`)
  const remove = (): unknown => prepared(db, `DELETE FROM ${t} WHERE id BETWEEN ? AND ?`).run(range.first, range.last)
  if (expected >= BIG_RANGE) withoutIndexes(db, range.table, remove)
  else remove()
  return logged
}

/**
 * Redo: puts the range's rows back as the newest undo of `importBatchId` logged them (version + 1, as a
 * restored row gets), and logs them again as one range of `batchId`. Returns the log entries written (one).
 */
export function restoreRange(db: Db, range: InsertRange, importBatchId: number, batchId: number, seq: number): number {
  const undoBatch = prepared(db, "SELECT max(id) AS id FROM edit_batch WHERE reverts = ? AND origin = 'undo'").get(importBatchId) as { id: number | null }
  if (!undoBatch.id) throw new Error('the imported rows were never taken out, so they cannot be put back')
  const columns = columnsOf(range.table)
  const values = columns.map((c) => (c === 'version' ? `json_extract(before, '$.version') + 1` : `json_extract(before, '$.${c}')`))
  const insert = (): number =>
    prepared(
      db,
      `INSERT INTO ${ident(range.table)} (${columns.map(ident).join(', ')})
       SELECT ${values.join(', ')} FROM change_log
       WHERE batch_id = ? AND op = 'delete' AND table_name = ? AND row_id BETWEEN ? AND ? ORDER BY row_id`
    ).run(undoBatch.id, range.table, range.first, range.last).changes
  const expected = range.last - range.first + 1
  const restored = expected >= BIG_RANGE ? withoutIndexes(db, range.table, insert) : insert()
  if (restored !== expected) throw new Error(`only ${restored} of the ${expected} imported rows of ${range.table} could be found to put back`)
  logInsertRange(db, batchId, seq, range)
  return 1
}

/** The entry of an insert range holding row `id` of `table`, for its history (the import that added it). */
export function rangeHolding(db: Db, table: TableName, id: number): number | undefined {
  const row = prepared(
    db,
    `SELECT id FROM change_log WHERE table_name = ? AND row_id <= ? AND op = '${INSERT_RANGE}' AND json_extract(after, '$.last') >= ? ORDER BY id DESC LIMIT 1`
  ).get(table, id, id) as { id: number } | undefined
  return row?.id
}
