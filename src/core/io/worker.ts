// Entry of the import worker thread (built to out/main/importWorker.js): runs one task from workerData (an
// import, a preview, or the integrity check after opening) and posts its messages. Cancel is a flag in shared memory, so the busy import loop sees it without yielding.
// An import asks the engine for its snapshot just before it commits changes (the 'backup' message), and writes the
// snapshot's copy itself when the engine asks (a 'copy' message), so no second thread starts beside it.
import { parentPort, workerData } from 'node:worker_threads'
import { setNativeBinding } from '../db/connection'
import { EngineError } from '../errors'
import { copyForBackup, executeTask, type BackupAnswer, type WorkerTask } from './task'

const data = workerData as { task: WorkerTask; cancel: SharedArrayBuffer }
const flag = new Int32Array(data.cancel)
setNativeBinding(data.task.nativeBinding) // this thread's connections load the build the engine loads

/** The snapshot before an import's commit is the engine's: ask for it, write its copy when asked, and wait for the answer. */
const beforeCommit = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const port = parentPort
    if (!port) return resolve()
    const listen = (m: BackupAnswer): void => {
      if (m.type === 'copy') {
        void copyForBackup(data.task.datasetPath, m.target).then((answer) => port.postMessage(answer))
        return
      }
      port.off('message', listen)
      if (m.error) reject(new EngineError(m.error.code, m.error.message))
      else resolve()
    }
    port.on('message', listen)
    port.postMessage({ type: 'backup' })
  })

void executeTask(
  data.task,
  (message) => parentPort?.postMessage(message),
  () => Atomics.load(flag, 0) === 1,
  { beforeCommit }
)
