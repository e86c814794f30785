// One import or preview as a self-contained task: it opens its OWN connection to the dataset (so it can run in
// a worker thread), runs the pipeline, and reports through `post`: progress, then done (the outcome) or error
// (an ApiError in words). The same function runs inline in tests and in the CLI.
import fs from 'node:fs'
import type { ApiError, UndoResult } from '../../shared/api'
import type { ImportTable, Mapping, ReadOptions } from '../../shared/dataFiles'
import { connect, type Db } from '../db/connection'
import { quickCheckProblem } from '../db/open'
import { redo, undo } from '../edits/history'
import { EngineError } from '../errors'
import { runPipeline, type PipelineOptions, type PipelineOutcome, type PipelineProgress } from './pipeline'
import { idleCores, parseThreadWanted } from './feed'

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

/** The full-file integrity check the engine runs after opening a dataset, off the thread that answers the UI. */
export interface CheckTask {
  kind: 'check'
  datasetPath: string
  nativeBinding?: string
}

/** A consistent copy of the dataset (a backup, Save As) through SQLite's backup API, in one step, off the UI thread. */
export interface CopyTask {
  kind: 'copy'
  datasetPath: string
  target: string
  nativeBinding?: string
}

/** Undo or redo of a bulk import (set-based over a million rows can take seconds), off the UI thread. */
export interface ReplayTask {
  kind: 'replay'
  datasetPath: string
  direction: 'backward' | 'forward'
  actor: string
  nativeBinding?: string
}

/** The ids of a whole view in its order, read on a read-only connection (a sort SQLite cannot page by index). */
export interface OrderTask {
  kind: 'order'
  datasetPath: string
  /** Built in core/grid from registry identifiers only; values are bound from `params`. */
  sql: string
  params: (string | number | null)[]
  nativeBinding?: string
}

export type WorkerTask = ImportTask | CheckTask | CopyTask | ReplayTask | OrderTask

export type TaskMessage =
  | { type: 'progress'; progress: PipelineProgress }
  | { type: 'done'; outcome: PipelineOutcome }
  | { type: 'checked'; problem: string | null }
  | { type: 'copied' }
  | { type: 'replayed'; result: UndoResult }
  | { type: 'ordered'; ids: Int32Array }
  | { type: 'error'; error: ApiError }
  /** From an import about to commit changes: take the snapshot now (the runner answers with BackupAnswer). */
  | { type: 'backup' }
  /** The import thread's answer to a CopyRequest: the copy is written (or why not). */
  | { type: 'backup-copied'; error?: ApiError }

/**
 * The runner's answers to { type: 'backup' }: while the engine takes the snapshot it may ask the import thread to
 * write the copy (a CopyRequest, so no second thread starts beside a big import); then taken, or why not (the
 * import is rolled back).
 */
export type BackupAnswer = { type: 'copy'; target: string } | { type: 'backed-up'; error?: ApiError }

/**
 * What a task gets from where it runs: the snapshot step an import calls before it commits changes, and the worker
 * file it runs in, when it runs in one (a big CSV import may start it again as its parse thread: feed.ts).
 */
export interface TaskEnv {
  beforeCommit?(): Promise<void>
  entry?: string
}

/** Files smaller than this never get a parse thread (nor the idle cores measured for one): FEED_MIN_ROWS rows are bigger. */
const FEED_MIN_BYTES = 512 * 1024
/** How long the machine's idle cores are watched before a big import chooses its threads. */
const IDLE_SAMPLE_MS = 150

/** The parse thread an import may start: in a worker, for a big file, when the machine has the cores for it. */
function feedFor(task: ImportTask, entry: string | undefined): PipelineOptions['feed'] {
  if (!entry) return undefined
  const setting = process.env.LODESTONE_PARSE_THREAD
  if (setting !== 'on' && setting !== 'off' && fileBytes(task.filePath) < FEED_MIN_BYTES) return undefined
  const idle = setting === 'on' || setting === 'off' ? 0 : idleCores(IDLE_SAMPLE_MS)
  if (!parseThreadWanted(idle, setting)) return undefined
  return { entry, datasetPath: task.datasetPath, nativeBinding: task.nativeBinding, filePath: task.filePath }
}

function fileBytes(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0 // reading it will say why, in words
  }
}

function asApiError(e: unknown): ApiError {
  if (e instanceof EngineError) return e.toApiError()
  const err = e as { code?: string; message?: string }
  if (err.code === 'SQLITE_BUSY')
    return { code: 'conflict', message: 'The dataset is busy (another import or a long edit is writing to it). Try again in a moment; nothing was changed.' }
  if (err.code === 'SQLITE_FULL')
    return {
      code: 'internal',
      message: 'The disk is full, so the import was rolled back: the dataset is exactly as it was. Free some disk space and try again.'
    }
  if (err.code === 'SQLITE_READONLY')
    return { code: 'read_only', message: 'The dataset file cannot be written (it is read-only on disk), so nothing was imported.' }
  return { code: 'internal', message: `The import stopped: ${err.message ?? String(e)}. Nothing was changed.` }
}

