// The converting half of an import: each file row becomes items (a malformed row, a heading, a row the filter
// leaves out, or its converted records) for the writing half, in file order. The same code runs in the import's
// own thread or in a parse thread (feed.ts); batches cross threads as flat arrays, one object per odd row only.
import { PREVIEW_ROWS } from '../../shared/dataFiles'
import type { Values } from '../tables/write'
import type { Converted } from './converted'
import type { Converter } from './convert'
import type { PendingRef } from './refs'
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

/** Items of about this many file rows go in one batch. */
export const BATCH_ROWS = 4096

/**
 * A batch on the wire: `flat` holds, per item, 0 then a plain record (file row, shape number, its values in the
 * shape's order), or 1 for the next entry of `odd` (anything with problems, preview text, marks, or not a record).
 */
export interface ItemBatch {
  flat: (string | number | null)[]
  odd: RowItem[]
  /** Key lists first used in this batch (shape numbers go on from the previous batches'). */
  shapes: string[][]
  pending: PendingRef[]
  /** Bytes read when the batch was closed. */
  progress: number
  rows: number
}

function plain(rec: Converted): boolean {
  if (rec.problems.length || rec.marks) return false
  for (const _ in rec.display) return false
  return true
}

export class BatchEncoder {
  private readonly shapeOf = new Map<string, number>()
  private batch: ItemBatch = { flat: [], odd: [], shapes: [], pending: [], progress: 0, rows: 0 }

  add(item: RowItem): void {
    const flat = this.batch.flat
    if (item.kind !== 'record' || !plain(item.rec)) {
      flat.push(1)
      this.batch.odd.push(item)
      return
    }
    const values = item.rec.values
    const keys = Object.keys(values)
    const name = keys.join('\u0001')
    let shape = this.shapeOf.get(name)
    if (shape === undefined) {
      shape = this.shapeOf.size
      this.shapeOf.set(name, shape)
      this.batch.shapes.push(keys)
    }
    flat.push(0, item.rec.row, shape)
    for (const k of keys) flat.push(values[k]!)
  }

  addPending(p: PendingRef): void {
    this.batch.pending.push(p)
  }

  /** Counts a file row into the batch; true when the batch is full. */
  row(): boolean {
    return ++this.batch.rows >= BATCH_ROWS
  }

  take(progress: number): ItemBatch {
    const out = { ...this.batch, progress }
    this.batch = { flat: [], odd: [], shapes: [], pending: [], progress: 0, rows: 0 }
    return out
  }
}

export class BatchDecoder {
  private readonly shapes: string[][] = []

  /** Calls `visit` for each item of the batch, in order; stops (false) when `visit` says so. */
  each(batch: ItemBatch, visit: (item: RowItem) => void): void {
    for (const s of batch.shapes) this.shapes.push(s)
    const flat = batch.flat
    let odd = 0
    for (let i = 0; i < flat.length;) {
      if (flat[i++] === 1) {
        visit(batch.odd[odd++]!)
        continue
      }
      const row = flat[i++] as number
      const keys = this.shapes[flat[i++] as number]!
      const values: Values = {}
      for (const k of keys) values[k] = flat[i++]!
      visit({ kind: 'record', rec: { row, values, display: {}, problems: [] } })
    }
  }
}
