// The SQL pieces of a view (a table with the grid's sort and filters): FROM with only the joins it needs, the
// WHERE clauses and their bound values, the order, and keyset conditions that continue after a row's sort key.
// Identifiers come from the registry through tables/sql.ts; values are always bound.
import type { ParsedInput } from '../../shared/api'
import { columnDef, tableDef, type TableName } from '../../shared/schema'
import { filterClause, type FilterContext } from '../tables/query'
import { columnExpression, ident, requireColumn } from '../tables/sql'

export type View = Pick<ParsedInput<'rows.page'>, 'table' | 'sort' | 'filters'>
type Filter = View['filters'][number]
export type Clause = { sql: string; params: unknown[] }

export interface ViewSql {
  table: TableName
  /** FROM clause: the table as t, with the reference joins the sort (and the caller) need. */
  from: string
  where: string[]
  params: unknown[]
  /** The sort expression when the view is sorted by one column; null when it is in id order. */
  key: string | null
  /** True when the sort key can be NULL (NULLs sort first ascending, last descending). */
  nullable: boolean
  desc: boolean
  order: string
  /** True when rows can be continued after a (key, id) cursor: sorted by at most one column. */
  keyset: boolean
}

function joinFor(table: TableName, column: string): string | null {
  const def = tableDef(table)
  const index = def.columns.findIndex((c) => c.name === column)
  const col = def.columns[index]
  if (!col || col.type !== 'ref' || !col.ref) return null
  return `LEFT JOIN ${ident(col.ref)} r${index} ON r${index}.id = t.${ident(col.name)}`
}

/**
 * A filter on a reference column as a sub-select of the referenced rows' ids (`t.partner_id IN (SELECT ...)`):
 * the same rows as comparing the joined label, but an index on the column can serve it and no join is needed.
 */
function refFilter(table: TableName, filter: Filter, context?: FilterContext): Clause {
  const col = requireColumn(table, filter.column)
  if (col.type !== 'ref' || !col.ref) return filterClause(table, filter, context)
  const target = tableDef(col.ref)
  const inner = filterClause(col.ref, { ...filter, column: target.labelColumn })
  const sub = `t.${ident(col.name)} IN (SELECT t.id FROM ${ident(col.ref)} t WHERE ${inner.sql})`
  const keepsEmpty = filter.op === 'blank' || filter.op === 'notEqual'
  return { sql: keepsEmpty ? `(t.${ident(col.name)} IS NULL OR ${sub})` : sub, params: inner.params }
}

function keyIsNullable(table: TableName, column: string): boolean {
  const col = columnDef(table, column)
  if (!col?.required) return true
  if (col.type !== 'ref' || !col.ref) return false
  return !columnDef(col.ref, tableDef(col.ref).labelColumn)?.required
}

/** The view's SQL; `alsoJoin` names further columns whose reference labels the caller reads. */
export function viewSql(view: View, alsoJoin: string[] = [], context?: FilterContext): ViewSql {
  const { table } = view
  const clauses = view.filters.map((f) => refFilter(table, f, context))
  const joins = new Set<string>()
  for (const column of [...view.sort.map((s) => s.column), ...alsoJoin]) {
    const join = joinFor(table, column)
    if (join) joins.add(join)
  }
  const order = view.sort.map((s) => {
    requireColumn(table, s.column)
    return `${columnExpression(table, s.column)} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`
  })
  const desc = view.sort[0]?.dir === 'desc'
  order.push(`t.id ${desc ? 'DESC' : 'ASC'}`)
  const single = view.sort.length === 1 ? view.sort[0]!.column : null
  return {
    table,
    from: `FROM ${ident(table)} t ${[...joins].join(' ')}`.trim(),
    where: clauses.map((c) => c.sql),
    params: clauses.flatMap((c) => c.params),
    key: single ? columnExpression(table, single) : null,
    nullable: single ? keyIsNullable(table, single) : false,
    desc,
    order: order.join(', '),
    keyset: view.sort.length <= 1
  }
}

/** A row's place in a keyset-ordered view: its sort key (when sorted) and its id. */
export interface Cursor {
  key: string | number | null
  id: number
}

/**
 * The rows after a cursor, as consecutive parts in the view's order, each one index range: the rest of the
 * cursor's own key (by id), then the keys beyond it. Ascending, NULL keys come first; descending, last.
 * With `until`, only the parts that can hold rows before it: descending, a row with a key leaves out the NULL keys
 * (each count would otherwise walk all of them to find none).
 */
export function partsAfter(v: ViewSql, cursor: Cursor, until?: Cursor): Clause[] {
  const cmp = v.desc ? '<' : '>'
  if (v.key === null) return [{ sql: `t.id ${cmp} ?`, params: [cursor.id] }]
  const k = v.key
  if (cursor.key === null) {
    const nulls = { sql: `${k} IS NULL AND t.id ${cmp} ?`, params: [cursor.id] }
    return v.desc ? [nulls] : [nulls, { sql: `${k} IS NOT NULL`, params: [] }]
  }
  const parts: Clause[] = [
    { sql: `${k} = ? AND t.id ${cmp} ?`, params: [cursor.key, cursor.id] },
    { sql: `${k} ${cmp} ?`, params: [cursor.key] }
  ]
  if (v.desc && v.nullable && (until === undefined || until.key === null)) parts.push({ sql: `${k} IS NULL`, params: [] })
  return parts
}

/** The condition "comes before this cursor": everything a position count must include. */
export function beforeCursor(v: ViewSql, cursor: Cursor): Clause {
  const cmp = v.desc ? '>' : '<'
  if (v.key === null) return { sql: `t.id ${cmp} ?`, params: [cursor.id] }
  const k = v.key
  if (cursor.key === null) {
    return v.desc
      ? { sql: `((${k} IS NULL AND t.id > ?) OR ${k} IS NOT NULL)`, params: [cursor.id] }
      : { sql: `(${k} IS NULL AND t.id < ?)`, params: [cursor.id] }
  }
  const rest = `(${k}, t.id) ${cmp} (?, ?)`
  return { sql: v.nullable && !v.desc ? `(${rest} OR ${k} IS NULL)` : rest, params: [cursor.key, cursor.id] }
}

export function whereOf(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join(' AND ')}` : ''
}
