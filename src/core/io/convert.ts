// One file row -> the record(s) it becomes in the target table: raw cells picked by the plan (column, constant,
// translation, unpivot), then each value checked by the registry's cell rules (shared/validate.ts), references
// resolved, and figures' printed values read ("270,000", ">95", "NA", "W"). Problems name the field and column.
import { columnDef, type ColumnDef } from '../../shared/schema'
import { coerceCell, type CellValue } from '../../shared/validate'
import { cellText, isBlank, type Cell } from './layout'
import type { FieldPlan, Plan } from './plan'
import type { RefResolver } from './refs'
import type { SourceRow } from './source'
import type { Converted } from './converted'
import { deriveFigure, figureValue } from './figures'

export type { Converted, FieldProblem } from './converted'

const FLOW_SYNONYMS: Readonly<Record<string, string>> = { m: 'import', imports: 'import', x: 'export', exports: 'export', rm: 're-import', rx: 're-export' }

/** "1.234,5" -> "1234.5" for files that write a decimal comma. */
function decimalComma(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\.(?=\d{3}(\D|$))/g, '')
    .replace(',', '.')
}

interface Raw {
  value: CellValue | undefined
  column: string | null
}

/** What one cell value becomes in one column: the stored value, the preview's text and marks, or a problem. */
type FieldResult = { ok: true; value: string | number | null; label: string | number | null; marks?: Converted['marks'] } | { ok: false; message: string }

/**
 * Results of a column's cell values, so a value a file repeats (a country, a flow, a year) is checked and resolved
 * once: the same text always gives the same result (references are cached by the resolver too). A column whose
 * values rarely repeat (amounts) stops remembering once its first LOOK_AT lookups found fewer than half again.
 * Kept small on purpose: a few thousand long-lived entries made V8 keep ~100 MB more heap through a 1M-row import.
 */
class FieldMemo {
  static readonly MAX = 256
  static readonly LOOK_AT = 1024
  private readonly results = new Map<string | number, FieldResult>()
  private lookups = 0
  private hits = 0
  private on = true

  get(value: string | number): FieldResult | undefined {
    if (!this.on) return undefined
    const found = this.results.get(value)
    if (++this.lookups === FieldMemo.LOOK_AT && this.hits < FieldMemo.LOOK_AT / 2) {
      this.on = false
      this.results.clear()
    }
    if (found) this.hits++
    return found
  }

  set(value: string | number, result: FieldResult): void {
    if (this.on && this.results.size < FieldMemo.MAX) this.results.set(value, result)
  }
}

export class Converter {
  private readonly numeric = new Set(['number', 'integer', 'year'])
  /** Fill in `display` (the preview's text); off once the preview has its rows, to spare big imports the work. */
  display = true
  private readonly memos = new Map<string, FieldMemo>()
  /** The memo of each of the plan's fields, in its order (no lookup by name per cell). */
  private readonly fieldMemos: FieldMemo[]

  constructor(
    private readonly plan: Plan,
    private readonly resolver: RefResolver,
    private readonly decimal: '.' | ',',
    /** The table's footnotes by number, so a figure's note says what its footnote says. */
    private readonly footnotes: Readonly<Record<string, string>> = {}
  ) {
    this.fieldMemos = plan.fields.map((f) => this.memoOf(f.col.name))
  }

  /** Records for one row: none when the filter leaves it out, one per unpivoted column for wide tables. */
  convert(row: SourceRow): Converted[] {
    if (this.plan.filter && !this.plan.filter(row.cells)) return []
    const u = this.plan.unpivot
    if (!u) return [this.record(row, null)]
    const out: Converted[] = []
    for (const c of u.columns) {
      const cell = row.cells[c.index] ?? null
      if (isBlank(cell)) continue
      const extra = new Map<string, Raw>([[u.valueInto, { value: cell, column: c.header }]])
      for (const h of u.headerInto) {
        const header = c.header.replace(/(\D)\d{1,2}$/, '$1').trim()
        const values = this.plan.fields.find((f) => f.col.name === h)?.values
        extra.set(h, { value: values?.has(c.header) ? values.get(c.header)! : values?.has(header) ? values.get(header)! : header, column: c.header })
      }
      if (u.flagInto && c.flagIndex !== null) extra.set(u.flagInto, { value: row.cells[c.flagIndex] ?? null, column: c.header })
      out.push(this.record(row, extra))
    }
    return out
  }

