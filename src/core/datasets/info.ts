// What the UI shows about the open dataset file: path, name, size (with its WAL), read-only and why, who
// holds it, where its backups are and when the last was taken, and how the integrity check after opening went.
import fs from 'node:fs'
import path from 'node:path'
import type { DatasetInfo } from '../../shared/dataFiles'
import { lastBackupAt } from '../backups/snapshot'
import { backupsDir } from '../backups/store'
import type { DatasetControl } from './control'

function size(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0
}

export function datasetInfo(file: string, readOnly: boolean, control: Pick<DatasetControl, 'heldBy' | 'readOnlyReason' | 'integrity'>): DatasetInfo {
  const integrity = control.integrity()
  return {
    path: file,
    name: path.basename(file),
    sizeBytes: size(file) + size(`${file}-wal`),
    readOnly,
    readOnlyReason: control.readOnlyReason(),
    heldBy: control.heldBy(),
    backupsDir: backupsDir(file),
    lastBackupAt: lastBackupAt(file),
    integrity: integrity.state,
    integrityNote: integrity.note
  }
}
