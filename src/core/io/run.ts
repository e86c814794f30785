// One pass of an import over the file's records: each is checked (required fields), matched and written (or
// only matched, in a dry run) through the ImportWriter, counted in the Tally, and the first ones kept for the
// preview. Keys the file repeats are noted, so the pipeline can run a second pass that lists them all.
import type { ImportProblem, Mapping, PreviewRow } from '../../shared/dataFiles'
import { PREVIEW_ROWS } from '../../shared/dataFiles'
import { tableDef } from '../../shared/schema'
import type { Converted } from './convert'
import type { RowItem } from './items'
import { keyColumns, keyInWords, repeatHint } from './keys'
import type { PendingRef, RefResolver } from './refs'
import type { ImportWriter } from './write'
import { markEdited } from './analystEdits'
import type { Values } from '../tables/write'
import { Tally } from './tally'
import type { SuspendedIndexes } from './bulk'
import type { Wording, WordingSurvey } from './wording'

/** What a pass needs of the pipeline's options. */
export interface RunOptions {
  mode: 'all' | 'valid'
  dryRun: boolean
}

function previewRow(rec: Converted, status: PreviewRow['status'], note?: string): PreviewRow {
  const problems: Record<string, string> = {}
  for (const p of rec.problems) problems[p.field] = p.message
  return { row: rec.row, status, values: rec.display, problems, ...(note ? { note } : {}) }
}

export class Run {
  readonly tally = new Tally()
  readonly rows: PreviewRow[] = []
  private readonly required: string[]
  private readonly refFields: string[]
  private readonly refTables: Map<string, string>
  private readonly keys: readonly string[]
  private writing = true
  /** File row of the last item taken (-1: a row the filter left out). */
  private lastRow = -1
  /** Keys the file repeats -> every file row with that key (found in this pass). */
  readonly repeats = new Map<string, number[]>()

  constructor(
    private readonly mapping: Mapping,
    private readonly resolver: RefResolver,
    private readonly writer: ImportWriter,
    private readonly options: RunOptions,
    /** Keys a first pass found repeated (rule 'list'): every row with one is left out and listed. */
    private readonly leaveOut: Map<string, number[]> | null = null,
    /** Figures: the mapping's subjects in the dataset's words, applied to each record; or a survey proposing them. */
    private readonly words: { wording: Wording | null; survey: WordingSurvey | null } = { wording: null, survey: null }
  ) {
    const def = tableDef(mapping.table)
    this.required = def.columns.filter((c) => c.required).map((c) => c.name)
    this.refFields = def.columns.filter((c) => c.type === 'ref').map((c) => c.name)
    this.refTables = new Map(def.columns.filter((c) => c.type === 'ref').map((c) => [c.name, c.ref!]))
    this.keys = keyColumns(mapping)
  }

  /** A reference row the parse thread found missing (its records carry the pending id). */
  adoptPending(p: PendingRef): void {
    this.resolver.adopt(p)
  }

  private show(row: PreviewRow): void {
    if (this.rows.length < PREVIEW_ROWS) this.rows.push(row)
  }

  /** A record's preview row, made only while the preview still takes rows (not a million times). */
  private showRecord(rec: Converted, status: PreviewRow['status'], note?: string): void {
    if (this.rows.length >= PREVIEW_ROWS) return
    const row = previewRow(rec, status, note)
    const edited = this.writer.lastEdited
    this.rows.push(edited && (status === 'update' || status === 'unchanged') ? markEdited(row, edited, this.writer.analystEdits.keep, this.refFields) : row)
  }

  /** One item of the file (items.ts). Between file rows, a refused import stops writing (checkWriting). */
  take(item: RowItem): void {
    const row = item.kind === 'skip' ? -1 : item.kind === 'record' ? item.rec.row : item.row
    if (row !== this.lastRow || row === -1) this.checkWriting()
    this.lastRow = row
    if (item.kind === 'error') {
      this.tally.invalid(item.row, { row: item.row, column: null, field: null, message: `Row ${item.row}: ${item.error}` })
      this.show({ row: item.row, status: 'invalid', values: {}, problems: {}, note: item.error })
      return
    }
    if (item.kind === 'heading') {
      this.tally.skip()
      this.show({ row: item.row, status: 'skipped', values: {}, problems: {}, note: 'A heading inside the table; skipped.' })
      return
    }
    if (item.kind === 'skip') return this.tally.skip()
    this.record(item.rec)
  }

  private record(rec: Converted): void {
    this.words.wording?.apply(rec)
    for (const name of this.required) {
      const v = rec.values[name]
      if ((v === undefined || v === null || v === '') && !rec.problems.some((p) => p.field === name)) {
        rec.problems.push({
          field: name,
          column: null,
          message: `${tableDef(this.mapping.table).columns.find((c) => c.name === name)!.label} is required, and this row gives no value for it.`
        })
      }
    }
    if (rec.problems.length) {
      this.tally.invalid(
        rec.row,
        ...rec.problems.map((p): ImportProblem => ({
          row: rec.row,
          column: p.column,
          field: p.field,
          message: p.message,
          ...(p.value !== undefined ? { value: p.value } : {})
        }))
      )
      return this.showRecord(rec, 'invalid')
    }
    this.words.survey?.look(rec.values)
    this.write(rec)
  }

