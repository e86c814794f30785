// Pages of big tables without OFFSET scans: counts cached until the data changes, and for views sorted by one
// column (or by id) a sparse list of every 1,000th row's (sort key, id), built in slices that yield between
// them; a page at any depth is then a keyset seek from the nearest anchor plus a short OFFSET.
import type { Page, ParsedInput, Row } from '../../shared/api'
import type { Db } from '../db/open'
import { ident, selectList } from '../tables/sql'
import { prepared } from '../tables/statements'
import { cached, dataVersion, remember, yieldTurn } from './cache'
import { tableCount } from './counts'
import { orderedIds, rowsByIds, type SortIds } from './order'
import { filterContext } from '../indicators/conflictIds'
import { beforeCursor, partsAfter, viewSql, whereOf, type Cursor, type View, type ViewSql } from './view'

/** Rows between anchors, and rows (or ids) read per turn of the event loop when walking a whole view (a multiple). Tests shrink them. */
export const PAGING = { step: 1000, slice: 50_000 }

const indexCache = new WeakMap<Db, Map<string, Set<string>>>()

/** Columns that lead an index of the table (a keyset seek on them is an index range). */
function leadingIndexColumns(db: Db, table: string): Set<string> {
  let byTable = indexCache.get(db)
  if (!byTable) indexCache.set(db, (byTable = new Map()))
  let set = byTable.get(table)
  if (!set) {
    const sql = 'SELECT ii.name AS col FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0'
    set = new Set((prepared(db, sql).all(table) as { col: string }[]).map((r) => r.col))
    byTable.set(table, set)
  }
  return set
}

/**
 * The view's SQL, keyset-able only where seeks are index ranges: id order, or one sort column that leads an index.
 * Other sorts (a reference's label, an unindexed column) are read with OFFSET: correct, but slow on huge tables.
 */
export function viewFor(db: Db, view: View, alsoJoin: string[] = []): ViewSql {
  const v = viewSql(view, alsoJoin, filterContext(db))
  const only = view.sort.length === 1 ? view.sort[0]!.column : null
  const indexed = only === null || (v.key === `t.${ident(only)}` && leadingIndexColumns(db, view.table).has(only))
  return { ...v, keyset: v.keyset && indexed }
}

function shapeKey(kind: string, v: ViewSql): string {
  return `${kind}|${v.from}|${v.where.join(' AND ')}|${v.order}|${JSON.stringify(v.params)}`
}

async function countSliced(db: Db, v: ViewSql): Promise<number> {
  const table = ident(v.table)
  const bounds = prepared(db, `SELECT min(id) AS lo, max(id) AS hi FROM ${table}`).get() as { lo: number | null; hi: number | null }
  if (bounds.lo === null || bounds.hi === null) return 0
  if (bounds.hi - bounds.lo < PAGING.slice) return (prepared(db, `SELECT count(*) AS n ${v.from} ${whereOf(v.where)}`).get(...v.params) as { n: number }).n
  const sql = `SELECT count(*) AS n ${v.from} ${whereOf([...v.where, 't.id >= ?', 't.id < ?'])}`
  let n = 0
  for (let lo = bounds.lo; lo <= bounds.hi; lo += PAGING.slice) {
    n += (prepared(db, sql).get(...v.params, lo, lo + PAGING.slice) as { n: number }).n
    if (lo + PAGING.slice <= bounds.hi) await yieldTurn()
  }
  return n
}

/** How many rows the view has; cached until anything is written. Filtered counts of big tables run in slices. */
export async function countView(db: Db, v: ViewSql): Promise<number> {
  if (v.where.length === 0) return tableCount(db, v.table)
  const key = shapeKey('count', v)
  const hit = cached<number>(db, key)
  if (hit !== undefined) return hit
  const version = dataVersion(db)
  const n = await countSliced(db, v)
  return remember(db, key, version, n)
}

export interface Read {
  /** What to select (SQL), and values bound in it (LIKE patterns). */
  select: string
  selectParams?: unknown[]
  /** FROM clause; the view's own when absent. */
  from?: string
  raw?: boolean
}

/** Up to `limit` rows starting `skip` rows after the cursor (or the view's start), across the cursor's parts. */
export function readFrom<T>(db: Db, v: ViewSql, cursor: Cursor | null, read: Read, limit: number, skip: number): T[] {
  const parts = cursor ? partsAfter(v, cursor) : [null]
  const out: T[] = []
  for (const part of parts) {
    if (limit <= 0) break
    const where = whereOf(part ? [...v.where, part.sql] : v.where)
    const params = [...v.params, ...(part?.params ?? [])]
    const stmt = prepared(db, `SELECT ${read.select} ${read.from ?? v.from} ${where} ORDER BY ${v.order} LIMIT ? OFFSET ?`)
    const rows = (read.raw ? stmt.raw() : stmt.raw(false)).all(...(read.selectParams ?? []), ...params, limit, skip) as T[]
    if (rows.length > 0) {
      out.push(...rows)
      limit -= rows.length
      skip = 0
    } else if (skip > 0) {
      skip -= (prepared(db, `SELECT count(*) AS n ${v.from} ${where}`).get(...params) as { n: number }).n
    }
  }
  return out
}

