// A full health check of a dataset file for `lodestone check`: PRAGMA integrity_check, foreign_key_check and
// the schema version, on a read-only connection. It reports problems as data instead of throwing, except
// when there is no file at all; it never writes to the file (no migration, no checkpoint).
import fs from 'node:fs'
import { EngineError } from '../errors'
import { SCHEMA_VERSION } from './migrations'
import { openDataset, type Db } from './open'

const MAX_LISTED = 50

export interface ForeignKeyProblem {
  table: string
  rowid: number | null
  parent: string
}

export interface CheckReport {
  path: string
  ok: boolean
  /** PRAGMA user_version, or null when the file could not be read as a dataset. */
  schemaVersion: number | null
  /** The schema version this build of Lodestone writes. */
  currentSchemaVersion: number
  /** 'ok' or the first lines integrity_check reported. */
  integrity: string[]
  foreignKeyProblems: ForeignKeyProblem[]
  /** Sentences for the analyst: every reason `ok` is false. */
  problems: string[]
  /** Things worth knowing that are not problems (an older schema is upgraded on next open). */
  notes: string[]
}

function integrityLines(db: Db): string[] {
  const rows = db.pragma(`integrity_check(${MAX_LISTED})`) as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check)
}

function foreignKeyProblems(db: Db): ForeignKeyProblem[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  return rows.slice(0, MAX_LISTED).map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }))
}

function inspectOpen(db: Db, report: CheckReport): void {
  report.schemaVersion = db.pragma('user_version', { simple: true }) as number
  if (report.schemaVersion < SCHEMA_VERSION) {
    report.notes.push(
      `Schema ${report.schemaVersion} is older than this app's ${SCHEMA_VERSION}; it is upgraded (after a backup copy) the next time the dataset is opened for editing.`
    )
  }
  report.integrity = integrityLines(db)
  if (report.integrity.length !== 1 || report.integrity[0] !== 'ok') {
    report.problems.push(`SQLite's integrity check found ${report.integrity.length} problem(s): ${report.integrity[0] ?? ''}`)
  }
  report.foreignKeyProblems = foreignKeyProblems(db)
  for (const p of report.foreignKeyProblems) {
    report.problems.push(`${p.table} row ${p.rowid ?? '?'} refers to a ${p.parent} row that does not exist.`)
  }
}

export function checkDataset(file: string): CheckReport {
  if (!fs.existsSync(file)) throw new EngineError('not_found', `There is no dataset at ${file}.`, { path: file })
  const report: CheckReport = {
    path: file,
    ok: false,
    schemaVersion: null,
    currentSchemaVersion: SCHEMA_VERSION,
    integrity: [],
    foreignKeyProblems: [],
    problems: [],
    notes: []
  }
  let db: Db
  try {
    db = openDataset(file, { readOnly: true })
  } catch (e) {
    report.problems.push((e as Error).message)
    return report
  }
  try {
    inspectOpen(db, report)
  } catch (e) {
    report.problems.push(`The file could not be checked: ${(e as Error).message}`)
  } finally {
    db.close()
  }
  report.ok = report.problems.length === 0
  return report
}
