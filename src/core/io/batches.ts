// The wire format of a big import's items between the parse thread (feed.ts) and the thread that writes: a batch
// of about BATCH_ROWS file rows whose plain records travel as numbers in typed arrays (moved, not copied), their
// strings once each in a table; only odd items (problems, preview text, marks, malformed rows, headings) as objects.
import type { Values } from '../tables/write'
import type { RowItem } from './items'
import type { PendingRef } from './refs'

/** Items of about this many file rows go in one batch. */
export const BATCH_ROWS = 4096

/** How a slot of `data` reads: a number, an index into `strings`, null, or absent. */
const NUMBER = 0
const STRING = 1
const NULL = 2
const UNDEFINED = 3

/**
 * A batch on the wire. `order` has one entry per item: 0 for the next plain record in `data` (its file row, its
 * shape number, then its values in the shape's order, each slot read as `tags` says), 1 for the next of `odd`.
 */
export interface ItemBatch {
  order: Uint8Array
  data: Float64Array
  tags: Uint8Array
  strings: string[]
  odd: RowItem[]
  /** Key lists first used in this batch (shape numbers go on from the previous batches'). */
  shapes: string[][]
  /** Reference rows the parse thread found missing, first used in this batch (their records carry the ids). */
  pending: PendingRef[]
  /** Bytes read when the batch was closed. */
  progress: number
  rows: number
}

/** The buffers a batch moves to the other thread (postMessage's transfer list). */
export function movedBuffers(batch: ItemBatch): ArrayBuffer[] {
  return [batch.order.buffer, batch.data.buffer, batch.tags.buffer] as ArrayBuffer[]
}

function plain(item: RowItem): item is Extract<RowItem, { kind: 'record' }> {
  if (item.kind !== 'record') return false
  const rec = item.rec
  if (rec.problems.length || rec.marks) return false
  for (const _ in rec.display) return false
  return true
}

export class BatchEncoder {
  private readonly shapeOf = new Map<string, number>()
  private lastKeys: string[] = []
  private lastShape = -1
  private order = new Uint8Array(BATCH_ROWS * 2)
  private data = new Float64Array(BATCH_ROWS * 16)
  private tags = new Uint8Array(BATCH_ROWS * 16)
  private items = 0
  private slots = 0
  private strings: string[] = []
  private stringAt = new Map<string, number>()
  private odd: RowItem[] = []
  private shapes: string[][] = []
  private pending: PendingRef[] = []
  private rows = 0

  add(item: RowItem): void {
    if (this.items === this.order.length) this.order = grown(this.order, this.order.length * 2)
    if (!plain(item)) {
      this.order[this.items++] = 1
      this.odd.push(item)
      return
    }
    this.order[this.items++] = 0
    const values = item.rec.values
    const shape = this.shapeFor(values)
    const keys = this.lastKeys
    this.room(2 + keys.length)
    this.put(item.rec.row)
    this.put(shape)
    for (let i = 0; i < keys.length; i++) this.put(values[keys[i]!])
  }

  addPending(p: PendingRef): void {
    this.pending.push(p)
  }

  /** Counts a file row into the batch; true when the batch is full. */
  row(): boolean {
    return ++this.rows >= BATCH_ROWS
  }

  take(progress: number): ItemBatch {
    const batch: ItemBatch = {
      order: this.order.slice(0, this.items),
      data: this.data.slice(0, this.slots),
      tags: this.tags.slice(0, this.slots),
      strings: this.strings,
      odd: this.odd,
      shapes: this.shapes,
      pending: this.pending,
      progress,
      rows: this.rows
    }
    this.items = this.slots = this.rows = 0
    this.strings = []
    this.stringAt = new Map()
    this.odd = []
    this.shapes = []
    this.pending = []
    return batch
  }

  /** The record's shape number (its keys in order); the last shape is checked first, as records mostly repeat it. */
  private shapeFor(values: Values): number {
    const last = this.lastKeys
    let i = 0
    let same = true
    for (const k in values) {
      if (last[i++] !== k) {
        same = false
        break
      }
    }
    if (same && i === last.length && this.lastShape >= 0) return this.lastShape
    const keys = Object.keys(values)
    const name = keys.join('\u0001')
    let shape = this.shapeOf.get(name)
    if (shape === undefined) {
      shape = this.shapeOf.size
      this.shapeOf.set(name, shape)
      this.shapes.push(keys)
    }
    this.lastKeys = keys
    this.lastShape = shape
    return shape
  }

  private room(n: number): void {
    if (this.slots + n <= this.data.length) return
    const size = Math.max(this.data.length * 2, this.slots + n)
    const data = new Float64Array(size)
    data.set(this.data)
    this.data = data
    this.tags = grown(this.tags, size)
  }

  private put(v: string | number | null | undefined): void {
    const at = this.slots++
    if (typeof v === 'number') {
      this.tags[at] = NUMBER
      this.data[at] = v
    } else if (typeof v === 'string') {
      let s = this.stringAt.get(v)
      if (s === undefined) {
        s = this.strings.length
        this.strings.push(v)
        this.stringAt.set(v, s)
      }
      this.tags[at] = STRING
      this.data[at] = s
    } else this.tags[at] = v === null ? NULL : UNDEFINED
  }
}

function grown(a: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size)
  b.set(a)
  return b
}

export class BatchDecoder {
  private readonly shapes: string[][] = []

  /** Calls `visit` for each item of the batch, in order. */
  each(batch: ItemBatch, visit: (item: RowItem) => void): void {
    for (const s of batch.shapes) this.shapes.push(s)
    const { order, data, tags, strings, odd } = batch
    let slot = 0
    let nextOdd = 0
    for (let i = 0; i < order.length; i++) {
      if (order[i] === 1) {
        visit(odd[nextOdd++]!)
        continue
      }
      const row = data[slot++]!
      const keys = this.shapes[data[slot++]!]!
      const values: Values = {}
      for (let k = 0; k < keys.length; k++, slot++) {
        const tag = tags[slot]
        if (tag === NUMBER) values[keys[k]!] = data[slot]!
        else if (tag === STRING) values[keys[k]!] = strings[data[slot]!]!
        else if (tag === NULL) values[keys[k]!] = null
        else values[keys[k]!] = undefined as never
      }
      visit({ kind: 'record', rec: { row, values, display: {}, problems: [] } })
    }
  }
}
