// Judging one pasted cell for its column: spreadsheet habits and the registry's rules (shared/pasted.ts),
// references resolved by code or name (remembered for the rest of the paste), and quantities typed at a
// shown scale (kt) converted to the row's own unit (t REO). Answers a value to store or a sentence.
import { fromScale, type ScaleChoice } from '../../shared/displayUnits'
import { coercePasted } from '../../shared/pasted'
import { columnDef, tableDef, type ColumnDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { resolveRef } from '../tables/refs'
import { prepared } from '../tables/statements'
import type { Values } from '../tables/write'

export type Judged = { ok: true; value: string | number | null } | { ok: false; message: string }
export type CellJudge = (cell: { column: string; value: string | number | boolean | null }, row: Values) => Judged

function unitCode(db: Db, memo: Map<number, string | null>, id: unknown): string | null {
  if (typeof id !== 'number') return null
  if (!memo.has(id))
    memo.set(id, (prepared(db, 'SELECT code AS unit_code FROM unit WHERE id = ?').get(id) as { unit_code: string } | undefined)?.unit_code ?? null)
  return memo.get(id) ?? null
}

function rescaled(col: ColumnDef, value: number, unit: string | null, choice: ScaleChoice): Judged {
  if (unit === null)
    return {
      ok: false,
      message: `This row has no unit, so a value in ${choice} cannot be stored in ${col.label}. Set its unit first, or show the column in its stored units.`
    }
  const back = fromScale(value, unit, choice)
  return back.ok ? { ok: true, value: back.value } : { ok: false, message: `${back.message} It was pasted as ${value} ${choice}.` }
}

export function createCellJudge(db: Db, table: TableName, scales: Record<string, string>): CellJudge {
  const refs = new Map<string, Judged>()
  const units = new Map<number, string | null>()
  return (cell, row) => {
    const col = columnDef(table, cell.column)
    if (!col) return { ok: false, message: `${tableDef(table).label} has no column "${cell.column.slice(0, 64)}".` }
    const coerced = coercePasted(col, cell.value)
    if (!coerced.ok || coerced.value === null) return coerced
    if (col.type === 'ref') {
      const key = `${col.name}:${typeof coerced.value}:${coerced.value}`
      let judged = refs.get(key)
      if (!judged) {
        const resolved = resolveRef(db, col, coerced.value)
        judged = resolved.ok ? { ok: true, value: resolved.id } : resolved
        refs.set(key, judged)
      }
      return judged
    }
    const choice = scales[col.name] as ScaleChoice | undefined
    if (choice && typeof coerced.value === 'number') {
      const unit = col.unitColumn ? unitCode(db, units, row[col.unitColumn]) : (col.unit ?? null)
      return rescaled(col, coerced.value, unit, choice)
    }
    return coerced
  }
}

/** Unit columns first, so a quantity pasted beside its unit is converted to the unit pasted with it. */
export function unitColumnsFirst<T extends { column: string }>(table: TableName, cells: T[]): T[] {
  const unitColumns = new Set(tableDef(table).columns.flatMap((c) => (c.unitColumn ? [c.unitColumn] : [])))
  return [...cells].sort((a, b) => Number(unitColumns.has(b.column)) - Number(unitColumns.has(a.column)))
}
