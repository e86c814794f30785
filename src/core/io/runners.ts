// How a task runs: in a worker thread (the built app and browser host: out/main/importWorker.js, so the thread
// answering the UI stays free), or inline (vitest runs TypeScript sources, where no worker file exists, and the
// CLI). Cancel sets a flag in shared memory that the worker's import loop reads between rows.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { executeTask, type TaskMessage, type WorkerTask } from './task'

export interface RunningTask {
  cancel(): void
  /** Stops the thread at once (engine closing); the transaction is rolled back by SQLite. */
  terminate(): void
  finished: Promise<void>
}

export type Runner = (task: WorkerTask, onMessage: (m: TaskMessage) => void) => RunningTask

export const WORKER_FILE = 'importWorker.js'

export function workerRunner(entry: string): Runner {
  return (task, onMessage) => {
    const cancel = new SharedArrayBuffer(4)
    const flag = new Int32Array(cancel)
    const worker = new Worker(entry, { workerData: { task, cancel, entry } })
    let ended = false
    const finished = new Promise<void>((resolve) => {
      worker.on('message', (m: TaskMessage) => onMessage(m))
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
  return (task, onMessage) => {
    let cancelled = false
    const finished = new Promise<void>((resolve) => setImmediate(resolve)).then(() => executeTask(task, onMessage, () => cancelled))
    return { cancel: () => (cancelled = true), terminate: () => (cancelled = true), finished }
  }
}

/** The built worker beside the bundle (out/main/importWorker.js, also found from out/main/chunks), else inline. */
export function defaultRunner(baseDir: string = __dirname): Runner {
  const candidates = [path.join(baseDir, WORKER_FILE), path.join(baseDir, '..', WORKER_FILE)]
  const entry = candidates.find((f) => fs.existsSync(f))
  return entry ? workerRunner(entry) : inlineRunner()
}
