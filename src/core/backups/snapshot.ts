// Taking snapshots of the open dataset. `snapshot` uses SQLite's online backup API in steps, so the thread
// answering the UI keeps answering; `snapshotNow` is for moments when nothing else runs (before a migration):
// a checkpoint and a file copy, or VACUUM INTO when the WAL cannot be emptied. Both keep the newest N automatic.
import fs from 'node:fs'
import type { BackupItem, BackupKind } from '../../shared/dataFiles'
import type { Db } from '../db/connection'
import type { BeforeMigrate } from '../db/migrate'
import { backupFile, commitBackup, DEFAULT_KEEP, discardBackup, listBackups, pruneBackups, reserveBackup } from './store'

/** Pages copied per step of the online backup (~16 MB with 4 KB pages): quick, and short enough per step. */
const PAGES_PER_STEP = 4096
const KEEP_KEY = 'backups.keep'

export function keepSetting(db: Db): number {
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEEP_KEY) as { value: string } | undefined
    const n = Number(row?.value)
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_KEEP
  } catch {
    return DEFAULT_KEEP
  }
}

export function setKeepSetting(db: Db, keep: number): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEEP_KEY, String(keep))
}

function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Writes a consistent copy of the open dataset to a new file (the engine does it in its worker thread). */
export type Copier = (target: string) => Promise<void>

/** A consistent copy through the online backup API (by `copy` when given); resolves with the new backup. */
export async function snapshot(db: Db, datasetPath: string, kind: BackupKind, name: string | null = null, copy?: Copier): Promise<BackupItem> {
  const pending = reserveBackup(datasetPath, kind)
  try {
    if (copy) await copy(pending.partialPath)
    else await db.backup(pending.partialPath, { progress: () => PAGES_PER_STEP })
    const item = commitBackup(pending, kind, name, schemaVersion(db))
    pruneBackups(datasetPath, keepSetting(db))
    return item
  } catch (e) {
    discardBackup(pending)
    throw e
  }
}

/** A copy taken synchronously, for moments when no other work runs (before a migration, at open). */
export function snapshotNow(db: Db, datasetPath: string, kind: BackupKind, version = schemaVersion(db)): BackupItem {
  const pending = reserveBackup(datasetPath, kind)
  try {
    const result = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[]
    const clean = result[0] && result[0].busy === 0 && result[0].log <= 0
    if (clean) fs.copyFileSync(datasetPath, pending.partialPath)
    else db.prepare('VACUUM INTO ?').run(pending.partialPath)
    const item = commitBackup(pending, kind, null, version)
    pruneBackups(datasetPath, keepSetting(db))
    return item
  } catch (e) {
    discardBackup(pending)
    throw e
  }
}

/** The engine's before-migrate step: a backup copy (kind before-migration) of the file at its old schema. */
export const backupBeforeMigration: BeforeMigrate = (db, file, from) => backupFile(file, snapshotNow(db, file, 'before-migration', from).id)

/** When the newest backup of any kind was taken, or null when there is none. */
export function lastBackupAt(datasetPath: string): string | null {
  return listBackups(datasetPath)[0]?.createdAt ?? null
}

export const DAY_MS = 24 * 60 * 60 * 1000

export function snapshotDue(datasetPath: string, now = Date.now()): boolean {
  const last = lastBackupAt(datasetPath)
  return last === null || now - Date.parse(last) > DAY_MS
}
