// Views SQLite cannot page by an index (sorted by a reference's label or an unindexed column): on a big table
// each page would sort every row again (1.4 s for 1M rows, on the thread that answers the UI). Instead the whole
// order of ids is sorted once in the worker, kept until the data changes, and a page is a slice of it.
import type { Row } from '../../shared/api'
import type { TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident, selectList } from '../tables/sql'
import { prepared } from '../tables/statements'
import { dataVersion } from './cache'
import { whereOf, type ViewSql } from './view'

/** Sorts a view's ids off the UI thread: SQL text from here, values bound. */
export type SortIds = (sql: string, params: (string | number | null)[]) => Promise<Int32Array>

/** Views smaller than this are sorted by SQL on each page (fast enough); tests shrink it. */
export const ORDERING = { minRows: 50_000, kept: 3 }

interface Kept {
  version: string
  ids: Int32Array
}

const kept = new WeakMap<Db, Map<string, Kept>>()
const sorting = new WeakMap<Db, Map<string, Promise<Int32Array | null>>>()

function mapOf<V>(store: WeakMap<Db, Map<string, V>>, db: Db): Map<string, V> {
  let map = store.get(db)
  if (!map) store.set(db, (map = new Map()))
  return map
}

function orderKey(v: ViewSql): string {
  return `${v.from}|${v.where.join(' AND ')}|${v.order}|${JSON.stringify(v.params)}`
}

async function sortNow(db: Db, v: ViewSql, sort: SortIds, key: string): Promise<Int32Array | null> {
  const version = dataVersion(db)
  const ids = await sort(`SELECT t.id ${v.from} ${whereOf(v.where)} ORDER BY ${v.order}`, v.params as (string | number | null)[])
  if (dataVersion(db) !== version) return null // written meanwhile: this order may be stale, page by SQL this time
  const map = mapOf(kept, db)
  map.set(key, { version, ids })
  while (map.size > ORDERING.kept) map.delete(map.keys().next().value!)
  return ids
}

/**
 * The view's ids in order, when it is big and not keyset-able and a sorter is at hand; null otherwise (page by
 * SQL). One sort per view shape at a time; a kept order is dropped as soon as the data version moves.
 */
export async function orderedIds(db: Db, v: ViewSql, total: number, sort: SortIds | undefined): Promise<Int32Array | null> {
  if (!sort || v.keyset || total < ORDERING.minRows) return null
  const key = orderKey(v)
  const hit = mapOf(kept, db).get(key)
  if (hit && hit.version === dataVersion(db)) return hit.ids
  const pending = mapOf(sorting, db)
  let job = pending.get(key)
  if (!job) {
    job = sortNow(db, v, sort, key).finally(() => pending.delete(key))
    pending.set(key, job)
  }
  return job
}

/** The rows with these ids (with reference labels), in the order given. */
export function rowsByIds(db: Db, table: TableName, ids: ArrayLike<number>): Row[] {
  if (ids.length === 0) return []
  const { columns, joins } = selectList(table)
  const rows = prepared(db, `SELECT ${columns} FROM ${ident(table)} t ${joins} WHERE t.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(Array.from(ids))
  ) as Row[]
  const byId = new Map(rows.map((r) => [Number(r.id), r]))
  return Array.from(ids, (id) => byId.get(id)).filter((r): r is Row => r !== undefined)
}
