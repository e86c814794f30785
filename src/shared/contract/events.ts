// Events pushed from the engine (or a host) to every window or tab.
import type { DatasetInfo, JobStatus, UploadResult } from '../dataFiles'
import type { DatasetChange } from './method'

export interface Events {
  /** An applied change: its batch and the tables it touched (every table, batch 0, when another file opened). */
  'dataset.changed': DatasetChange
  /** Progress of a long job (import, preview): rows, rate, time left, and its end. */
  'job.progress': JobStatus
  /** Another dataset file is open now (or the open one was restored from a backup): reload everything. */
  'dataset.opened': DatasetInfo
  // --- Foundation/host: sent by a host, never by the engine (the browser host sends none)
  /** The desktop File menu asks the window to show a view: Import (with the file it uploaded) or Backups. */
  'app.command': { command: 'import' | 'backups'; upload?: UploadResult }
}
export type EventName = keyof Events
