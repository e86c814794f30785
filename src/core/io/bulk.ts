// Bulk loading: when an import brings at least as many rows as its table holds (and 20,000 or more), the
// table's indexes are dropped inside the import's transaction and built again at the end (one sort per index
// instead of a million random B-tree inserts), except a UNIQUE natural-key index, which stays to find rows
// (without one, rows are found through an in-memory map of their keys); the new rows' change log is written
// by one INSERT ... SELECT. Rolling back restores everything; the
// CREATE INDEX statements are the dataset's own schema, read back from sqlite_master.
import type { Row } from '../../shared/api'
import type { ImportTable } from '../../shared/dataFiles'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import type { Values } from '../tables/write'

export const BULK_MIN_ROWS = 20_000

/** The natural-key text of a record or a stored row (the same for both). */
export function keyOf(values: Values | Row, columns: readonly string[]): string {
  let key = ''
  for (let i = 0; i < columns.length; i++) key += (i ? '\u0001' : '') + String(values[columns[i]!] ?? '')
  return key
}

export interface BulkPlan {
  /**
   * Keys -> ids of the rows in the table (existing ones, then each one the import adds), used to find rows while
   * the indexes are down; null when the table's UNIQUE natural-key index stays up and finds them instead.
   */
  existing: Map<string, number> | null
  /** The UNIQUE index on exactly the key columns, kept during the import (trade flows have one). */
  keepIndex: string | null
}

/** The name of a UNIQUE index on exactly these columns, in this order, if the table has one. */
export function uniqueKeyIndex(db: Db, table: ImportTable, keyColumns: readonly string[]): string | null {
  const indexes = db.prepare(`PRAGMA index_list(${ident(table)})`).all() as { name: string; unique: number }[]
  for (const index of indexes) {
    if (!index.unique || !/^[a-z_][a-z0-9_]*$/.test(index.name)) continue
    const cols = (db.prepare(`PRAGMA index_info(${ident(index.name)})`).all() as { name: string }[]).map((c) => c.name)
    if (cols.length === keyColumns.length && cols.every((c, i) => c === keyColumns[i])) return index.name
  }
  return null
}

export function planBulk(db: Db, table: ImportTable, keyColumns: readonly string[], expectedRows: number): BulkPlan | null {
  const t = ident(table)
  const { n } = db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }
  if (expectedRows < Math.max(BULK_MIN_ROWS, n)) return null
  const keepIndex = uniqueKeyIndex(db, table, keyColumns)
  if (keepIndex) return { existing: null, keepIndex }
  const existing = new Map<string, number>()
  const cols = keyColumns.map(ident).join(', ')
  for (const row of db.prepare(`SELECT id, ${cols} FROM ${t}`).iterate() as IterableIterator<Row>) existing.set(keyOf(row, keyColumns), Number(row.id))
  return { existing, keepIndex: null }
}

/** Drops the table's indexes but `keep`; returns the function that builds them again. */
export function suspendIndexes(db: Db, table: string, keep: string | null): () => void {
  const all = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as { name: string; sql: string }[]
  const indexes = all.filter((i) => i.name !== keep)
  for (const index of indexes) db.exec(`DROP INDEX ${ident(index.name)}`)
  return () => {
    for (const index of indexes) db.exec(index.sql)
  }
}

/**
 * Logs every row added after `maxIdBefore` as an insert, the whole row as stored, in id order, with seq numbers
 * from `firstSeq` (after the reference rows the import added, so undo removes the new rows first).
 * New rows have consecutive ids: the import is the only writer and SQLite gives max(id) + 1.
 */
export function logInserted(db: Db, table: ImportTable, columns: readonly string[], batchId: number, firstSeq: number, maxIdBefore: number): number {
  const t = ident(table)
  const { n, first } = db.prepare(`SELECT count(*) AS n, min(id) AS first FROM ${t} WHERE id > ?`).get(maxIdBefore) as { n: number; first: number | null }
  if (n === 0) return 0
  const fields = columns.map((c) => `'${c}', ${ident(c)}`).join(', ')
  db.prepare(
    `INSERT INTO change_log (batch_id, seq, table_name, row_id, op, before, after)
     SELECT ?, ? + id - ?, ?, id, 'insert', NULL, json_object(${fields}) FROM ${t} WHERE id > ? ORDER BY id`
  ).run(batchId, firstSeq, first, table, maxIdBefore)
  return n
}
