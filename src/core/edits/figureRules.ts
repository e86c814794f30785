// Rules a figure's value must meet beyond its column's type, checked on the whole row as it would be after the
// change: a share lies within 0-100 % unless its indicator measures growth or change (shared/validate.ts says how,
// so the grid refuses the same values instantly). Only reads the unit and indicator codes the row points at.
import type { TableName } from '../../shared/schema'
import { checkFigureValue } from '../../shared/validate'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

const WATCHED = new Set(['value', 'value_low', 'value_high', 'unit_id', 'indicator_id'])
const VALUES = [
  ['value', 'Value'],
  ['value_low', 'Low'],
  ['value_high', 'High']
] as const

function codeOf(db: Db, table: 'unit' | 'indicator', id: unknown): string | null {
  if (typeof id !== 'number') return null
  const row = prepared(db, table === 'unit' ? 'SELECT code FROM unit WHERE id = ?' : 'SELECT code FROM indicator WHERE id = ?').get(id) as
    { code: string } | undefined
  return row?.code ?? null
}

/** The first rule the row breaks, with the column to report it on; null when it meets them all. */
export function figureRowProblem(
  db: Db,
  table: TableName,
  row: Readonly<Record<string, unknown>>,
  changed: readonly string[]
): { column: string; message: string } | null {
  if (table !== 'observation' || !changed.some((c) => WATCHED.has(c))) return null
  const figure = { unit: codeOf(db, 'unit', row.unit_id), indicator: codeOf(db, 'indicator', row.indicator_id) }
  for (const [column, label] of VALUES) {
    const value = row[column]
    if (typeof value !== 'number') continue
    const checked = checkFigureValue(value, figure, label)
    if (!checked.ok) return { column: changed.includes(column) ? column : (changed.find((c) => WATCHED.has(c)) ?? column), message: checked.message }
  }
  return null
}
