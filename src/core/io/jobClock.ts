// A job's pace in words the UI can show: rows per second while rows are read, and the time left of the phase it
// can measure. Reading and importing count the file's bytes; building the indexes counts indexes, timed from the
// first index, and keeps the rate the rows came in at (no rows come in then, so a live rate would only fall).
import type { PipelineProgress } from './pipeline'

export interface Pace {
  rowsPerSecond: number
  /** Seconds left; null while there is nothing yet to measure by. */
  secondsLeft: number | null
}

export class JobClock {
  private phase = ''
  private phaseStartedMs: number
  private rowsPerSecond = 0

  constructor(private readonly startedMs: number) {
    this.phaseStartedMs = startedMs
  }

  pace(p: PipelineProgress, nowMs: number): Pace {
    if (p.phase !== this.phase) {
      this.phase = p.phase
      this.phaseStartedMs = nowMs
    }
    const rowsComing = p.phase === 'reading' || p.phase === 'importing'
    if (rowsComing) this.rowsPerSecond = Math.round(p.rowsDone / Math.max((nowMs - this.startedMs) / 1000, 0.001))
    return { rowsPerSecond: this.rowsPerSecond, secondsLeft: this.secondsLeft(p, nowMs) }
  }

  private secondsLeft(p: PipelineProgress, nowMs: number): number | null {
    const fraction = p.total > 0 ? p.done / p.total : 0
    if (p.phase === 'importing' && fraction > 0.01) {
      const seconds = Math.max((nowMs - this.startedMs) / 1000, 0.001)
      return Math.max(0, (seconds / fraction) * (1 - fraction))
    }
    if (p.phase === 'indexing' && p.done > 0) {
      const perIndex = (nowMs - this.phaseStartedMs) / 1000 / p.done
      return Math.max(0, perIndex * (p.total - p.done))
    }
    return null
  }
}
