// The trigram index Find uses on big tables (migration 0006): which tables have one and which of their columns it
// holds; which rows it does not describe yet (above built_upto, or noted as changed by the triggers in the change's
// own transaction), which Find checks against the table itself; and the background steps that index them (a slice
// of rows per turn, so the thread answering the UI is never held). Reads: the ids whose indexed cells hold a text.
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import { ignoreWrite, yieldTurn } from './cache'

/** built_upto once every row has been indexed (the largest SQLite integer). */
const COMPLETE = 9223372036854775807n
/**
 * Rows indexed per step at first (then as many as fit in stepMs), merge pages per step, the pause between steps,
 * and how many rows outside the index Find still checks itself (more: it reads the table). Tests shrink them.
 */
export const BUILD = { slice: 2000, stepMs: 30, mergePages: 50, pauseMs: 0, checkUpTo: 20_000 }

export interface FindIndexDef {
  table: TableName
  fts: string
  /** Rows changed since they were indexed. */
  dirty: string
  /** The table's own columns the index holds (text, enum and number columns; not id, version, flags or references). */
  columns: string[]
}

function indexedColumns(table: TableName): string[] {
  return tableDef(table)
    .columns.filter((c) => c.name !== 'id' && c.name !== 'version' && c.type !== 'bool' && c.type !== 'ref')
    .map((c) => c.name)
}

/** The tables with a find index; the migration's column list must equal indexedColumns (a test holds them together). */
export const FIND_INDEXES: Partial<Record<TableName, FindIndexDef>> = {
  trade_flow: { table: 'trade_flow', fts: 'find_trade_flow', dirty: 'find_trade_flow_dirty', columns: indexedColumns('trade_flow') }
}

function builtUpto(db: Db, table: TableName): bigint | null {
  const row = prepared(db, 'SELECT built_upto AS n FROM find_index WHERE table_name = ?').safeIntegers(true).get(table) as { n: bigint } | undefined
  return row ? row.n : null
}

function maxId(db: Db, table: TableName): number {
  return (prepared(db, `SELECT coalesce(max(id), 0) AS n FROM ${ident(table)}`).get() as { n: number }).n
}

function dirtyCount(db: Db, def: FindIndexDef): number {
  return (prepared(db, `SELECT count(*) AS n FROM ${ident(def.dirty)}`).get() as { n: number }).n
}

