// One import or preview as a self-contained task: it opens its OWN connection to the dataset (so it can run in
// a worker thread), runs the pipeline, and reports through `post`: progress, then done (the outcome) or error
// (an ApiError in words). The same function runs inline in tests and in the CLI.
import Database from 'better-sqlite3'
import fs from 'node:fs'
import type { ApiError } from '../../shared/api'
import type { ImportTable, Mapping, ReadOptions } from '../../shared/dataFiles'
import { applyPragmas } from '../db/open'
import { EngineError } from '../errors'
import { runPipeline, type PipelineOutcome, type PipelineProgress } from './pipeline'

export interface ImportTask {
  kind: 'preview' | 'import'
  datasetPath: string
  nativeBinding?: string
  filePath: string
  fileName: string
  read: ReadOptions
  table: ImportTable
  mapping?: Mapping
  mode: 'all' | 'valid'
  actor: string
}

export type TaskMessage = { type: 'progress'; progress: PipelineProgress } | { type: 'done'; outcome: PipelineOutcome } | { type: 'error'; error: ApiError }

function asApiError(e: unknown): ApiError {
  if (e instanceof EngineError) return e.toApiError()
  const err = e as { code?: string; message?: string }
  if (err.code === 'SQLITE_BUSY') return { code: 'conflict', message: 'The dataset is busy (another import or a long edit is writing to it). Try again in a moment; nothing was changed.' }
  if (err.code === 'SQLITE_FULL') return { code: 'internal', message: 'The disk is full, so the import was rolled back: the dataset is exactly as it was. Free some disk space and try again.' }
  if (err.code === 'SQLITE_READONLY') return { code: 'read_only', message: 'The dataset file cannot be written (it is read-only on disk), so nothing was imported.' }
  return { code: 'internal', message: `The import stopped: ${err.message ?? String(e)}. Nothing was changed.` }
}

export async function executeTask(task: ImportTask, post: (m: TaskMessage) => void, cancelled: () => boolean): Promise<void> {
  let db: Database.Database | null = null
  try {
    const bytes = fs.readFileSync(task.filePath)
    db = new Database(task.datasetPath, { fileMustExist: true, nativeBinding: task.nativeBinding })
    applyPragmas(db)
    const outcome = await runPipeline(
      db,
      bytes,
      task.fileName,
      { read: task.read, table: task.table, mapping: task.mapping, mode: task.mode, dryRun: task.kind === 'preview', actor: task.actor },
      { progress: (progress) => post({ type: 'progress', progress }), cancelled }
    )
    post({ type: 'done', outcome })
  } catch (e) {
    post({ type: 'error', error: asApiError(e) })
  } finally {
    if (db?.open) {
      try {
        // Here, off the thread that answers the UI: move the import into the main file and shrink the WAL
        // (a cancelled or refused import of a million rows would otherwise leave a WAL of that size behind).
        db.pragma('wal_checkpoint(TRUNCATE)')
      } catch {
        // a reader holds the WAL: SQLite checkpoints it later
      }
      db.close()
    }
  }
}
