// Raw row writes: insert, update of some cells, delete, each bumping the row version.
// No validation here (edits/apply.ts validates user input first); undo and redo replay logged rows through these.
import type { Row } from '../../shared/api'
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from './sql'
import { prepared } from './statements'

export type Values = Record<string, string | number | null>

/** The stored row, without reference labels (what the change log keeps). */
export function readStored(db: Db, table: TableName, id: number): Row | undefined {
  const cols = tableDef(table)
    .columns.map((c) => ident(c.name))
    .join(', ')
  return prepared(db, `SELECT ${cols} FROM ${ident(table)} WHERE id = ?`).get(id) as Row | undefined
}

/** Keep only registry columns, in registry order (the only names that may reach SQL). */
function knownEntries(table: TableName, values: Values): [string, string | number | null][] {
  return tableDef(table)
    .columns.filter((c) => Object.prototype.hasOwnProperty.call(values, c.name))
    .map((c) => [c.name, values[c.name] ?? null])
}

export function insertRow(db: Db, table: TableName, values: Values): number {
  const entries = knownEntries(table, values)
  const names = entries.map(([n]) => ident(n)).join(', ')
  const marks = entries.map(() => '?').join(', ')
  const sql = entries.length ? `INSERT INTO ${ident(table)} (${names}) VALUES (${marks})` : `INSERT INTO ${ident(table)} DEFAULT VALUES`
  const result = prepared(db, sql).run(...entries.map(([, v]) => v))
  return Number(result.lastInsertRowid)
}

export function updateCells(db: Db, table: TableName, id: number, values: Values): void {
  const entries = knownEntries(table, values).filter(([n]) => n !== 'id' && n !== 'version')
  if (!entries.length) return
  const sets = entries.map(([n]) => `${ident(n)} = ?`).join(', ')
  prepared(db, `UPDATE ${ident(table)} SET ${sets}, version = version + 1 WHERE id = ?`).run(...entries.map(([, v]) => v), id)
}

export function deleteRow(db: Db, table: TableName, id: number): void {
  prepared(db, `DELETE FROM ${ident(table)} WHERE id = ?`).run(id)
}
