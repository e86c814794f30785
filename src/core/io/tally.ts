// Counts and problems of one import run: rows read, valid, invalid, new, updated, unchanged, skipped; the
// problems (kept up to a cap for the report) and the numbers of the invalid rows an import leaves out.
import type { ImportCounts, ImportProblem } from '../../shared/dataFiles'

/** Problems kept for the saved report. */
export const MAX_REPORTED = 50_000
/** Row numbers of skipped invalid rows kept for the summary. */
export const MAX_SKIPPED_ROWS = 1000

/** What the writer did with a record (write.ts). */
export type Outcome = 'new' | 'update' | 'unchanged'
/** A record whose key an earlier record of the same file already had. */
export interface Duplicate {
  duplicateOf: number
}
/** A record whose row (found by a key without the source) holds another source's values: not updated. */
export interface OtherSource {
  otherSource: string
  rowId: number
}

export interface TallySnapshot {
  counts: ImportCounts
  problems: ImportProblem[]
  problemCount: number
  skippedRows: number[]
  created: { table: string; label: string }[]
}

export class Tally {
  rowCount = 0
  validCount = 0
  invalidCount = 0
  newCount = 0
  updatedCount = 0
  unchangedCount = 0
  skippedCount = 0
  problemCount = 0
  private readonly problems: ImportProblem[] = []
  private readonly skippedRows: number[] = []

  valid(): void {
    this.rowCount++
    this.validCount++
  }

  invalid(row: number, ...problems: ImportProblem[]): void {
    this.rowCount++
    this.invalidCount++
    if (this.skippedRows.length < MAX_SKIPPED_ROWS) this.skippedRows.push(row)
    this.problemCount += problems.length
    for (const p of problems) if (this.problems.length < MAX_REPORTED) this.problems.push(p)
  }

  /** A row counted valid and new turns out invalid (it repeats the key of an earlier new row). */
  demote(row: number, problem: ImportProblem): void {
    this.validCount--
    this.newCount--
    this.rowCount--
    this.invalid(row, problem)
  }

  skip(): void {
    this.skippedCount++
  }

  count(outcome: Outcome): void {
    if (outcome === 'new') this.newCount++
    else if (outcome === 'update') this.updatedCount++
    else this.unchangedCount++
  }

  snapshot(created: { table: string; label: string }[] = []): TallySnapshot {
    return {
      counts: {
        rows: this.rowCount,
        valid: this.validCount,
        invalid: this.invalidCount,
        new: this.newCount,
        updated: this.updatedCount,
        unchanged: this.unchangedCount,
        skipped: this.skippedCount
      },
      problems: [...this.problems],
      problemCount: this.problemCount,
      skippedRows: [...this.skippedRows],
      created: [...created]
    }
  }
}
