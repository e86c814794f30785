// How a task runs: in a worker thread (the built app and browser host: out/main/importWorker.js, so the thread
// answering the UI stays free), or inline (vitest runs TypeScript sources, where no worker file exists, and the
// CLI). Cancel sets a flag in shared memory that the worker's import loop reads between rows.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { EngineError } from '../errors'
import { copyDataset, executeTask, type BackupAnswer, type TaskMessage, type WorkerTask } from './task'

export interface RunningTask {
  cancel(): void
  /** Stops the thread at once (engine closing); the transaction is rolled back by SQLite. */
  terminate(): void
  finished: Promise<void>
}

/** Writes a consistent copy of the dataset to `target`, in the thread running the task. */
export type CopyInTask = (target: string) => Promise<void>

/**
 * `beforeCommit`: the snapshot an import asks for once it knows it changes something (none: go ahead); it is given
 * the task's own thread to write the copy in, so a big import never has a second thread (and heap) beside it.
 */
export type Runner = (task: WorkerTask, onMessage: (m: TaskMessage) => void, beforeCommit?: (copy: CopyInTask) => Promise<void>) => RunningTask

function answer(e?: unknown): BackupAnswer {
  if (e === undefined) return { type: 'backed-up' }
  const message = (e as Error).message ?? String(e)
  return { type: 'backed-up', error: e instanceof EngineError ? e.toApiError() : { code: 'internal', message } }
}

export const WORKER_FILE = 'importWorker.js'

export function workerRunner(entry: string): Runner {
  return (task, onMessage, beforeCommit) => {
    const cancel = new SharedArrayBuffer(4)
    const flag = new Int32Array(cancel)
    const worker = new Worker(entry, { workerData: { task, cancel, entry } })
    let ended = false
    /** The answer the copy asked of the worker is waiting for. */
    let copied: ((m: Extract<TaskMessage, { type: 'backup-copied' }>) => void) | null = null
    const copyInWorker: CopyInTask = (target) =>
      new Promise((resolve, reject) => {
        copied = (m) => (m.error ? reject(new EngineError(m.error.code, m.error.message)) : resolve())
        worker.postMessage({ type: 'copy', target } satisfies BackupAnswer)
      })
    const finished = new Promise<void>((resolve) => {
      worker.on('message', (m: TaskMessage) => {
        if (m.type === 'backup-copied') {
          const answered = copied
          copied = null
          return answered?.(m)
        }
        if (m.type !== 'backup') return onMessage(m)
        void (beforeCommit ?? (() => Promise.resolve()))(copyInWorker).then(
          () => worker.postMessage(answer()),
          (e: unknown) => worker.postMessage(answer(e ?? new Error('the backup failed')))
        )
      })
      worker.on('error', (e) => {
        if (!ended) onMessage({ type: 'error', error: { code: 'internal', message: `The import thread failed: ${e.message}. Nothing was changed.` } })
      })
      worker.on('exit', () => {
        ended = true
        // A copy still waiting fails in words (the snapshot then discards its partial file).
        copied?.({ type: 'backup-copied', error: { code: 'internal', message: 'the import thread stopped before the copy was written' } })
        copied = null
        resolve()
      })
    })
    return { cancel: () => Atomics.store(flag, 0, 1), terminate: () => void worker.terminate(), finished }
  }
}

export function inlineRunner(): Runner {
  return (task, onMessage, beforeCommit) => {
    let cancelled = false
    const copyHere: CopyInTask = (target) => copyDataset(task.datasetPath, target)
    const env = { beforeCommit: beforeCommit && (() => beforeCommit(copyHere)) }
    const finished = new Promise<void>((resolve) => setImmediate(resolve)).then(() => executeTask(task, onMessage, () => cancelled, env))
    return { cancel: () => (cancelled = true), terminate: () => (cancelled = true), finished }
  }
}

/** The built worker beside the bundle (out/main/importWorker.js, also found from out/main/chunks), else inline. */
export function defaultRunner(baseDir: string = __dirname): Runner {
  const candidates = [path.join(baseDir, WORKER_FILE), path.join(baseDir, '..', WORKER_FILE)]
  const entry = candidates.find((f) => fs.existsSync(f))
  return entry ? workerRunner(entry) : inlineRunner()
}
