// Opens a dataset file: checks it is ours, intact and not from a newer app before anything is written,
// then connects (db/connection.ts: the one opener and its pragmas) and brings the schema up to date, after the
// caller's before-migrate step (the engine's: a backup copy).
// A damaged, foreign or newer file is refused with a message saying what to do; its bytes are never touched.
import fs from 'node:fs'
import path from 'node:path'
import { EngineError } from '../errors'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations'
import { connect, type Db } from './connection'
import { migrate, refuseWithoutBackup, type BeforeMigrate } from './migrate'

export type { Db } from './connection'

const SQLITE_HEADER = 'SQLite format 3\u0000'

export interface OpenOptions {
  /** Create an empty dataset when the file does not exist (default false). */
  create?: boolean
  readOnly?: boolean
  /** Runs before a file with data is migrated (the engine takes a backup copy); without it such a file is refused. */
  beforeMigrate?: BeforeMigrate
  /** Run PRAGMA quick_check before opening (default true); the engine defers it until after the first page. */
  quickCheck?: boolean
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const buf = Buffer.alloc(100)
    const n = fs.readSync(fd, buf, 0, 100, 0)
    return buf.subarray(0, n)
  } finally {
    fs.closeSync(fd)
  }
}

function damaged(file: string, what: string): EngineError {
  return new EngineError(
    'invalid_input',
    `${path.basename(file)} is damaged (${what}). Nothing was changed. Restore it from a backup, or open another dataset.`,
    { path: file }
  )
}

/** Refuse files that are not SQLite at all, before SQLite sees them. */
function checkFileLooksLikeSqlite(file: string): void {
  const stat = fs.statSync(file)
  if (!stat.isFile()) throw new EngineError('invalid_input', `${file} is not a file.`, { path: file })
  if (stat.size === 0)
    throw new EngineError('invalid_input', `${path.basename(file)} is empty (0 bytes), so it holds no dataset. Open another file or create a new dataset.`, {
      path: file
    })
  const header = readHeader(file)
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new EngineError(
      'invalid_input',
      `${path.basename(file)} is not a Lodestone dataset (it is not an SQLite file; perhaps a CSV or another document renamed). To bring data in, use Import instead.`,
      { path: file }
    )
  }
  if (stat.size % 512 !== 0 || stat.size < 512) throw damaged(file, 'the file is truncated')
}

/** The result of PRAGMA quick_check in words: null when the file is sound, else why it is damaged. */
export function quickCheckProblem(db: Db): string | null {
  const check = db.pragma('quick_check', { simple: true }) as string
  return check === 'ok' ? null : `integrity check: ${String(check).replace(/\s+/g, ' ').slice(0, 120)}`
}

export function damagedMessage(file: string, what: string): string {
  return damaged(file, what).message
}

/** The tables a dataset at schema `version` holds, from the migrations up to it. */
export function tablesAt(version: number): string[] {
  const tables = new Set<string>()
  // Statements in the order they run: a table made, dropped, or renamed (a rebuild makes x_vN and renames it to x).
  const statement = /CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)|DROP TABLE (?:IF EXISTS )?"?(\w+)|ALTER TABLE "?(\w+)"? RENAME TO "?(\w+)/gi
  for (const m of MIGRATIONS.filter((step) => step.version <= version)) {
    for (const [, created, dropped, from, to] of m.sql.matchAll(statement)) {
      if (created) tables.add(created)
      else if (dropped) tables.delete(dropped)
      else if (from && to) {
        tables.delete(from)
        tables.add(to)
      }
    }
  }
  return [...tables]
}

/**
 * Inspect without writing: integrity, ownership and schema version. With `quickCheck` false the full-file
 * check is left to the caller (the engine runs it after the first page), unless a migration is due.
 */
function inspect(file: string, quickCheck = true): number {
  let db: Db
  try {
    db = connect(file, 'read')
  } catch (e) {
    throw damaged(file, (e as Error).message)
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    const problem = quickCheck || (version > 0 && version < SCHEMA_VERSION) ? quickCheckProblem(db) : null
    if (problem) throw damaged(file, problem)
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])
    if (appId !== APPLICATION_ID && tables.size === 0) {
      throw new EngineError(
        'invalid_input',
        `${path.basename(file)} is an empty SQLite database (it has no tables), not a Lodestone dataset. Nothing was changed. Open a .lodestone file, or create a new dataset.`,
        { path: file }
      )
    }
    if (appId !== APPLICATION_ID) {
      throw new EngineError(
        'invalid_input',
        `${path.basename(file)} is an SQLite database, but not a Lodestone dataset. Nothing was changed. Open a .lodestone file, or import the data instead.`,
        { path: file }
      )
    }
    const missing = version <= SCHEMA_VERSION ? tablesAt(version).filter((t) => !tables.has(t)) : []
    if (version === 0 || missing.length > 0) {
      const what =
        version === 0 ? 'it was never set up: schema version 0' : `tables missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`
      throw damaged(file, what)
    }
    if (version > SCHEMA_VERSION) {
      throw new EngineError(
        'invalid_input',
        `${path.basename(file)} was saved by a newer version of Lodestone (schema ${version}; this app reads up to ${SCHEMA_VERSION}). Nothing was changed. Update Lodestone to open it.`,
        { path: file }
      )
    }
    return version
  } catch (e) {
    if (e instanceof EngineError) throw e
    throw damaged(file, (e as Error).message)
  } finally {
    db.close()
  }
}

export function openDataset(file: string, options: OpenOptions = {}): Db {
  const exists = fs.existsSync(file)
  if (!exists && !options.create)
    throw new EngineError('not_found', `There is no dataset at ${file}. Check the path, or create a new dataset there.`, { path: file })
  if (exists) {
    checkFileLooksLikeSqlite(file)
    const version = inspect(file, options.quickCheck ?? true)
    if (!options.readOnly && version < SCHEMA_VERSION && !options.beforeMigrate) refuseWithoutBackup(file, version)
  }
  if (exists && options.readOnly) return connect(file, 'read')
  if (!exists) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const db = connect(file, 'write', { create: !exists })
  try {
    migrate(db, file, options.beforeMigrate)
  } catch (e) {
    db.close()
    throw e
  }
  return db
}
