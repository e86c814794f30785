// Entry of the import worker thread (built to out/main/importWorker.js): runs one task from workerData (an
// import, a preview, or the integrity check after opening) and posts its messages. Cancel is a flag in shared memory, so the busy import loop sees it without yielding.
// An import asks the engine for its snapshot just before it commits changes (the 'backup' message).
import { parentPort, workerData } from 'node:worker_threads'
import { setNativeBinding } from '../db/connection'
import { EngineError } from '../errors'
import { executeTask, type BackupAnswer, type WorkerTask } from './task'

const data = workerData as { task: WorkerTask; cancel: SharedArrayBuffer }
const flag = new Int32Array(data.cancel)
setNativeBinding(data.task.nativeBinding) // this thread's connections load the build the engine loads

/** The snapshot before an import's commit is the engine's: ask for it, and wait for the answer. */
const beforeCommit = (): Promise<void> =>
  new Promise((resolve, reject) => {
    parentPort?.once('message', (m: BackupAnswer) => (m.error ? reject(new EngineError(m.error.code, m.error.message)) : resolve()))
    parentPort?.postMessage({ type: 'backup' })
  })

void executeTask(
  data.task,
  (message) => parentPort?.postMessage(message),
  () => Atomics.load(flag, 0) === 1,
  { beforeCommit }
)
