// The change log: one edit_batch per user action, one change_log entry per row touched, with the row's
// values before and after as JSON. It is undo/redo, the audit trail and (later) the sync outbox.
import type { RowChange } from '../../shared/api'
import type { TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import type { Values } from '../tables/write'
import { prepared } from '../tables/statements'

export type Origin = RowChange['origin']
/** 'insert_range': a bulk import's new rows as one entry (edits/ranges.ts); rowId is the first, after.last the last. */
export type Op = 'insert' | 'update' | 'delete' | 'insert_range'

export interface LogEntry {
  table: TableName
  rowId: number
  op: Op
  /** update: the changed columns' old values; delete: the whole row; insert: null */
  before: Values | null
  /** update: the changed columns' new values; insert: the whole row; delete: null */
  after: Values | null
}

export interface BatchInfo {
  label: string
  origin: Origin
  actor: string
  reverts?: number
}

export function createBatch(db: Db, info: BatchInfo): number {
  const result = prepared(db, 'INSERT INTO edit_batch (at, actor, label, origin, reverts) VALUES (?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    info.actor,
    info.label,
    info.origin,
    info.reverts ?? null
  )
  return Number(result.lastInsertRowid)
}

/** The statement that writes one entry: (batch_id, seq, table_name, row_id, op, before JSON, after JSON). For loops that log row by row. */
export function logStatement(db: Db): ReturnType<typeof prepared> {
  return prepared(db, 'INSERT INTO change_log (batch_id, seq, table_name, row_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
}

/** Log entries of a batch; `firstSeq` continues a batch written in several transactions (a long paste). */
export function writeEntries(db: Db, batchId: number, entries: LogEntry[], firstSeq = 0): void {
  const stmt = logStatement(db)
  entries.forEach((e, i) =>
    stmt.run(batchId, firstSeq + i, e.table, e.rowId, e.op, e.before ? JSON.stringify(e.before) : null, e.after ? JSON.stringify(e.after) : null)
  )
}

interface EntryRecord {
  table_name: string
  row_id: number
  op: Op
  before: string | null
  after: string | null
}

export function readEntries(db: Db, batchId: number): LogEntry[] {
  const rows = prepared(db, 'SELECT table_name, row_id, op, before, after FROM change_log WHERE batch_id = ? ORDER BY seq').all(batchId) as EntryRecord[]
  return rows.map((r) => ({
    table: r.table_name as TableName,
    rowId: r.row_id,
    op: r.op,
    before: r.before ? (JSON.parse(r.before) as Values) : null,
    after: r.after ? (JSON.parse(r.after) as Values) : null
  }))
}