/** Hop through the view from anchor to anchor (LIMIT 1 OFFSET step-1), a slice of rows per turn; null if the data moved. */
async function buildAnchors(db: Db, v: ViewSql): Promise<Cursor[] | null> {
  const version = dataVersion(db)
  const anchors: Cursor[] = []
  const read: Read = { select: `${v.key ?? 'NULL'} AS k, t.id AS id`, raw: true }
  const hopsPerTurn = Math.max(1, Math.floor(PAGING.slice / PAGING.step))
  for (;;) {
    for (let hop = 0; hop < hopsPerTurn; hop += 1) {
      const row = readFrom<[string | number | null, number]>(db, v, anchors.at(-1) ?? null, read, 1, PAGING.step - 1)[0]
      if (!row) return remember(db, shapeKey('anchors', v), version, anchors)
      anchors.push({ key: row[0], id: row[1] })
    }
    await yieldTurn()
    if (dataVersion(db) !== version) return null
  }
}

const building = new WeakMap<Db, Map<string, Promise<Cursor[] | null>>>()

/** The anchors of a keyset-able view, from the cache or built now (one build per view shape at a time). */
export async function anchorsFor(db: Db, v: ViewSql): Promise<Cursor[] | null> {
  if (!v.keyset) return null
  const key = shapeKey('anchors', v)
  const hit = cached<Cursor[]>(db, key)
  if (hit) return hit
  let pending = building.get(db)
  if (!pending) building.set(db, (pending = new Map()))
  let job = pending.get(key)
  if (!job) {
    job = buildAnchors(db, v).finally(() => pending.delete(key))
    pending.set(key, job)
  }
  return job
}

/** How to reach `offset`: from the nearest anchor when the offset is deep, else from the start. */
export async function seek(db: Db, v: ViewSql, offset: number): Promise<{ cursor: Cursor | null; skip: number }> {
  if (offset < 2 * PAGING.step || !v.keyset) return { cursor: null, skip: offset }
  const anchors = await anchorsFor(db, v)
  const index = anchors ? Math.min(Math.floor(offset / PAGING.step), anchors.length) : 0
  if (!anchors || index === 0) return { cursor: null, skip: offset }
  return { cursor: anchors[index - 1]!, skip: offset - index * PAGING.step }
}

type PageInput = ParsedInput<'rows.page'>

/** 'rows.page': the same rows as a plain ORDER BY ... LIMIT/OFFSET, fetched by keyset seek when deep. */
export async function readViewPage(db: Db, input: PageInput, sort?: SortIds): Promise<Page> {
  const v = viewFor(db, input)
  const total = await countView(db, v)
  const order = await orderedIds(db, v, total, sort)
  if (order) return { rows: rowsByIds(db, input.table, order.subarray(input.offset, input.offset + input.limit)), total: order.length }
  const at = await seek(db, v, input.offset)
  const { columns, joins } = selectList(input.table)
  const rows = readFrom<Row>(db, v, at.cursor, { select: columns, from: `FROM ${ident(input.table)} t ${joins}` }, input.limit, at.skip)
  return { rows, total }
}

/** 'rows.ids': the ids at positions offset .. offset+limit-1 of the view, and its total. */
export async function readViewIds(db: Db, input: ParsedInput<'rows.ids'>, sort?: SortIds): Promise<{ ids: number[]; total: number }> {
  const v = viewFor(db, input)
  const total = await countView(db, v)
  const order = await orderedIds(db, v, total, sort)
  if (order) return { ids: Array.from(order.subarray(input.offset, input.offset + input.limit)), total: order.length }
  const at = await seek(db, v, input.offset)
  const rows = readFrom<[number]>(db, v, at.cursor, { select: 't.id', raw: true }, input.limit, at.skip)
  return { ids: rows.map((r) => r[0]), total }
}

/** 'rows.position': where a row stands in the view (null when the filters hide it or it is gone). */
export async function positionInView(db: Db, input: ParsedInput<'rows.position'>, sort?: SortIds): Promise<{ position: number | null; total: number }> {
  const v = viewFor(db, input)
  const total = await countView(db, v)
  const order = await orderedIds(db, v, total, sort)
  if (order) {
    const at = order.indexOf(input.id)
    return { position: at < 0 ? null : at, total: order.length }
  }
  const row = prepared(db, `SELECT ${v.key ?? 'NULL'} AS k ${v.from} ${whereOf([...v.where, 't.id = ?'])}`).get(...v.params, input.id) as
    { k: string | number | null } | undefined
  if (!row) return { position: null, total }
  const before = beforeCursor(v, { key: row.k, id: input.id })
  const n = prepared(db, `SELECT count(*) AS n ${v.from} ${whereOf([...v.where, before.sql])}`).get(...v.params, ...before.params) as { n: number }
  return { position: n.n, total }
}
