// References between tables: resolving what an analyst typed in a reference cell ("IND", "India", 42)
// to a row id, and finding the rows that still point at a row before it may be deleted.
import { TABLES, tableDef, type ColumnDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from './sql'
import { prepared } from './statements'

/** The text columns a typed reference may match, most specific first. */
function matchColumns(table: TableName): string[] {
  const def = tableDef(table)
  return ['code', 'symbol', def.labelColumn, 'name', 'title'].filter(
    (n, i, all) => all.indexOf(n) === i && def.columns.some((c) => c.name === n && c.type === 'text')
  )
}

/** The id for a reference value, or a sentence saying why there is none. */
export function resolveRef(db: Db, col: ColumnDef, value: string | number): { ok: true; id: number } | { ok: false; message: string } {
  const target = col.ref as TableName
  const def = tableDef(target)
  if (typeof value === 'number') {
    const found = prepared(db, `SELECT id FROM ${ident(target)} WHERE id = ?`).get(value)
    return found ? { ok: true, id: value } : { ok: false, message: `There is no ${def.singular} with id ${value}. Choose one from ${def.label}.` }
  }
  for (const column of matchColumns(target)) {
    const rows = prepared(db, `SELECT id FROM ${ident(target)} WHERE ${ident(column)} = ? COLLATE NOCASE LIMIT 2`).all(value) as { id: number }[]
    if (rows.length === 1) return { ok: true, id: rows[0]!.id }
  }
  return { ok: false, message: `"${value}" is not a known ${def.singular}. Choose one from ${def.label}, or add it there first.` }
}

/** Tables and columns that refer to the given table (from the registry). */
export function referrers(table: TableName): { table: TableName; column: string }[] {
  return TABLES.flatMap((t) => t.columns.filter((c) => c.type === 'ref' && c.ref === table).map((c) => ({ table: t.name, column: c.name })))
}

/** Rows owned by a row that go with it when it is deleted (and come back with it on undo). */
export const OWNED_CHILDREN: Partial<Record<TableName, { table: TableName; column: string }[]>> = {
  assessment: [{ table: 'assessment_evidence', column: 'assessment_id' }],
  scenario: [{ table: 'scenario_assumption', column: 'scenario_id' }]
}

/** Counts of rows elsewhere still pointing at this row, excluding owned children. */
export function blockingReferences(db: Db, table: TableName, id: number): { table: TableName; count: number }[] {
  const owned = new Set((OWNED_CHILDREN[table] ?? []).map((c) => `${c.table}.${c.column}`))
  const result: { table: TableName; count: number }[] = []
  for (const ref of referrers(table)) {
    if (owned.has(`${ref.table}.${ref.column}`)) continue
    const n = (prepared(db, `SELECT count(*) AS n FROM ${ident(ref.table)} WHERE ${ident(ref.column)} = ?`).get(id) as { n: number }).n
    if (n > 0) {
      const existing = result.find((r) => r.table === ref.table)
      if (existing) existing.count += n
      else result.push({ table: ref.table, count: n })
    }
  }
  return result
}

export function ownedChildIds(db: Db, table: TableName, id: number): { table: TableName; id: number }[] {
  return (OWNED_CHILDREN[table] ?? []).flatMap((child) =>
    (prepared(db, `SELECT id FROM ${ident(child.table)} WHERE ${ident(child.column)} = ? ORDER BY id`).all(id) as { id: number }[]).map((r) => ({
      table: child.table,
      id: r.id
    }))
  )
}
