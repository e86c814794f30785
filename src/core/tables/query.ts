// Reading rows: pages with sort and filters (run in SQL, values bound), one row, reference look-ups, counts.
// Every identifier comes from the registry via sql.ts; a filter's SQL text depends on its column and operator only.
import type { Page, ParsedInput, Row, LookupItem, TableSummary } from '../../shared/api'
import { TABLES, tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { columnExpression, ident, requireColumn, selectList } from './sql'
import { prepared } from './statements'

type PageInput = ParsedInput<'rows.page'>
type Filter = PageInput['filters'][number]

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

const NUMERIC = new Set(['number', 'integer', 'year', 'bool'])

/** What a filter may need beyond the row itself, given by the feature that reads (the tables layer computes none of it). */
export interface FilterContext {
  /** Ids of the figures in a conflict group, for the 'inConflict' filter. */
  conflictIds(): readonly number[]
}

function conflictClause(table: TableName, filter: Filter, context: FilterContext | undefined): { sql: string; params: unknown[] } {
  if (table !== 'observation' || filter.column !== 'id')
    throw new EngineError('invalid_input', 'The conflicts filter applies to Figures only (column id, no value).')
  if (!context) throw new EngineError('invalid_input', 'The conflicts filter cannot be used here.')
  return { sql: 't.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(context.conflictIds())] }
}

/** One WHERE clause and its bound values for a filter. */
export function filterClause(table: TableName, filter: Filter, context?: FilterContext): { sql: string; params: unknown[] } {
  if (filter.op === 'inConflict') return conflictClause(table, filter, context)
  const col = requireColumn(table, filter.column)
  const expr = columnExpression(table, filter.column)
  const numeric = NUMERIC.has(col.type) && col.type !== 'ref'
  const value = filter.value
  const needValue = (): string | number => {
    if (value === undefined || value === '') throw new EngineError('invalid_input', `The "${filter.op}" filter on ${col.label} needs a value.`)
    if (numeric) {
      const n = typeof value === 'number' ? value : Number(value)
      if (!Number.isFinite(n)) throw new EngineError('invalid_input', `The filter on ${col.label} needs a number; "${String(value)}" is not one.`)
      return n
    }
    return String(value)
  }
  switch (filter.op) {
    case 'blank':
      return { sql: `(${expr} IS NULL OR ${expr} = '')`, params: [] }
    case 'notBlank':
      return { sql: `(${expr} IS NOT NULL AND ${expr} <> '')`, params: [] }
    case 'contains':
      return { sql: `${expr} LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(String(needValue()))}%`] }
    case 'startsWith':
      return { sql: `${expr} LIKE ? ESCAPE '\\'`, params: [`${escapeLike(String(needValue()))}%`] }
    case 'equals':
      return numeric ? { sql: `${expr} = ?`, params: [needValue()] } : { sql: `${expr} = ? COLLATE NOCASE`, params: [needValue()] }
    case 'notEqual':
      return numeric
        ? { sql: `(${expr} IS NULL OR ${expr} <> ?)`, params: [needValue()] }
        : { sql: `(${expr} IS NULL OR ${expr} <> ? COLLATE NOCASE)`, params: [needValue()] }
    case 'lessThan':
      return { sql: `${expr} < ?`, params: [needValue()] }
    case 'greaterThan':
      return { sql: `${expr} > ?`, params: [needValue()] }
  }
}

export function buildPageSql(input: PageInput, context?: FilterContext): { sql: string; countSql: string; params: unknown[] } {
  const table = input.table
  const { columns, joins } = selectList(table)
  const clauses = input.filters.map((f) => filterClause(table, f, context))
  const where = clauses.length ? `WHERE ${clauses.map((c) => c.sql).join(' AND ')}` : ''
  const order = input.sort.map((s) => {
    requireColumn(table, s.column)
    return `${columnExpression(table, s.column)} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`
  })
  order.push(`t.id ${input.sort[0]?.dir === 'desc' ? 'DESC' : 'ASC'}`)
  const from = `FROM ${ident(table)} t ${joins}`
  return {
    sql: `SELECT ${columns} ${from} ${where} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`,
    countSql: `SELECT count(*) AS n ${clauses.length ? from : `FROM ${ident(table)} t`} ${where}`,
    params: clauses.flatMap((c) => c.params)
  }
}

export function readPage(db: Db, input: PageInput, context?: FilterContext): Page {
  const { sql, countSql, params } = buildPageSql(input, context)
  const rows = prepared(db, sql).all(...params, input.limit, input.offset) as Row[]
  const total = (prepared(db, countSql).get(...params) as { n: number }).n
  return { rows, total }
}

/** One row with its reference labels, or undefined. */
export function findRow(db: Db, table: TableName, id: number): Row | undefined {
  const { columns, joins } = selectList(table)
  return prepared(db, `SELECT ${columns} FROM ${ident(table)} t ${joins} WHERE t.id = ?`).get(id) as Row | undefined
}

export function getRow(db: Db, table: TableName, id: number): Row {
  const row = findRow(db, table, id)
  if (!row) throw new EngineError('not_found', `There is no ${tableDef(table).singular} with id ${id}; it may have been deleted.`)
  return row
}

/** Text columns worth matching when picking a row of this table from a reference cell. */
function lookupColumns(table: TableName): string[] {
  const def = tableDef(table)
  const names = [def.labelColumn, 'code', 'name', 'title', 'symbol'].filter((n) => def.columns.some((c) => c.name === n && c.type === 'text'))
  return [...new Set(names)]
}

export function lookupRows(db: Db, table: TableName, query: string, limit: number): LookupItem[] {
  const def = tableDef(table)
  const cols = lookupColumns(table)
  const label = ident(def.labelColumn)
  const detailCol = cols.find((c) => c !== def.labelColumn)
  const detail = detailCol ? ident(detailCol) : label
  const match = cols.map((c) => `${ident(c)} LIKE ? ESCAPE '\\'`).join(' OR ') || '1'
  const sql = `SELECT id, ${label} AS label, ${detail} AS detail FROM ${ident(table)} WHERE ${match}
    ORDER BY (${label} = ? COLLATE NOCASE) DESC, (${label} LIKE ? ESCAPE '\\') DESC, ${label} LIMIT ?`
  const like = `%${escapeLike(query.trim())}%`
  const rows = prepared(db, sql).all(...cols.map(() => like), query.trim(), `${escapeLike(query.trim())}%`, limit) as {
    id: number
    label: unknown
    detail: unknown
  }[]
  return rows.map((r) => ({ id: r.id, label: String(r.label ?? r.id), detail: String(r.detail ?? '') }))
}

export function listTables(db: Db): TableSummary[] {
  return TABLES.map((t) => ({
    name: t.name,
    label: t.label,
    group: t.group,
    rowCount: (prepared(db, `SELECT count(*) AS n FROM ${ident(t.name)}`).get() as { n: number }).n
  }))
}
