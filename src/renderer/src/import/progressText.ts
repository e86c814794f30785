// The words of a running job: its phase as a heading (which index is being built) and the time left.
import type { JobStatus } from '../../../shared/dataFiles'

const PHASES: Record<string, string> = {
  'backing up': 'Taking a backup of the dataset as it was…',
  reading: 'Reading the file…',
  indexing: 'Building the indexes…',
  finishing: 'Saving…',
  cancelling: 'Cancelling…'
}

/** The heading of a running job: building the indexes says which of them (the bar then counts indexes). */
export function phaseTitle(job: JobStatus): string {
  if (job.phase === 'indexing' && job.bytesTotal > 0) return `Building the indexes (${Math.min(job.bytesDone + 1, job.bytesTotal)} of ${job.bytesTotal})…`
  return PHASES[job.phase] ?? 'Importing…'
}

export function duration(seconds: number | null): string {
  if (seconds === null) return 'estimating time left'
  if (seconds < 1) return 'under a second left'
  if (seconds < 60) return `about ${Math.ceil(seconds)} s left`
  return `about ${Math.ceil(seconds / 60)} min left`
}
