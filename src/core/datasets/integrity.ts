// Work on the whole file that must not hold up the thread answering the UI, done by the import worker: the
// integrity check (PRAGMA quick_check) of a dataset just opened, run after the first page is on screen (until it
// has passed, methods that could write wait for it; reads go ahead; a damaged file is reopened read-only,
// saying why), consistent copies of the dataset (backups, Save As), and the order of a big view SQLite cannot
// page by index (grid/order.ts).
import { kindOf, type Method } from '../../shared/api'
import { nativeBinding } from '../db/connection'
import type { Runner } from '../io/runners'
import type { TaskMessage, WorkerTask } from '../io/task'

/** Methods that only read (their kind in the contract) never wait for the check. Everything else may write, so it waits. */
export function mayWrite(method: Method): boolean {
  return kindOf(method) !== 'read'
}

/** How the check after opening ended: the file is sound, damaged (why), or the check could not run (why). */
export type CheckOutcome = { state: 'ok' } | { state: 'damaged'; problem: string } | { state: 'not-run'; reason: string }

/**
 * Resolves with the outcome; never rejects. Only a check that ran and found a problem says "damaged": a worker
 * that could not start (a missing native module, a broken install) or stopped says "not-run", with its message.
 */
export function checkInBackground(runner: Runner, datasetPath: string): { done: Promise<CheckOutcome>; stop(): void } {
  let outcome: CheckOutcome | null = null
  const running = runner({ kind: 'check', datasetPath, nativeBinding: nativeBinding() }, (m) => {
    if (m.type === 'checked') outcome = m.problem === null ? { state: 'ok' } : { state: 'damaged', problem: m.problem }
    else if (m.type === 'error') outcome = { state: 'not-run', reason: m.error.message }
  })
  const ended = (): CheckOutcome => outcome ?? { state: 'not-run', reason: 'the check stopped before it finished' }
  return {
    done: running.finished.then(ended, (e: unknown) => ({ state: 'not-run', reason: (e as Error).message ?? String(e) })),
    stop: () => running.terminate()
  }
}

/** Runs one task and resolves with what `answer` picks from its messages; rejects with its error, or `unfinished`. */
function answerOf<T>(runner: Runner, task: WorkerTask, answer: (m: TaskMessage) => T | undefined, unfinished: string): Promise<T> {
  let value: T | undefined
  let failure: Error | null = null
  const running = runner(task, (m) => {
    if (m.type === 'error') failure = new Error(m.error.message)
    else value = answer(m) ?? value
  })
  return running.finished.then(() => {
    if (failure) throw failure
    if (value === undefined) throw new Error(unfinished)
    return value
  })
}

/** A consistent copy of the dataset to `target` through the runner (the worker thread in the app). */
export async function copyInBackground(runner: Runner, datasetPath: string, target: string): Promise<void> {
  await answerOf(
    runner,
    { kind: 'copy', datasetPath, target, nativeBinding: nativeBinding() },
    (m) => (m.type === 'copied' ? true : undefined),
    'the copy stopped before it finished'
  )
}

/** The ids of a view in its order, sorted by the runner (the worker thread in the app) on a read-only connection. */
export function orderInBackground(runner: Runner, datasetPath: string, sql: string, params: (string | number | null)[]): Promise<Int32Array> {
  return answerOf(
    runner,
    { kind: 'order', datasetPath, sql, params, nativeBinding: nativeBinding() },
    (m) => (m.type === 'ordered' ? m.ids : undefined),
    'the sort stopped before it finished'
  )
}
