// The trigram index Find uses on big tables (migration 0005): which tables have one and which of their columns it
// holds, whether it is complete, and its build for a dataset that had rows before the migration (a slice of rows
// per turn, so the thread answering the UI is never held; triggers keep indexed rows current in each edit's own
// transaction). Reads of it: the row ids whose indexed columns contain a word.
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import { ignoreWrite, yieldTurn } from './cache'

/** built_upto once every row is indexed (the largest SQLite integer). */
const COMPLETE = 9223372036854775807n
/** Rows indexed per write transaction while building, and the pause between slices. Tests shrink them. */
export const BUILD = { slice: 2000, stepMs: 30, mergePages: 50, pauseMs: 0, syncBelow: 20_000 }

export interface FindIndexDef {
  table: TableName
  fts: string
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
  trade_flow: { table: 'trade_flow', fts: 'find_trade_flow', columns: indexedColumns('trade_flow') }
}

function builtUpto(db: Db, table: TableName): bigint | null {
  const row = prepared(db, 'SELECT built_upto AS n FROM find_index WHERE table_name = ?').safeIntegers(true).get(table) as { n: bigint } | undefined
  return row ? row.n : null
}

/** The table's index when it is complete (every row indexed); null while it is built or when the table has none. */
export function readyIndex(db: Db, table: TableName): FindIndexDef | null {
  const def = FIND_INDEXES[table]
  return def && builtUpto(db, table) === COMPLETE ? def : null
}

function maxId(db: Db, table: TableName): number {
  return (prepared(db, `SELECT coalesce(max(id), 0) AS n FROM ${ident(table)}`).get() as { n: number }).n
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

/**
 * One step of the build, in one write transaction: index the next `rows` rows after built_upto; once all are in,
 * mark the index complete; then merge its segments a few pages at a time. True when nothing is left to do.
 */
function buildStep(db: Db, def: FindIndexDef, rows: number, background: boolean): boolean {
  const before = changes(db)
  const done = db.transaction(() => {
    const from = builtUpto(db, def.table)
    if (from === null) return true
    if (from === COMPLETE) {
      if (!merging(db, def)) return true
      const fts = ident(def.fts)
      const start = changes(db)
      prepared(db, `INSERT INTO ${fts} (${fts}, rank) VALUES ('merge', ?)`).run(BUILD.mergePages)
      if (changes(db) - start >= 2) return false // more to merge
      setMerging(db, def, 4, 16) // FTS5's defaults again: edits merge as they go
      return true
    }
    if (from < 0n && background) setMerging(db, def, 0, 100_000)
    const start = Number(from < 0n ? 0n : from)
    const last = maxId(db, def.table)
    if (start >= last) {
      prepared(db, 'UPDATE find_index SET built_upto = ? WHERE table_name = ?').run(COMPLETE, def.table)
      return false
    }
    const end = Math.min(last, start + rows)
    const cols = def.columns.map(ident).join(', ')
    prepared(db, `INSERT INTO ${ident(def.fts)} (rowid, ${cols}) SELECT id, ${cols} FROM ${ident(def.table)} WHERE id > ? AND id <= ?`).run(start, end)
    prepared(db, 'UPDATE find_index SET built_upto = ? WHERE table_name = ?').run(end, def.table)
    return false
  })()
  // The index changes what no view shows: counts and anchors stay cached.
  ignoreWrite(db, changes(db) - before)
  return done
}

const building = new WeakMap<Db, Map<TableName, Promise<void>>>()

/** Build the table's index to the end, a slice per turn; one build per table and connection at a time. */
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
      if (buildStep(db, def, rows, true)) return
      const ms = performance.now() - start
      if (ms < BUILD.stepMs / 2) rows = Math.min(rows * 2, 50_000)
      else if (ms > BUILD.stepMs * 1.5) rows = Math.max(Math.floor(rows / 2), 200)
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

/**
 * The index to answer a find with: complete already, or completed now when few rows remain (a small dataset from
 * before the migration); otherwise the build goes on in the background and this find reads the table (null).
 */
export function indexForFind(db: Db, table: TableName, writable: boolean): FindIndexDef | null {
  const def = FIND_INDEXES[table]
  if (!def) return null
  const upto = builtUpto(db, table)
  if (upto === null) return null
  if (upto === COMPLETE) return def
  if (!writable || db.readonly) return null
  if (maxId(db, table) - Number(upto) <= BUILD.syncBelow && !db.inTransaction) {
    while (builtUpto(db, table) !== COMPLETE) buildStep(db, def, BUILD.syncBelow + 1, false)
    return def
  }
  void buildInBackground(db, table)
  return null
}

/** Start building every incomplete index with many rows left (a dataset from before the migration). */
export function buildPending(db: Db): void {
  if (!db.open || db.readonly) return
  for (const def of Object.values(FIND_INDEXES)) {
    const upto = builtUpto(db, def.table)
    if (upto === null) continue
    if (upto === COMPLETE ? merging(db, def) : maxId(db, def.table) - Number(upto) > BUILD.syncBelow) void buildInBackground(db, def.table)
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
