// 'rows.find': the rows of a view (current sort and filters) that hold every word of the query (or "a quoted
// phrase") in some column, as positions in that view, the columns that matched and how many rows match. Tables
// with a trigram index (findIndex.ts) look each word up there and place only the matching rows in the view; words
// under three letters are checked on those rows, and a table without a complete index is walked a slice per turn.
import type { ParsedInput } from '../../shared/api'
import type { FindMatch, FindResult } from '../../shared/grids'
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident, requireColumn } from '../tables/sql'
import { prepared } from '../tables/statements'
import { yieldTurn } from './cache'
import { indexForFind, ftsQuery, idsMatching, type FindIndexState } from './findIndex'
import { positionsInView } from './findPositions'
import { cellCondition, columnFlags, isNumeric, parseTerms, rowCondition, searchableColumns, type Term } from './findTerms'
import { countView, PAGING, readFrom, viewFor } from './pages'
import { orderedIds, type SortIds } from './order'
import { whereOf, type Cursor, type ViewSql } from './view'

type FindInput = ParsedInput<'rows.find'>
type Raw = (string | number | null)[]

export interface FindOptions {
  /** May the index be completed by this call (a writable dataset)? */
  writable: boolean
  /** Sorts a big view that cannot be paged by an index (the worker). */
  sort?: SortIds
  /** False reads the table even when its index is complete (the reference in tests and benches). */
  useIndex?: boolean
}

/** Above this many candidate rows the view is walked in order instead of sorting the candidates. */
const WALK_ABOVE = 100_000
const NONE: FindResult = { matches: [], more: false, total: 0 }

function chars(text: string): number {
  return [...text].length
}

const json = (ids: ArrayLike<number>): string => JSON.stringify(Array.from(ids))

