// The dataset's content hash: sha256 over a canonical dump of every user table in the schema registry (tables in
// registry order, rows by id, registry columns without the row version), so the same figures give the same hash
// whatever file they sit in. Briefs and the change log are not content. A cheap fingerprint lets previews reuse it.
import crypto from 'node:crypto'
import { TABLES } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'

function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : JSON.stringify(value)
  if (typeof value === 'bigint') return value.toString()
  return JSON.stringify(String(value))
}

export function computeDatasetHash(db: Db): string {
  const hash = crypto.createHash('sha256')
  hash.update('lodestone-dataset-v1\n')
  for (const table of TABLES) {
    // Registry columns the file has (a dataset opened read-only may predate a column the registry now lists).
    const present = new Set((db.prepare(`PRAGMA table_info(${ident(table.name)})`).all() as { name: string }[]).map((c) => c.name))
    const columns = table.columns.filter((c) => c.name !== 'version' && present.has(c.name)).map((c) => c.name)
    hash.update(`#${table.name}(${columns.join(',')})\n`)
    const stmt = db.prepare(`SELECT ${columns.map(ident).join(', ')} FROM ${ident(table.name)} ORDER BY id`).raw(true)
    for (const row of stmt.iterate() as Iterable<unknown[]>) hash.update(`${row.map(canonical).join('\t')}\n`)
  }
  return hash.digest('hex')
}

/** Changes whenever a registry table's rows change through the engine or elsewhere on this connection. */
function fingerprint(db: Db): string {
  const parts = TABLES.map((t) => {
    const r = db.prepare(`SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(sum(version), 0) AS v FROM ${ident(t.name)}`).get() as { n: number; m: number; v: number }
    return `${r.n}.${r.m}.${r.v}`
  })
  return parts.join('|')
}

const cache = new WeakMap<Db, { key: string; hash: string }>()

/** The hash, reused while the fingerprint is unchanged (previews); exports call computeDatasetHash directly. */
export function cachedDatasetHash(db: Db): string {
  const key = fingerprint(db)
  const hit = cache.get(db)
  if (hit && hit.key === key) return hit.hash
  const hash = computeDatasetHash(db)
  cache.set(db, { key, hash })
  return hash
}
