// How a task runs: in a worker thread (the built app and browser host: out/main/importWorker.js, so the thread
// answering the UI stays free), or inline (vitest runs TypeScript sources, where no worker file exists, and the
// CLI). Cancel sets a flag in shared memory that the worker's import loop reads between rows.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { EngineError } from '../errors'
import { executeTask, type BackupAnswer, type TaskMessage, type WorkerTask } from './task'

export interface RunningTask {
  cancel(): void
  /** Stops the thread at once (engine closing); the transaction is rolled back by SQLite. */
  terminate(): void
  finished: Promise<void>
}

/** `beforeCommit`: the snapshot an import asks for once it knows it changes something (none: go ahead). */
export type Runner = (task: WorkerTask, onMessage: (m: TaskMessage) => void, beforeCommit?: () => Promise<void>) => RunningTask

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
    const worker = new Worker(entry, { workerData: { task, cancel } })
    let ended = false
    const finished = new Promise<void>((resolve) => {
      worker.on('message', (m: TaskMessage) => {
        if (m.type !== 'backup') return onMessage(m)
        void (beforeCommit ?? (() => Promise.resolve()))().then(
          () => worker.postMessage(answer()),
          (e: unknown) => worker.postMessage(answer(e ?? new Error('the backup failed')))
        )
      })
      worker.on('error', (e) => {
        if (!ended) onMessage({ type: 'error', error: { code: 'internal', message: `The import thread failed: ${e.message}. Nothing was changed.` } })
      })
      worker.on('exit', () => {
        ended = true
        resolve()
      })
    })
    return { cancel: () => Atomics.store(flag, 0, 1), terminate: () => void worker.terminate(), finished }
  }
}

export function inlineRunner(): Runner {
  return (task, onMessage, beforeCommit) => {
    let cancelled = false
    const finished = new Promise<void>((resolve) => setImmediate(resolve)).then(() => executeTask(task, onMessage, () => cancelled, { beforeCommit }))
    return { cancel: () => (cancelled = true), terminate: () => (cancelled = true), finished }
  }
}

/** The built worker beside the bundle (out/main/importWorker.js, also found from out/main/chunks), else inline. */
export function defaultRunner(baseDir: string = __dirname): Runner {
  const candidates = [path.join(baseDir, WORKER_FILE), path.join(baseDir, '..', WORKER_FILE)]
  const entry = candidates.find((f) => fs.existsSync(f))
  return entry ? workerRunner(entry) : inlineRunner()
}
