// Entry of the import worker thread (built to out/main/importWorker.js): runs one task from workerData (an
// import, a preview, the integrity check after opening...) and posts its messages, or, started with a `feed`, is a
// big import's parse thread (feed.ts). Cancel is a flag in shared memory, so the busy import loop sees it at once.
// An import asks the engine for its snapshot just before it commits changes (the 'backup' message), and writes the
// snapshot's copy itself when the engine asks (a 'copy' message), so no second thread starts beside it.
import { parentPort, workerData } from 'node:worker_threads'
import { setNativeBinding } from '../db/connection'
import { EngineError } from '../errors'
import { produce, type FeedData } from './feed'
import { copyForBackup, executeTask, type BackupAnswer, type WorkerTask } from './task'

/** A task, its cancel flag, and this file (so an import can start it again as its parse thread). */
interface TaskData {
  task: WorkerTask
  cancel: SharedArrayBuffer
  entry?: string
}

/** The snapshot before an import's commit is the engine's: ask for it, write its copy when asked, and wait for the answer. */
function beforeCommit(datasetPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const port = parentPort
    if (!port) return resolve()
    const listen = (m: BackupAnswer): void => {
      if (m.type === 'copy') {
        void copyForBackup(datasetPath, m.target).then((answer) => port.postMessage(answer))
        return
      }
      port.off('message', listen)
      if (m.error) reject(new EngineError(m.error.code, m.error.message))
      else resolve()
    }
    port.on('message', listen)
    port.postMessage({ type: 'backup' })
  })
}

function runTask(data: TaskData): void {
  const flag = new Int32Array(data.cancel)
  setNativeBinding(data.task.nativeBinding) // this thread's connections load the build the engine loads
  void executeTask(
    data.task,
    (message) => parentPort?.postMessage(message),
    () => Atomics.load(flag, 0) === 1,
    { beforeCommit: () => beforeCommit(data.task.datasetPath), entry: data.entry }
  )
}

const started = workerData as TaskData | FeedData
if ('feed' in started) {
  setNativeBinding(started.feed.nativeBinding)
  void produce(started)
} else runTask(started)
