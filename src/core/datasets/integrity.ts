// Work on the whole file that must not hold up the thread answering the UI, done by the import worker: the
// integrity check (PRAGMA quick_check) of a dataset just opened, run after the first page is on screen (until it
// has passed, methods that could write wait for it; reads go ahead; a damaged file is reopened read-only,
// saying why), consistent copies of the dataset (backups, Save As), and the order of a big view SQLite cannot
// page by index (grid/order.ts).
import type { Method } from '../../shared/api'
import type { Runner } from '../io/runners'

/** Methods that only read: they never wait for the check. Everything else may write, so it waits. */
const READS = new Set<string>([
  'app.info',
  'tables.list',
  'rows.page',
  'rows.get',
  'rows.lookup',
  'rows.ids',
  'rows.position',
  'rows.find',
  'search.all',
  'grid.state',
  'history.state',
  'history.forRow',
  'datasets.info',
  'datasets.recent',
  'backups.list',
  'jobs.get'
])

export function mayWrite(method: Method): boolean {
  return !READS.has(method)
}

/** Resolves with null when the file is sound, else the problem in words; never rejects. */
export function checkInBackground(runner: Runner, datasetPath: string, nativeBinding?: string): { done: Promise<string | null>; stop(): void } {
  let problem: string | null = null
  const running = runner({ kind: 'check', datasetPath, nativeBinding }, (m) => {
    if (m.type === 'checked') problem = m.problem
    else if (m.type === 'error') problem = m.error.message
  })
  return { done: running.finished.then(() => problem, () => problem), stop: () => running.terminate() }
}

/** A consistent copy of the dataset to `target` through the runner (the worker thread in the app). */
export function copyInBackground(runner: Runner, datasetPath: string, target: string, nativeBinding?: string): Promise<void> {
  let failure: Error | null = null
  let copied = false
  const running = runner({ kind: 'copy', datasetPath, target, nativeBinding }, (m) => {
    if (m.type === 'copied') copied = true
    else if (m.type === 'error') failure = new Error(m.error.message)
  })
  return running.finished.then(() => {
    if (failure) throw failure
    if (!copied) throw new Error('the copy stopped before it finished')
  })
}

/** The ids of a view in its order, sorted by the runner (the worker thread in the app) on a read-only connection. */
export function orderInBackground(runner: Runner, datasetPath: string, sql: string, params: (string | number | null)[], nativeBinding?: string): Promise<Int32Array> {
  let ids: Int32Array | null = null
  let failure: Error | null = null
  const running = runner({ kind: 'order', datasetPath, sql, params, nativeBinding }, (m) => {
    if (m.type === 'ordered') ids = m.ids
    else if (m.type === 'error') failure = new Error(m.error.message)
  })
  return running.finished.then(() => {
    if (failure) throw failure
    if (!ids) throw new Error('the sort stopped before it finished')
    return ids
  })
}
