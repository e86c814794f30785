// The converting half of an import: each file row becomes items (a malformed row, a heading, a row the filter
// leaves out, or its converted records) for the writing half (pipeline.ts), in file order. It never writes.
import { PREVIEW_ROWS } from '../../shared/dataFiles'
import type { Converted } from './converted'
import type { Converter } from './convert'
import type { SourceRow } from './source'

export type RowItem = { kind: 'error'; row: number; error: string } | { kind: 'heading'; row: number } | { kind: 'skip' } | { kind: 'record'; rec: Converted }

/** Turns source rows into items; the first rows' records carry their preview text (as many as the preview shows). */
export class RowConverter {
  /** Preview rows the writing half will have shown so far: one per malformed row, heading and record. */
  private shown = 0

  constructor(private readonly converter: Converter) {}

  items(row: SourceRow, emit: (item: RowItem) => void): void {
    if (row.error) {
      this.shown++
      return emit({ kind: 'error', row: row.row, error: row.error })
    }
    if (row.heading) {
      this.shown++
      return emit({ kind: 'heading', row: row.row })
    }
    this.converter.display = this.shown < PREVIEW_ROWS
    const records = this.converter.convert(row)
    if (records.length === 0) return emit({ kind: 'skip' })
    for (const rec of records) {
      this.shown++
      emit({ kind: 'record', rec })
    }
  }
}
