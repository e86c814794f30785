// Reading and tending the change log for the features that need it (recently deleted rows, the assessment
// board's moves, labels of deleted rows, a paste written in parts, an import's batch), so that all SQL on
// change_log and edit_batch lives in edits/. Each function answers plain data; callers keep their own rules.
import type { TableName } from '../../shared/schema'
import type { Db } from '../db/connection'
import { prepared } from '../tables/statements'
import type { Values } from '../tables/write'
import type { Op } from './log'

/** One logged deletion with its batch (what "Recently deleted" shows and restores). */
export interface DeleteRecord {
  entry: number
  batch_id: number
  at: string
  actor: string
  label: string
  table_name: TableName
  row_id: number
  before: string
}

const DELETES = `SELECT c.id AS entry, c.batch_id, b.at, b.actor, b.label, c.table_name, c.row_id, c.before
  FROM change_log c JOIN edit_batch b ON b.id = c.batch_id WHERE c.op = 'delete'`

/** Deletions, newest first (of `table` when given), up to `limit`. */
export function recentDeletes(db: Db, table: TableName | undefined, limit: number): DeleteRecord[] {
  const sql = `${DELETES}${table ? ' AND c.table_name = ?' : ''} ORDER BY c.id DESC LIMIT ?`
  return prepared(db, sql).all(...(table ? [table] : []), limit) as DeleteRecord[]
}

/** The latest deletion of one row. */
export function latestDelete(db: Db, table: TableName, id: number): DeleteRecord | undefined {
  return prepared(db, `${DELETES} AND c.table_name = ? AND c.row_id = ? ORDER BY c.id DESC LIMIT 1`).get(table, id) as DeleteRecord | undefined
}

/** Deletions of `table` in one batch, in the order they were logged. */
export function deletesInBatch(db: Db, batchId: number, table: TableName): DeleteRecord[] {
  return prepared(db, `${DELETES} AND c.batch_id = ? AND c.table_name = ? ORDER BY c.seq`).all(batchId, table) as DeleteRecord[]
}

/** The whole row as it was when last deleted, or null when the log never saw it deleted. */
export function lastDeletedRow(db: Db, table: TableName, id: number): Values | null {
  const entry = prepared(db, "SELECT before FROM change_log WHERE table_name = ? AND row_id = ? AND op = 'delete' ORDER BY id DESC LIMIT 1").get(table, id) as
    { before: string | null } | undefined
  return entry?.before ? (JSON.parse(entry.before) as Values) : null
}

/** The whole row from its latest logged insert or delete, or null. */
export function lastWholeRow(db: Db, table: TableName, id: number): Values | null {
  const entry = prepared(
    db,
    "SELECT coalesce(after, before) AS row FROM change_log WHERE table_name = ? AND row_id = ? AND op IN ('insert', 'delete') ORDER BY id DESC LIMIT 1"
  ).get(table, id) as { row: string | null } | undefined
  return entry?.row ? (JSON.parse(entry.row) as Values) : null
}

/** A logged entry with when and in which batch it was made. */
export interface TimedEntry {
  table_name: string
  row_id: number
  op: Op
  before: string | null
  after: string | null
  at: string
  batch: number
}

/** Entries on `tables` made at or after `since` (ISO time), oldest first. */
export function entriesSince(db: Db, since: string, tables: readonly TableName[]): TimedEntry[] {
  const sql = `SELECT c.table_name, c.row_id, c.op, c.before, c.after, b.at, b.id AS batch FROM change_log c JOIN edit_batch b ON b.id = c.batch_id
     WHERE b.at >= ? AND c.table_name IN (${tables.map(() => '?').join(', ')}) ORDER BY c.id`
  return prepared(db, sql).all(since, ...tables) as TimedEntry[]
}

/** Whether a batch was undone (1) or not (0); undefined when there is no such batch. */
export function batchUndone(db: Db, batchId: number): number | undefined {
  return (prepared(db, 'SELECT undone FROM edit_batch WHERE id = ?').get(batchId) as { undone: number } | undefined)?.undone
}

/** The seq the next entry of a batch written in parts takes. */
export function nextSeq(db: Db, batchId: number): number {
  return (prepared(db, 'SELECT coalesce(max(seq) + 1, 0) AS n FROM change_log WHERE batch_id = ?').get(batchId) as { n: number }).n
}

export function removeBatch(db: Db, batchId: number): void {
  prepared(db, 'DELETE FROM edit_batch WHERE id = ?').run(batchId)
}

export function relabelBatch(db: Db, batchId: number, label: string): void {
  prepared(db, 'UPDATE edit_batch SET label = ? WHERE id = ?').run(label, batchId)
}