  private write(rec: Converted): void {
    const repeated = this.leaveOut?.get(this.keyFor(rec.values))
    if (repeated) {
      const message = repeatMessage(rec.row, repeated, keyInWords(this.mapping.table, this.keys)) + repeatHint(this.mapping.table, this.keys)
      this.tally.invalid(rec.row, { row: rec.row, column: null, field: null, message })
      return this.showRecord(rec, 'invalid', message)
    }
    if (!this.writing) {
      this.tally.valid()
      return this.showRecord(rec, 'new')
    }
    for (const f of this.refFields) {
      const v = rec.values[f]
      if (typeof v === 'number' && v < 0) rec.values[f] = this.resolver.realise(v, this.writer.createReference)
    }
    const outcome = this.writer.upsert(rec.values, rec.row)
    if (typeof outcome === 'object' && 'otherSource' in outcome) {
      const def = tableDef(this.mapping.table)
      const message = `Row ${rec.row} matches ${def.singular} ${outcome.rowId}, whose values come from source ${outcome.otherSource}, so it was not updated: a row never holds values from two sources. Map this file's source to ${outcome.otherSource}, or give the row a different name or code.`
      this.tally.invalid(rec.row, { row: rec.row, column: null, field: 'source_id', message })
      return this.showRecord(rec, 'invalid', message)
    }
    if (typeof outcome === 'object') {
      this.noteRepeat(this.keyFor(rec.values), outcome.duplicateOf, rec.row) // a duplicate's values are as they came
      const message = `Row ${rec.row} has the same ${keyInWords(this.mapping.table, this.keys)} as row ${outcome.duplicateOf}; the first row of the key was kept (rule: keep the first).`
      this.tally.invalid(rec.row, { row: rec.row, column: null, field: null, message })
      return this.showRecord(rec, 'invalid', message)
    }
    this.tally.valid()
    this.tally.count(outcome)
    this.showRecord(rec, outcome)
  }

  /** The record's key with references this import adds as their pending ids, the same in both passes. */
  private keyFor(values: Values): string {
    let key = ''
    for (let i = 0; i < this.keys.length; i++) {
      const c = this.keys[i]!
      const ref = this.refTables.get(c)
      const v = values[c]
      key += (i ? '\u0001' : '') + String((ref && typeof v === 'number' ? this.resolver.stableId(ref, v) : v) ?? '')
    }
    return key
  }

  private noteRepeat(key: string, first: number, row: number): void {
    const rows = this.repeats.get(key) ?? [first]
    if (!rows.includes(row)) rows.push(row)
    this.repeats.set(key, rows)
  }

  /**
   * The deferred key index found new rows repeating a key: each becomes an invalid row (it was counted new), is
   * taken out, and the key index is built without it (in mode 'all' the import is refused, so nothing is taken out).
   */
  leaveOutRepeats(indexes: SuspendedIndexes): void {
    const repeats = this.writer.repeatedRows()
    for (const r of repeats) {
      this.noteRepeat(this.keyFor(this.writer.rowOfNew(r.id)), r.duplicateOf, r.row)
      const message = `Row ${r.row} has the same ${keyInWords(this.mapping.table, this.keys)} as row ${r.duplicateOf}; the first row of the key was kept (rule: keep the first).`
      this.tally.demote(r.row, { row: r.row, column: null, field: null, message })
      const shown = this.rows.find((p) => p.row === r.row)
      if (shown) Object.assign(shown, { status: 'invalid', note: message })
    }
    if (this.options.mode === 'all') return // refused now, and rolled back: no need to take them out and index
    this.writer.removeNew(repeats.map((r) => r.id))
    if (!indexes.buildKeyIndex()) throw new Error('the natural-key index could not be built after leaving out the repeated rows')
  }

  /** In mode 'all' a real import stops writing at the first invalid row: it will be refused and rolled back. */
  checkWriting(): void {
    if (this.writing && !this.options.dryRun && this.options.mode === 'all' && this.tally.invalidCount > 0) this.writing = false
  }
}

/** Every row of a repeated key, when the file does not say which is right. */
function repeatMessage(row: number, rows: number[], key: string): string {
  const others = rows.filter((r) => r !== row)
  const list = others.length > 1 ? `rows ${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}` : `row ${others[0]}`
  return `Row ${row} has the same ${key} as ${list}, and row order cannot say which is right, so none of them was imported. Keep the right one in the file (or filter the rows), or state the rule "keep the first row" for repeated keys.`
}
