// What the engine lends the file handlers: reopen another dataset (or the same one after a restore), the
// upload store, the import jobs, the lock holder, the recent-files list and Start's first-open marks.
// Implemented by datasets/session.ts.
import type { DatasetInfo, IntegrityState, LockHolder, RecentDataset } from '../../shared/dataFiles'
import type { JobManager } from '../io/jobs'
import type { UploadStore } from '../io/uploads'

export interface DatasetControl {
  readonly uploads: UploadStore
  readonly jobs: JobManager
  /** The better-sqlite3 build import workers must load (Electron has its own). */
  readonly nativeBinding?: string
  /** Writes a consistent copy of the open dataset to `target` (a new file), in the worker thread when there is one. */
  copy(target: string): Promise<void>
  /** The ids of a view in its order (SQL text from core/grid), sorted off the thread that answers the UI. */
  orderIds(sql: string, params: (string | number | null)[]): Promise<Int32Array>
  /** The dataset open now (after a reopen, the handlers that asked are already replaced). */
  current(): DatasetInfo
  /** Who holds the file for writing, when this instance opened it read-only because of that. */
  heldBy(): LockHolder | null
  /** Why the dataset is read-only ("held by ...", "the file is read-only on disk"), or null. */
  readOnlyReason(): string | null
  /** The integrity check after opening: its state, and why it could not run (when it could not). */
  integrity(): { state: IntegrityState; note: string | null }
  recent(): RecentDataset[]
  /** Marks the open dataset's Start view as shown; true the first time for this file (welcomed.ts). */
  welcome(): boolean
  /** Before Save As continues in `target`: a copy of a welcomed dataset is welcomed too. */
  welcomeCopy(target: string): void
  /** Close the open dataset and open `file` (creating it first when asked). Emits dataset.opened. */
  reopen(file: string, create?: 'empty' | 'starter'): void
  /** Close the dataset, run `change` on its closed file, and open it again (restore). */
  withClosed(change: () => void): void
}
