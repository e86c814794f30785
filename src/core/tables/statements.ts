// A per-connection cache of prepared statements keyed by their SQL text. SQL text depends only on
// registry identifiers and the shape of a request, never on its values, so the cache stays small.
import type Database from 'better-sqlite3'
import type { Db } from '../db/open'

const caches = new WeakMap<Db, Map<string, Database.Statement>>()

export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let stmt = cache.get(sql)
  if (!stmt) {
    stmt = db.prepare(sql)
    if (cache.size > 500) cache.clear()
    cache.set(sql, stmt)
  }
  return stmt
}