/** Rows whose reference column (or id) matches the term: through the referenced table's labels and the column's index. */
function idsOutsideIndex(db: Db, table: TableName, column: string, term: Term): number[] {
  const col = requireColumn(table, column)
  const t = ident(table)
  if (column === 'id') {
    if (!/^\d{1,15}$/.test(term.numberText)) return []
    return prepared(db, `SELECT id FROM ${t} WHERE id = ?`).pluck().all(Number(term.numberText)) as number[]
  }
  if (col.type === 'ref' && col.ref) {
    const c = cellCondition(table, column, term)
    const labels = `SELECT r.id FROM ${ident(col.ref)} r WHERE r.${ident(tableDef(col.ref).labelColumn)} LIKE ? ESCAPE '\\'`
    const refs = prepared(db, labels)
      .pluck()
      .all(...c.params) as number[]
    if (refs.length === 0) return []
    return prepared(db, `SELECT id FROM ${t} WHERE ${ident(column)} IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(json(refs)) as number[]
  }
  const c = cellCondition(table, column, term)
  return prepared(db, `SELECT t.id FROM ${t} t WHERE ${c.sql}`)
    .pluck()
    .all(...c.params) as number[]
}

/** Ids in every list (each list may repeat ids). */
function intersect(lists: number[][]): number[] {
  if (lists.some((l) => l.length === 0)) return []
  lists.sort((a, b) => a.length - b.length)
  let max = 0
  for (const id of lists[0]!) if (id > max) max = id
  const seen = new Uint8Array(max + 1)
  lists.forEach((list, k) => {
    for (const id of list) if (id <= max && seen[id] === k) seen[id] = k + 1
  })
  const out: number[] = []
  for (const id of lists[0]!) {
    if (seen[id] === lists.length) {
      out.push(id)
      seen[id] = 0
    }
  }
  return out
}

/**
 * The rows holding every term: through the index for the rows it describes, and by reading the few rows it does not
 * (changed since, or not built yet) from the table; null when no term can be looked up there (all under three letters).
 */
function candidates(db: Db, state: FindIndexState, table: TableName, columns: string[], terms: Term[]): number[] | null {
  const { def } = state
  const indexed = columns.filter((c) => def.columns.includes(c))
  const numeric = indexed.filter((c) => isNumeric(table, c))
  const text = indexed.filter((c) => !isNumeric(table, c))
  const others = columns.filter((c) => !def.columns.includes(c))
  const stale = bitmap(state.dirty)
  const described = (id: number): boolean => id <= state.upto && !(id < stale.length && stale[id] === 1)
  const lists: number[][] = []
  const checkLater: Term[] = []
  for (const term of terms) {
    if (chars(term.text) < 3 || chars(term.numberText) < 3) {
      checkLater.push(term)
      continue
    }
    const groups: string[] = []
    if (numeric.length) groups.push(ftsQuery(numeric, term.numberText))
    if (text.length) groups.push(ftsQuery(text, term.text))
    let ids = groups.length ? idsMatching(db, def, groups.join(' OR ')) : []
    if (state.dirty.length || state.upto < Number.MAX_SAFE_INTEGER) ids = ids.filter(described)
    for (const column of others) ids = ids.concat(idsOutsideIndex(db, table, column, term))
    lists.push(ids)
  }
  if (lists.length === 0) return null
  let found = intersect(lists)
  if (checkLater.length > 0 && found.length > 0) {
    const cond = rowCondition(table, columns, checkLater)
    found = prepared(db, `SELECT t.id FROM ${ident(table)} t WHERE t.id IN (SELECT value FROM json_each(?)) AND ${cond.sql}`)
      .pluck()
      .all(json(found), ...cond.params) as number[]
  }
  // The rows the index does not describe, read from the table with every term.
  const outside = ['t.id > ?', ...(state.dirty.length ? [`t.id IN (SELECT id FROM ${ident(def.dirty)})`] : [])].join(' OR ')
  const all = rowCondition(table, columns, terms)
  const more = prepared(db, `SELECT t.id FROM ${ident(table)} t WHERE (${outside}) AND ${all.sql}`)
    .pluck()
    .all(state.upto, ...all.params) as number[]
  if (more.length === 0) return found
  const seen = new Set(found)
  return found.concat(more.filter((id) => !seen.has(id)))
}

/** Which of the columns hold a term, for each of these rows, the one with most terms first. */
function matchedColumns(db: Db, table: TableName, columns: string[], terms: Term[], ids: number[]): Map<number, string[]> {
  const flags = columnFlags(table, columns, terms)
  const sql = `SELECT t.id, ${flags.map((f) => f.sql).join(', ')} FROM ${ident(table)} t WHERE t.id IN (SELECT value FROM json_each(?))`
  const rows = prepared(db, sql)
    .raw()
    .all(...flags.flatMap((f) => f.params), json(ids)) as Raw[]
  // The column holding most of the terms first: that is the cell Find moves to.
  const best = (r: Raw): string[] =>
    columns
      .map((c, i) => ({ c, n: Number(r[i + 1] ?? 0), i }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((x) => x.c)
  return new Map(rows.map((r) => [Number(r[0]), best(r)]))
}

function result(db: Db, input: FindInput, columns: string[], terms: Term[], found: { id: number; position: number }[], total: number | undefined): FindResult {
  const shown = found.slice(0, input.limit)
  const cols = matchedColumns(
    db,
    input.table,
    columns,
    terms,
    shown.map((f) => f.id)
  )
  const matches: FindMatch[] = shown.map((f) => {
    const hit = cols.get(f.id)
    // A word the index folded (accents, non-ASCII case) that LIKE does not: the row matched; point at a column.
    return { ...f, columns: hit && hit.length ? hit : [columns[0]!] }
  })
  return { matches, more: found.length > input.limit, ...(total === undefined ? {} : { total }) }
}

/** Walk the view in order, a slice per turn, keeping rows that pass `keep`; counts all of them when asked. */
async function walk(db: Db, v: ViewSql, want: number, keep: (id: number) => boolean, countAll: boolean) {
  const found: { id: number; position: number }[] = []
  let total = 0
  let cursor: Cursor | null = null
  for (let position = 0; ;) {
    const rows: Raw[] = readFrom(db, v, cursor, { select: `${v.key ?? 'NULL'}, t.id`, raw: true }, PAGING.slice, 0)
    rows.forEach((r, i) => {
      if (!keep(Number(r[1]))) return
      total += 1
      if (found.length < want) found.push({ id: Number(r[1]), position: position + i })
    })
    position += rows.length
    if (rows.length < PAGING.slice || (!countAll && found.length >= want)) break
    const last = rows[rows.length - 1]!
    cursor = { key: last[0] ?? null, id: Number(last[1]) }
    await yieldTurn()
  }
  return { found, total }
}

/** The candidates' places in the view: sorted there when few, else met by walking the view in order. */
async function place(db: Db, input: FindInput, ids: number[], options: FindOptions) {
  const v = viewFor(db, input)
  const want = input.limit + 1
  if (v.keyset && ids.length <= WALK_ABOVE) {
    // From the candidates (CROSS JOIN keeps that order of work): SQLite would otherwise walk the sort's index.
    const from = v.from.replace(/^FROM /, 'FROM json_each(?) j CROSS JOIN ')
    const where = whereOf(['t.id = j.value', ...v.where])
    const sql = `SELECT ${v.key ?? 'NULL'}, t.id ${from} ${where} ORDER BY ${v.order}`
    const rows = prepared(db, sql)
      .raw()
      .all(json(ids), ...v.params) as Raw[]
    const first = rows.slice(0, want).map((r) => ({ key: r[0] ?? null, id: Number(r[1]) }))
    const positions = await positionsInView(db, v, first)
    return { found: first.map((c, i) => ({ id: c.id, position: positions[i]! })), total: rows.length }
  }
  const member = bitmap(ids)
  const has = (id: number): boolean => id < member.length && member[id] === 1
  if (v.keyset) {
    const walked = await walk(db, v, want, has, v.where.length > 0)
    return { found: walked.found, total: v.where.length > 0 ? walked.total : ids.length }
  }
  // Sorted by several columns or a label: the view's whole order (sorted once in the worker when big).
  const order = (await orderedIds(db, v, await countView(db, v), options.sort)) ?? readOrder(db, v)
  const found: { id: number; position: number }[] = []
  let total = 0
  order.forEach((id, position) => {
    if (!has(id)) return
    total += 1
    if (found.length < want) found.push({ id, position })
  })
  return { found, total }
}

function bitmap(ids: number[]): Uint8Array {
  let max = 0
  for (const id of ids) if (id > max) max = id
  const bits = new Uint8Array(max + 1)
  for (const id of ids) bits[id] = 1
  return bits
}

function readOrder(db: Db, v: ViewSql): Int32Array {
  const ids = prepared(db, `SELECT t.id ${v.from} ${v.where.length ? `WHERE ${v.where.join(' AND ')}` : ''} ORDER BY ${v.order}`)
    .pluck()
    .all(...v.params) as number[]
  return Int32Array.from(ids)
}

/** Without the index: every row of the view read with a LIKE per term and column, a slice per turn. */
async function scan(db: Db, input: FindInput, columns: string[], terms: Term[]): Promise<FindResult> {
  const v = viewFor(db, input)
  const conds = terms.flatMap((term) => columns.map((c) => cellCondition(input.table, c, term)))
  const read = { select: `${v.key ?? 'NULL'}, t.id, ${conds.map((c) => c.sql).join(', ')}`, selectParams: conds.flatMap((c) => c.params), raw: true }
  const slice = v.keyset ? PAGING.slice : 100_000_000
  const found: { id: number; position: number }[] = []
  let total = 0
  let cursor: Cursor | null = null
  const hit = (r: Raw, t: number, c: number): boolean => r[2 + t * columns.length + c] === 1
  for (let position = 0; ;) {
    const rows: Raw[] = readFrom(db, v, cursor, read, slice, 0)
    rows.forEach((r, i) => {
      if (!terms.every((_, t) => columns.some((_, c) => hit(r, t, c)))) return
      total += 1
      if (found.length <= input.limit) found.push({ id: Number(r[1]), position: position + i })
    })
    position += rows.length
    if (rows.length < slice) break
    // Beyond the limit the count is left open ("1,000+"): counting would read the rest of a big table.
    if (found.length > input.limit) return result(db, input, columns, terms, found, undefined)
    const last = rows[rows.length - 1]!
    cursor = { key: last[0] ?? null, id: Number(last[1]) }
    await yieldTurn()
  }
  return result(db, input, columns, terms, found, total)
}

export async function findInView(db: Db, input: FindInput, options: FindOptions = { writable: false }): Promise<FindResult> {
  const terms = parseTerms(input.query)
  const columns = searchableColumns(input.table, input.columns)
  if (terms.length === 0 || columns.length === 0) return NONE
  const index = options.useIndex === false ? null : indexForFind(db, input.table, options.writable)
  const ids = index ? candidates(db, index, input.table, columns, terms) : null
  if (ids === null) return scan(db, input, columns, terms)
  if (ids.length === 0) return NONE
  const { found, total } = await place(db, input, ids, options)
  return result(db, input, columns, terms, found, total)
}