/** Errors that mean the file itself is damaged or not a database (anything else: the check could not run). */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX'])

function runCheck(task: CheckTask, post: (m: TaskMessage) => void): void {
  let db: Db | null = null
  try {
    db = connect(task.datasetPath, 'read')
    post({ type: 'checked', problem: quickCheckProblem(db) })
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code && DAMAGE_CODES.has(code)) post({ type: 'checked', problem: (e as Error).message })
    else post({ type: 'error', error: { code: 'internal', message: `The integrity check could not run: ${(e as Error).message}` } })
  } finally {
    db?.close()
  }
}

/**
 * After the outcome is sent: here, off the thread that answers the UI, move the import into the main file
 * (PASSIVE: never blocks the engine's reads or writes) and shrink the WAL if nobody is using it, so a big
 * cancelled or refused import does not leave a WAL of its size behind.
 */
function drain(db: Db): void {
  try {
    db.pragma('busy_timeout = 0')
    db.pragma('wal_checkpoint(PASSIVE)')
    db.pragma('wal_checkpoint(TRUNCATE)')
  } catch {
    // the engine is busy with the file: SQLite checkpoints it later
  }
  db.close()
}

/** A consistent copy of the committed dataset, through a read connection of this thread. */
export async function copyDataset(datasetPath: string, target: string): Promise<void> {
  const db = connect(datasetPath, 'read')
  try {
    // All pages in one step: consistent even while the engine writes, and nothing here answers the UI.
    await db.backup(target, { progress: () => 0x7fffffff })
  } finally {
    db.close()
  }
}

/** A copy asked of the import thread while it waits for its snapshot: the answer, never a throw. */
export async function copyForBackup(datasetPath: string, target: string): Promise<TaskMessage> {
  try {
    await copyDataset(datasetPath, target)
    return { type: 'backup-copied' }
  } catch (e) {
    return { type: 'backup-copied', error: asApiError(e) }
  }
}

async function runCopy(task: CopyTask, post: (m: TaskMessage) => void): Promise<void> {
  try {
    await copyDataset(task.datasetPath, task.target)
    post({ type: 'copied' })
  } catch (e) {
    post({ type: 'error', error: asApiError(e) })
  }
}

function runReplay(task: ReplayTask, post: (m: TaskMessage) => void): void {
  let db: Db | null = null
  try {
    db = connect(task.datasetPath, 'write')
    const ctx = { db, actor: task.actor }
    post({ type: 'replayed', result: task.direction === 'backward' ? undo(ctx) : redo(ctx) })
  } catch (e) {
    post({ type: 'error', error: asApiError(e) })
  } finally {
    if (db?.open) drain(db)
  }
}

function runOrder(task: OrderTask, post: (m: TaskMessage) => void): void {
  let db: Db | null = null
  try {
    db = connect(task.datasetPath, 'read')
    post({
      type: 'ordered',
      ids: Int32Array.from(
        db
          .prepare(task.sql)
          .pluck()
          .all(...task.params) as number[]
      )
    })
  } catch (e) {
    post({ type: 'error', error: asApiError(e) })
  } finally {
    db?.close()
  }
}

export async function executeTask(task: WorkerTask, post: (m: TaskMessage) => void, cancelled: () => boolean, env: TaskEnv = {}): Promise<void> {
  if (task.kind === 'check') return runCheck(task, post)
  if (task.kind === 'copy') return runCopy(task, post)
  if (task.kind === 'replay') return runReplay(task, post)
  if (task.kind === 'order') return runOrder(task, post)
  let db: Db | null = null
  try {
    db = connect(task.datasetPath, 'write')
    const outcome = await runPipeline(
      db,
      () => fs.readFileSync(task.filePath),
      task.fileName,
      {
        read: task.read,
        table: task.table,
        mapping: task.mapping,
        mode: task.mode,
        dryRun: task.kind === 'preview',
        actor: task.actor,
        hint: task.filePath,
        feed: feedFor(task, env.entry)
      },
      { progress: (progress) => post({ type: 'progress', progress }), cancelled, beforeCommit: env.beforeCommit }
    )
    post({ type: 'done', outcome })
  } catch (e) {
    post({ type: 'error', error: asApiError(e) })
  } finally {
    if (db?.open) drain(db)
  }
}
