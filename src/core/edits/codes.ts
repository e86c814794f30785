// Automatic codes for new rows (F0481, FAC004, G7): the table's prefix and the next free number.
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'

export function nextCode(db: Db, table: TableName): string | null {
  const auto = tableDef(table).autoCode
  if (!auto) return null
  const col = ident(auto.column)
  const start = auto.prefix.length + 1
  const sql = `SELECT max(CAST(substr(${col}, ${start}) AS INTEGER)) AS n FROM ${ident(table)} WHERE ${col} GLOB ? AND substr(${col}, ${start}) NOT GLOB '*[^0-9]*'`
  const row = prepared(db, sql).get(`${auto.prefix}[0-9]*`) as { n: number | null }
  return `${auto.prefix}${String((row.n ?? 0) + 1).padStart(auto.digits, '0')}`
}