  /** The cell's value for the field (constant, translation, prefix), without an object per cell. */
  private rawValue(f: FieldPlan, cells: readonly Cell[]): CellValue | undefined {
    if (f.index === null) return f.constant
    const cell = cells[f.index] ?? null
    if (isBlank(cell)) return f.constant !== undefined ? f.constant : null
    if (f.values) {
      const key = cellText(cell)
      if (f.values.has(key)) return f.values.get(key) ?? null
    }
    if (f.prefix) return `${f.prefix}${cellText(cell)}`
    return cell
  }

  private raw(f: FieldPlan, cells: readonly Cell[]): Raw {
    return { value: this.rawValue(f, cells), column: f.index === null ? null : f.column }
  }

  private record(row: SourceRow, extra: Map<string, Raw> | null): Converted {
    const rec: Converted = { row: row.row, values: {}, display: {}, problems: [] }
    const figures = this.plan.mapping.table === 'observation'
    let value: Raw | undefined
    let qualifier: Raw | undefined
    const fields = this.plan.fields
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!
      const name = f.col.name
      const given = extra?.get(name)
      if (figures && name === 'value') value = given ?? this.raw(f, row.cells)
      else if (figures && name === 'qualifier') qualifier = given ?? this.raw(f, row.cells)
      else if (given) this.field(rec, f.col, given.value, given.column)
      else this.field(rec, f.col, this.rawValue(f, row.cells), f.index === null ? null : f.column, this.fieldMemos[i])
    }
    if (extra) {
      for (const [name, raw] of extra) {
        if (this.plan.fields.some((f) => f.col.name === name)) continue
        const col = columnDef(this.plan.mapping.table, name)
        if (!col) continue
        if (figures && name === 'value') value = raw
        else if (figures && name === 'qualifier') qualifier = raw
        else this.field(rec, col, raw.value, raw.column)
      }
    }
    if (figures) {
      figureValue(rec, value, qualifier, this.decimal, this.plan.mapping.dash, this.footnotes)
      deriveFigure(rec, this.plan, this.resolver)
    }
    return rec
  }

  /** One cell into the record: checked by the column's rules, a reference resolved; `column` names it in a problem. */
  private field(rec: Converted, col: ColumnDef, given: CellValue | undefined, column: string | null, memoOfField?: FieldMemo): void {
    if (given === undefined) return
    const memo = typeof given === 'string' || typeof given === 'number' ? (memoOfField ?? this.memoOf(col.name)) : null
    let result = memo?.get(given as string | number)
    if (!result) {
      result = this.fieldResult(col, given)
      memo?.set(given as string | number, result)
    }
    if (!result.ok) return this.problem(rec, col, given, column, result.message)
    rec.values[col.name] = result.value
    if (this.display) rec.display[col.name] = result.label
    if (result.marks) rec.marks = result.marks
  }

  private memoOf(name: string): FieldMemo {
    let memo = this.memos.get(name)
    if (!memo) this.memos.set(name, (memo = new FieldMemo()))
    return memo
  }

  /** The column's rules (and a reference's resolution) applied to one cell value. */
  private fieldResult(col: ColumnDef, given: CellValue): FieldResult {
    let value = given
    if (typeof value === 'string') value = value.trim()
    if (typeof value === 'string' && this.numeric.has(col.type) && this.decimal === ',') value = decimalComma(value)
    if (typeof value === 'number' && (col.type === 'text' || col.type === 'longtext')) value = String(value)
    if (col.name === 'flow' && typeof value === 'string') value = FLOW_SYNONYMS[value.toLowerCase()] ?? value
    const coerced = coerceCell(col, value)
    if (!coerced.ok) return coerced
    if (col.type !== 'ref' || coerced.value === null) return { ok: true, value: coerced.value, label: coerced.value }
    const ref = this.resolver.resolve(col, coerced.value)
    if (!ref.ok) return ref
    return { ok: true, value: ref.id, label: ref.label, ...(ref.marks ? { marks: ref.marks } : {}) }
  }

  private problem(rec: Converted, col: ColumnDef, given: CellValue | undefined, column: string | null, message: string): void {
    rec.problems.push({ field: col.name, column, message, value: given === null || given === undefined ? undefined : String(given) })
    rec.display[col.name] = given === undefined || given === null ? null : typeof given === 'boolean' ? String(given) : given
  }
}
