// Undo and redo over the persistent change log, and a row's history for the inspector.
// Only original batches (user edits, imports) are undone or redone; each undo or redo is itself logged as a
// batch that `reverts` the original. edit_batch.undone: 0 = in effect, 1 = undone (redoable), 2 = undone and
// abandoned (a newer edit was made after it, so it can no longer be redone).
import type { HistoryState, RowChange, UndoResult } from '../../shared/api'
import type { TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { prepared } from '../tables/statements'
import { deleteRow, insertRow, readStored, updateCells, type Values } from '../tables/write'
import type { EditContext } from './context'
import { createBatch, readEntries, writeEntries, type LogEntry } from './log'
import { INSERT_RANGE, rangeHolding, rangeOf, removeRange, restoreRange } from './ranges'
import { collectTouched } from './touched'

const ORIGINALS = "origin IN ('user', 'import')"

interface BatchRow {
  id: number
  label: string
}

function undoTarget(db: Db): BatchRow | undefined {
  return prepared(db, `SELECT id, label FROM edit_batch WHERE ${ORIGINALS} AND undone = 0 ORDER BY id DESC LIMIT 1`).get() as BatchRow | undefined
}

function redoTarget(db: Db): BatchRow | undefined {
  return prepared(db, `SELECT id, label FROM edit_batch WHERE ${ORIGINALS} AND undone = 1 ORDER BY id ASC LIMIT 1`).get() as BatchRow | undefined
}

/** From this many rows touched, an undo or redo runs in the worker (the app's thread answering the UI stays free). */
export const BIG_REPLAY_ROWS = 5000

/** Rows the next undo (backward) or redo (forward) touches: its log entries, a range counting as its rows. */
export function rowsOfNext(db: Db, direction: 'backward' | 'forward'): number {
  const target = direction === 'backward' ? undoTarget(db) : redoTarget(db)
  if (!target) return 0
  const sql = `SELECT coalesce(sum(CASE WHEN op = '${INSERT_RANGE}' THEN json_extract(after, '$.last') - row_id + 1 ELSE 1 END), 0) AS n FROM change_log WHERE batch_id = ?`
  return (prepared(db, sql).get(target.id) as { n: number }).n
}

export function historyState(db: Db): HistoryState {
  const undo = undoTarget(db)
  const redo = redoTarget(db)
  return { canUndo: Boolean(undo), canRedo: Boolean(redo), undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null }
}

/** A new original batch makes everything undone so far un-redoable. */
export function abandonRedo(db: Db): void {
  prepared(db, 'UPDATE edit_batch SET undone = 2 WHERE undone = 1').run()
}

function restoreRow(db: Db, table: TableName, row: Values): void {
  if (readStored(db, table, Number(row.id))) throw new Error(`row ${String(row.id)} of ${table} already exists`)
  insertRow(db, table, { ...row, version: Number(row.version ?? 0) + 1 })
}

/** Apply one logged entry backwards (undo) or forwards (redo); returns the entry describing what was done. */
function replay(db: Db, e: LogEntry, direction: 'backward' | 'forward'): LogEntry {
  const back = direction === 'backward'
  if (e.op === 'update') {
    const target = (back ? e.before : e.after) as Values
    updateCells(db, e.table, e.rowId, target)
    return { table: e.table, rowId: e.rowId, op: 'update', before: back ? e.after : e.before, after: target }
  }
  const removing = (e.op === 'insert') === back
  if (removing) {
    const row = readStored(db, e.table, e.rowId) as Values | undefined
    if (!row) throw new Error(`row ${e.rowId} of ${e.table} is already gone`)
    deleteRow(db, e.table, e.rowId)
    return { table: e.table, rowId: e.rowId, op: 'delete', before: row, after: null }
  }
  restoreRow(db, e.table, (e.op === 'insert' ? e.after : e.before) as Values)
  return { table: e.table, rowId: e.rowId, op: 'insert', before: null, after: readStored(db, e.table, e.rowId) as Values }
}

/**
 * Replays a batch's entries in order and logs what was done under `batchId`: a range set-based (ranges.ts), the
 * rest row by row. Returns the row entries done (for the touched rows) and the tables of the ranges.
 */
function replayEntries(db: Db, target: BatchRow, batchId: number, direction: 'backward' | 'forward'): { done: LogEntry[]; ranges: TableName[] } {
  const entries = readEntries(db, target.id)
  const ordered = direction === 'backward' ? [...entries].reverse() : entries
  const done: LogEntry[] = []
  const pending: LogEntry[] = []
  const ranges: TableName[] = []
  let seq = 0
  const flush = (): void => {
    writeEntries(db, batchId, pending, seq)
    seq += pending.length
    done.push(...pending.splice(0))
  }
  for (const e of ordered) {
    if (e.op !== INSERT_RANGE) {
      pending.push(replay(db, e, direction))
      continue
    }
    flush()
    const range = rangeOf(e.table, e.rowId, e.after)
    seq += direction === 'backward' ? removeRange(db, range, batchId, seq) : restoreRange(db, range, target.id, batchId, seq)
    ranges.push(e.table)
  }
  flush()
  return { done, ranges }
}

function replayBatch(ctx: EditContext, target: BatchRow, direction: 'backward' | 'forward'): UndoResult {
  const { db } = ctx
  const word = direction === 'backward' ? 'Undo' : 'Redo'
  try {
    const applied = db.transaction(() => {
      const batchId = createBatch(db, {
        label: `${word}: ${target.label}`,
        origin: direction === 'backward' ? 'undo' : 'redo',
        actor: ctx.actor,
        reverts: target.id
      })
      const { done, ranges } = replayEntries(db, target, batchId, direction)
      prepared(db, 'UPDATE edit_batch SET undone = ? WHERE id = ?').run(direction === 'backward' ? 1 : 0, target.id)
      // Rows it puts back (an undone delete, a redone insert) are the batch's inserts: a view that lists rows
      // must load them, as it would after any insert.
      const insertedIds = done.filter((e) => e.op === 'insert').map((e) => e.rowId)
      return { batchId, insertedIds, ...collectTouched(db, done), ...(ranges.length ? { bulkTables: [...new Set(ranges)] } : {}) }
    })()
    return { ...historyState(db), applied, label: target.label }
  } catch (e) {
    throw new EngineError('conflict', `${word} of "${target.label}" is not possible: ${(e as Error).message}. Nothing was changed.`)
  }
}

export function undo(ctx: EditContext): UndoResult {
  const target = undoTarget(ctx.db)
  if (!target) return { ...historyState(ctx.db), applied: null, label: null }
  return replayBatch(ctx, target, 'backward')
}

export function redo(ctx: EditContext): UndoResult {
  const target = redoTarget(ctx.db)
  if (!target) return { ...historyState(ctx.db), applied: null, label: null }
  return replayBatch(ctx, target, 'forward')
}

interface HistoryRecord {
  id: number
  batch_id: number
  at: string
  actor: string
  label: string
  origin: RowChange['origin']
  op: RowChange['op']
  before: string | null
  after: string | null
}

function expand(r: HistoryRecord): RowChange[] {
  const base = { batchId: r.batch_id, at: r.at, actor: r.actor, label: r.label, origin: r.origin, op: r.op }
  if (r.op !== 'update') return [{ ...base, column: null, before: null, after: null }]
  const before = JSON.parse(r.before ?? '{}') as Values
  const after = JSON.parse(r.after ?? '{}') as Values
  return Object.keys(after).map((column) => ({ ...base, column, before: before[column] ?? null, after: after[column] ?? null }))
}

export function rowHistory(db: Db, table: TableName, id: number, limit: number): RowChange[] {
  const sql = `SELECT c.id, c.batch_id, b.at, b.actor, b.label, b.origin, c.op, c.before, c.after
    FROM change_log c JOIN edit_batch b ON b.id = c.batch_id
    WHERE c.table_name = ? AND c.row_id = ? AND c.op <> '${INSERT_RANGE}' ORDER BY c.id DESC LIMIT ?`
  const records = prepared(db, sql).all(table, id, limit) as HistoryRecord[]
  const range = rangeHolding(db, table, id)
  if (range !== undefined) records.push(rangeRecord(db, range))
  return records
    .sort((a, b) => b.id - a.id)
    .slice(0, limit)
    .flatMap(expand)
}

/** A bulk import's range entry, as the insert of this one row. */
function rangeRecord(db: Db, entryId: number): HistoryRecord {
  const sql = `SELECT c.id, c.batch_id, b.at, b.actor, b.label, b.origin, 'insert' AS op, NULL AS before, NULL AS after
    FROM change_log c JOIN edit_batch b ON b.id = c.batch_id WHERE c.id = ?`
  return prepared(db, sql).get(entryId) as HistoryRecord
}
