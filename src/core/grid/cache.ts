// Answers about a view that stay true until the dataset changes (row counts, position anchors), cached per
// connection and keyed by the view's shape and values. Any write, here or by another connection (an import
// worker), moves the data version and empties the cache, so a cached answer is never stale.
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

interface Entry {
  version: string
  value: unknown
}

const caches = new WeakMap<Db, Map<string, Entry>>()
const MAX_ENTRIES = 64

const ignored = new WeakMap<Db, number>()

/** Changes when anything is written: total_changes() for this connection, data_version for the others. */
export function dataVersion(db: Db): string {
  const own = (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n - (ignored.get(db) ?? 0)
  const others = (prepared(db, 'PRAGMA data_version').get() as { data_version: number }).data_version
  return `${own}:${others}`
}

/** A write that cannot change any view (saving column state in `meta`) keeps the cache. */
export function ignoreWrite(db: Db, changes: number): void {
  ignored.set(db, (ignored.get(db) ?? 0) + changes)
}

function cacheOf(db: Db): Map<string, Entry> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  return cache
}

export function cached<T>(db: Db, key: string): T | undefined {
  const cache = cacheOf(db)
  const entry = cache.get(key)
  if (!entry) return undefined
  if (entry.version !== dataVersion(db)) {
    cache.delete(key)
    return undefined
  }
  // Refresh its place so the least recently used entry goes first.
  cache.delete(key)
  cache.set(key, entry)
  return entry.value as T
}

/** Keep a value computed at `version` (read before computing it); dropped when the data moved meanwhile. */
export function remember<T>(db: Db, key: string, version: string, value: T): T {
  if (version !== dataVersion(db)) return value
  const cache = cacheOf(db)
  cache.set(key, { version, value })
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return value
}

/** Give the event loop a turn between slices of long reads, so the thread answering the UI is never held. */
export function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
