// Second sources: a new record for a flow or figure that another source already reports (the same key but for
// the source) is its own row beside the other's, and is noted here so the preview and the import say so ("N would
// add a second source for an existing flow"). Found by one query per record, or in bulk through a map read once.
import type { ImportTable } from '../../shared/dataFiles'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import type { Values } from '../tables/write'
import { keyOf, type BulkPlan } from './bulk'
import { keyCondition, reportedColumns } from './keys'

/** A new record for something another source already reports (the same key but for the source). */
export interface SecondSource {
  row: number
  existingId: number
  existingCode: string | null
  existingSource: string | null
  sameValue: boolean
}
/** Second sources listed (all are counted). */
export const MAX_SECOND_SOURCES = 500

/** Numbers equal to nine significant digits (a stored 2900.0 and a read 2900), other values strictly. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
  return (a ?? null) === (b ?? null)
}

/** True when a record reports what a stored row reports (figures with no number: the same printed code, NA). */
export function sameReport(table: ImportTable, stored: Values, values: Values): boolean {
  const columns = reportedColumns(table)
  if (!columns.every((c) => same(stored[c], values[c]))) return false
  if (table !== 'observation' || stored.value !== null) return true
  return (
    String(stored.value_text ?? '')
      .trim()
      .toUpperCase() ===
    String(values.value_text ?? '')
      .trim()
      .toUpperCase()
  )
}

/** A source's code for messages (its id when the row has gone). */
export function sourceCodeOf(db: Db, id: number | null): string | null {
  if (id === null) return null
  return (prepared(db, 'SELECT code FROM source WHERE id = ?').get(id) as { code: string } | undefined)?.code ?? String(id)
}

/** The file's new records that another source already reports: counted (repeats apart), and the first ones listed. */
export class OtherSources {
  count = 0
  sameValueCount = 0
  readonly listed: SecondSource[] = []
  private readonly stmt
  /** The columns read of another source's row: its id, source and what it reports. */
  private readonly columns: string
  /** In bulk: the table's keys without the source -> a row's id, source and reported values (read once, when first needed). */
  private bySourcelessKey: Map<string, Values[]> | null = null

  constructor(
    private readonly db: Db,
    private readonly table: ImportTable,
    /** The key's columns but the source. */
    private readonly keyColumns: readonly string[],
    /** Rows with a larger id are the import's own. */
    private readonly maxIdBefore: number,
    private readonly bulk: BulkPlan | null
  ) {
    const def = tableDef(table)
    const code = def.autoCode ? [def.autoCode.column] : []
    this.columns = ['id', 'source_id', ...code, ...reportedColumns(table), ...(table === 'observation' ? ['value_text'] : [])].map(ident).join(', ')
    this.stmt = db.prepare(`SELECT ${this.columns} FROM ${ident(table)} WHERE ${keyCondition(table, keyColumns)} AND source_id IS NOT ? ORDER BY id`)
  }

  /** Notes a new record whose flow or figure another source already reports (a conflicting figure, not an update). */
  note(values: Values, fileRow: number, sourcelessKey: string | null): void {
    const cols = this.keyColumns
    const source = (values.source_id as number | null | undefined) ?? null
    let others: Values[] = []
    if (this.bulk?.existing) {
      if (this.bulk.existing.size === 0) return
      others = (this.byKey().get(sourcelessKey ?? keyOf(values, cols)) ?? []).filter((r) => (r.source_id ?? null) !== source)
    } else {
      others = (this.stmt.all(...cols.map((c) => values[c] ?? null), source) as Values[]).filter((r) => Number(r.id) <= this.maxIdBefore)
    }
    const found = others.find((r) => sameReport(this.table, r, values)) ?? others[0]
    if (!found) return
    const sameValue = sameReport(this.table, found, values)
    this.count++
    if (sameValue) this.sameValueCount++
    if (this.listed.length < MAX_SECOND_SOURCES)
      this.listed.push({
        row: fileRow,
        existingId: Number(found.id),
        existingCode: typeof found.code === 'string' ? found.code : null,
        existingSource: sourceCodeOf(this.db, (found.source_id as number | null) ?? null),
        sameValue
      })
  }

  private byKey(): Map<string, Values[]> {
    if (this.bySourcelessKey) return this.bySourcelessKey
    const map = new Map<string, Values[]>()
    const cols = this.keyColumns
    const sql = `SELECT ${this.columns}, ${cols.map(ident).join(', ')} FROM ${ident(this.table)} WHERE id <= ?`
    for (const row of this.db.prepare(sql).iterate(this.maxIdBefore) as IterableIterator<Values>) {
      const key = keyOf(row, cols)
      const list = map.get(key)
      if (list) list.push(row)
      else map.set(key, [row])
    }
    this.bySourcelessKey = map
    return map
  }
}
