// Where backups live and what they are: `<dataset>.backups/` beside the dataset, one `<id>.lodestone` copy and
// one `<id>.json` sidecar (kind, name, date, size, schema) per backup. A copy is written as `.partial` and
// renamed when complete, its sidecar last, so a crash never leaves a half backup that looks whole.
// Automatic backups beyond the newest N are removed; named and manual ones are kept until deleted.
import fs from 'node:fs'
import path from 'node:path'
import type { BackupItem, BackupKind } from '../../shared/dataFiles'

export const DEFAULT_KEEP = 10
/** A `.partial` older than this is a leftover of an interrupted backup, not one in progress. */
const STALE_PARTIAL_MS = 60 * 60 * 1000
const AUTOMATIC: readonly BackupKind[] = ['on-open', 'before-import', 'before-migration', 'before-restore']

export function backupsDir(datasetPath: string): string {
  return `${path.resolve(datasetPath)}.backups`
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-')
}

export interface PendingBackup {
  id: string
  dir: string
  partialPath: string
  finalPath: string
  createdAt: string
}

/** A fresh id and paths for a backup of `datasetPath`; creates the folder. */
export function reserveBackup(datasetPath: string, kind: BackupKind, now = new Date()): PendingBackup {
  const dir = backupsDir(datasetPath)
  fs.mkdirSync(dir, { recursive: true })
  let id = `${stamp(now)}-${kind}`
  for (let n = 2; fs.existsSync(path.join(dir, `${id}.lodestone`)) || fs.existsSync(path.join(dir, `${id}.lodestone.partial`)); n++)
    id = `${stamp(now)}-${kind}-${n}`
  return { id, dir, partialPath: path.join(dir, `${id}.lodestone.partial`), finalPath: path.join(dir, `${id}.lodestone`), createdAt: now.toISOString() }
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp`
  const fd = fs.openSync(tmp, 'w')
  try {
    fs.writeSync(fd, text)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(tmp, file)
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Makes a finished `.partial` copy a backup: fsync, rename, then the sidecar. */
export function commitBackup(pending: PendingBackup, kind: BackupKind, name: string | null, schemaVersion: number): BackupItem {
  fsyncFile(pending.partialPath)
  fs.renameSync(pending.partialPath, pending.finalPath)
  const item: BackupItem = { id: pending.id, kind, name, createdAt: pending.createdAt, sizeBytes: fs.statSync(pending.finalPath).size, schemaVersion }
  writeAtomically(path.join(pending.dir, `${pending.id}.json`), `${JSON.stringify(item, null, 2)}\n`)
  return item
}

export function discardBackup(pending: PendingBackup): void {
  fs.rmSync(pending.partialPath, { force: true })
}

function readItem(dir: string, file: string): BackupItem | null {
  try {
    const item = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as BackupItem
    if (typeof item.id !== 'string' || `${item.id}.json` !== file || !fs.existsSync(path.join(dir, `${item.id}.lodestone`))) return null
    return item
  } catch {
    return null
  }
}

/** Backups of a dataset, newest first. Unreadable sidecars and copies without one are left out. */
export function listBackups(datasetPath: string): BackupItem[] {
  const dir = backupsDir(datasetPath)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readItem(dir, f))
    .filter((i): i is BackupItem => i !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id.localeCompare(a.id)))
}

export function backupFile(datasetPath: string, id: string): string {
  return path.join(backupsDir(datasetPath), `${id}.lodestone`)
}

/** Removes automatic backups beyond the newest `keep`, and leftovers of interrupted ones. */
export function pruneBackups(datasetPath: string, keep: number): void {
  const dir = backupsDir(datasetPath)
  if (!fs.existsSync(dir)) return
  const stale = Date.now() - STALE_PARTIAL_MS
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f)
    if ((f.endsWith('.partial') || f.endsWith('.tmp')) && fs.statSync(file).mtimeMs < stale) fs.rmSync(file, { force: true })
  }
  const automatic = listBackups(datasetPath).filter((i) => AUTOMATIC.includes(i.kind))
  for (const old of automatic.slice(keep)) {
    fs.rmSync(path.join(dir, `${old.id}.json`), { force: true })
    fs.rmSync(path.join(dir, `${old.id}.lodestone`), { force: true })
  }
}
