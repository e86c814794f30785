// Putting a backup back: the copy is checked first (a damaged backup is refused and nothing changes), then,
// with the dataset closed, written beside the dataset, fsynced and renamed over it in one step, so a crash
// leaves either the old file or the restored one, never a mix.
import fs from 'node:fs'
import path from 'node:path'
import { openDataset } from '../db/open'
import { EngineError } from '../errors'

/** Throws in words when the backup cannot be opened as a sound dataset. */
export function checkBackup(file: string, label: string): void {
  if (!fs.existsSync(file)) throw new EngineError('not_found', `The backup ${label} is missing from the backups folder. Choose another one.`)
  try {
    openDataset(file, { readOnly: true }).close()
  } catch (e) {
    throw new EngineError(
      'invalid_input',
      `The backup ${label} cannot be restored: ${(e as Error).message} Choose another backup; your dataset was not changed.`
    )
  }
}

function fsyncPath(file: string, flags: string): void {
  const fd = fs.openSync(file, flags)
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Replaces the (closed) dataset file with a copy of `backup`, atomically. */
export function replaceWithBackup(backup: string, datasetPath: string): void {
  const temp = path.join(path.dirname(datasetPath), `.${path.basename(datasetPath)}.restoring`)
  fs.copyFileSync(backup, temp)
  try {
    fsyncPath(temp, 'r+')
    for (const side of [`${datasetPath}-wal`, `${datasetPath}-shm`]) fs.rmSync(side, { force: true })
    fs.renameSync(temp, datasetPath)
  } catch (e) {
    fs.rmSync(temp, { force: true })
    throw e
  }
  try {
    fsyncPath(path.dirname(datasetPath), 'r')
  } catch {
    // some platforms cannot fsync a folder; the rename itself is atomic
  }
}