function changes(db: Db): number {
  return (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n
}

/** FTS5 settings: while building, no merging after each slice (it held a turn for up to a second); merged after. */
function setMerging(db: Db, def: FindIndexDef, automerge: number, crisismerge: number): void {
  // FTS5 takes these settings as literals only (our own integers).
  const fts = ident(def.fts)
  prepared(db, `INSERT INTO ${fts} (${fts}, rank) VALUES ('automerge', ${Math.trunc(automerge)})`).run()
  prepared(db, `INSERT INTO ${fts} (${fts}, rank) VALUES ('crisismerge', ${Math.trunc(crisismerge)})`).run()
}

function merging(db: Db, def: FindIndexDef): boolean {
  const row = prepared(db, `SELECT v FROM ${ident(`${def.fts}_config`)} WHERE k = 'automerge'`).get() as { v: number } | undefined
  return row?.v === 0
}

/** Re-index up to `rows` changed rows: their old entries out, their current values in (a deleted row just goes). */
function catchUp(db: Db, def: FindIndexDef, rows: number): void {
  const ids = prepared(db, `SELECT id FROM ${ident(def.dirty)} ORDER BY id LIMIT ?`)
    .pluck()
    .all(rows) as number[]
  const list = JSON.stringify(ids)
  const cols = def.columns.map(ident).join(', ')
  const within = 'IN (SELECT value FROM json_each(?))'
  prepared(db, `DELETE FROM ${ident(def.fts)} WHERE rowid ${within}`).run(list)
  prepared(db, `INSERT INTO ${ident(def.fts)} (rowid, ${cols}) SELECT id, ${cols} FROM ${ident(def.table)} WHERE id ${within}`).run(list)
  prepared(db, `DELETE FROM ${ident(def.dirty)} WHERE id ${within}`).run(list)
}

/**
 * One step of the work, in one write transaction: index the next `rows` rows after built_upto (the first build);
 * once all are in, merge the index's segments a few pages at a time; then re-index changed rows. True when done.
 */
function buildStep(db: Db, def: FindIndexDef, rows: number): boolean {
  const before = changes(db)
  const done = db.transaction(() => {
    const from = builtUpto(db, def.table)
    if (from === null) return true
    if (from === COMPLETE) {
      const dirty = dirtyCount(db, def)
      if (dirty > 0) {
        // Many changed rows (an import, a big undo): merge once they are all in, as after the first build.
        if (dirty > BUILD.checkUpTo && !merging(db, def)) setMerging(db, def, 0, 100_000)
        catchUp(db, def, rows)
        return false
      }
      if (!merging(db, def)) return true
      const fts = ident(def.fts)
      const start = changes(db)
      prepared(db, `INSERT INTO ${fts} (${fts}, rank) VALUES ('merge', ?)`).run(BUILD.mergePages)
      if (changes(db) - start < 2) setMerging(db, def, 4, 16) // merged: FTS5's defaults again
      return false
    }
    if (from < 0n) setMerging(db, def, 0, 100_000)
    const start = Number(from < 0n ? 0n : from)
    const last = maxId(db, def.table)
    const end = Math.min(last, start + rows)
    if (end > start) {
      const cols = def.columns.map(ident).join(', ')
      prepared(db, `INSERT INTO ${ident(def.fts)} (rowid, ${cols}) SELECT id, ${cols} FROM ${ident(def.table)} WHERE id > ? AND id <= ?`).run(start, end)
    }
    prepared(db, 'UPDATE find_index SET built_upto = ? WHERE table_name = ?').run(end >= last ? COMPLETE : BigInt(end), def.table)
    return false
  })()
  // The index changes what no view shows: counts and anchors stay cached.
  ignoreWrite(db, changes(db) - before)
  return done
}

const building = new WeakMap<Db, Map<TableName, Promise<void>>>()

/** Bring the table's index up to date, a step per turn; one run per table and connection at a time. */
export function buildInBackground(db: Db, table: TableName): Promise<void> {
  const def = FIND_INDEXES[table]
  if (!def) return Promise.resolve()
  let jobs = building.get(db)
  if (!jobs) building.set(db, (jobs = new Map()))
  const running = jobs.get(table)
  if (running) return running
  const job = (async () => {
    // Rows per step follow the machine: each step (one write transaction) aims at BUILD.stepMs.
    let rows = BUILD.slice
    for (;;) {
      await (BUILD.pauseMs > 0 ? new Promise((r) => setTimeout(r, BUILD.pauseMs)) : yieldTurn())
      if (!db.open || db.readonly) return
      if (db.inTransaction) continue
      const start = performance.now()
      if (buildStep(db, def, rows)) return
      const ms = performance.now() - start
      if (ms < BUILD.stepMs / 2) rows = Math.min(rows * 2, 50_000)
      else if (ms > BUILD.stepMs * 1.5) rows = Math.max(Math.floor(rows / 2), 100)
    }
  })()
    // A closed or busy file: the next open (or find) starts it again; Find reads the table meanwhile.
    .catch((e: unknown) => {
      if (db.open && process.env.NODE_ENV !== 'production') console.warn(`find index of ${table}: ${e instanceof Error ? e.message : String(e)}`)
    })
    .finally(() => jobs.delete(table))
  jobs.set(table, job)
  return job
}

export interface FindIndexState {
  def: FindIndexDef
  /** Rows with a larger id are not in the index yet (the first build is under way). */
  upto: number
  /** Ids of rows changed since they were indexed. */
  dirty: number[]
}

/**
 * The index to answer a find with, and the rows it does not describe (Find checks those itself); null when too
 * many rows are outside it (Find reads the table). Either way, a writable dataset's index is brought up to date
 * in the background.
 */
export function indexForFind(db: Db, table: TableName, writable: boolean): FindIndexState | null {
  const def = FIND_INDEXES[table]
  if (!def) return null
  const upto = builtUpto(db, table)
  if (upto === null) return null
  const dirty = dirtyCount(db, def)
  const above = upto === COMPLETE ? 0 : Math.max(0, maxId(db, table) - Number(upto < 0n ? 0n : upto))
  if (writable && !db.readonly && (dirty > 0 || above > 0 || merging(db, def))) void buildInBackground(db, table)
  if (dirty + above > BUILD.checkUpTo) return null
  const ids = dirty
    ? (prepared(db, `SELECT id FROM ${ident(def.dirty)}`)
        .pluck()
        .all() as number[])
    : []
  return { def, upto: upto === COMPLETE ? Number.MAX_SAFE_INTEGER : Number(upto), dirty: ids }
}

/** The table's index when it describes every row (nothing left to build or re-index). */
export function readyIndex(db: Db, table: TableName): FindIndexDef | null {
  const def = FIND_INDEXES[table]
  return def && builtUpto(db, table) === COMPLETE && dirtyCount(db, def) === 0 ? def : null
}

/**
 * Rows a bulk import adds after `lastId` are left for the background to index, as in a first build (no merging
 * until they are all in), instead of the triggers noting each as changed. Runs in the import's transaction.
 */
export function leaveRowsAfter(db: Db, table: TableName, lastId: number): void {
  const def = FIND_INDEXES[table]
  const upto = def ? builtUpto(db, table) : null
  if (!def || upto === null || upto < 0n || upto <= BigInt(lastId)) return
  if (!merging(db, def)) setMerging(db, def, 0, 100_000)
  prepared(db, 'UPDATE find_index SET built_upto = ? WHERE table_name = ?').run(BigInt(lastId), table)
}

/**
 * For a bulk import that has just called leaveRowsAfter: the insert trigger notes only rows at or below built_upto,
 * and every row the import adds is above it, so the trigger is dropped (it cost 0.5 s of inserting a million rows, measured alone) and
 * made again from its own stored SQL by the function returned, before the import's transaction ends. A rollback
 * brings it back by itself.
 */
export function pauseInsertNotes(db: Db, table: TableName): () => void {
  const def = FIND_INDEXES[table]
  const name = def ? `${def.fts}_insert` : null
  const sql = name
    ? (prepared(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?").pluck().get(name, table) as string | undefined)
    : undefined
  if (!name || !sql) return () => undefined
  db.exec(`DROP TRIGGER ${ident(name)}`)
  let paused = true
  return () => {
    if (paused) db.exec(sql)
    paused = false
  }
}

/** Start the work on every index with something left to do (a dataset from before it, or changed rows). */
export function buildPending(db: Db): void {
  if (!db.open || db.readonly) return
  for (const def of Object.values(FIND_INDEXES)) {
    const upto = builtUpto(db, def.table)
    if (upto !== null && (upto !== COMPLETE || merging(db, def) || dirtyCount(db, def) > 0)) void buildInBackground(db, def.table)
  }
}

/** FTS5 query text for a substring in some of the index's columns (a quoted string; quotes doubled). */
export function ftsQuery(columns: string[], text: string): string {
  return `{${columns.join(' ')}} : "${text.replace(/"/g, '""')}"`
}

/** Ids of rows whose indexed columns match the FTS5 query. */
export function idsMatching(db: Db, def: FindIndexDef, query: string): number[] {
  return prepared(db, `SELECT rowid FROM ${ident(def.fts)} WHERE ${ident(def.fts)} MATCH ?`)
    .pluck()
    .all(query) as number[]
}

/** Index every row now, in one go (generated benchmark data; blocks for seconds on a million rows). */
export function indexAllNow(db: Db): void {
  for (const def of Object.values(FIND_INDEXES)) {
    const cols = def.columns.map(ident).join(', ')
    db.transaction(() => {
      db.exec(`INSERT INTO ${ident(def.fts)} (${ident(def.fts)}) VALUES ('delete-all')`)
      db.exec(`INSERT INTO ${ident(def.fts)} (rowid, ${cols}) SELECT id, ${cols} FROM ${ident(def.table)}`)
      db.exec(`DELETE FROM ${ident(def.dirty)}`)
      prepared(db, 'UPDATE find_index SET built_upto = ? WHERE table_name = ?').run(COMPLETE, def.table)
    })()
  }
}
