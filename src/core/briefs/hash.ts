// The dataset's content hash: sha256 over a canonical dump of every user table in the schema registry (tables in
// registry order, rows by id, registry columns without the row version), so the same figures give the same hash
// whatever file they sit in. Briefs and the change log are not content. Read in pages by id; the async form pauses
// between pages so a large dataset never holds the engine's thread, and a cheap fingerprint lets repeats reuse it.
import crypto from 'node:crypto'
import { TABLES, type TableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'

const PAGE = 5000

function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : JSON.stringify(value)
  if (typeof value === 'bigint') return value.toString()
  return JSON.stringify(String(value))
}

/** Registry columns the file has (a dataset opened read-only may predate a column the registry now lists). */
function columnsOf(db: Db, table: TableDef): string[] {
  const present = new Set((db.prepare(`PRAGMA table_info(${ident(table.name)})`).all() as { name: string }[]).map((c) => c.name))
  return table.columns.filter((c) => c.name !== 'version' && present.has(c.name)).map((c) => c.name)
}

/** Hashes one page of rows after `afterId`; returns the last id, or null when the table is done. */
function hashPage(db: Db, table: TableDef, columns: string[], hash: crypto.Hash, afterId: number): number | null {
  const sql = `SELECT id AS __id, ${columns.map(ident).join(', ')} FROM ${ident(table.name)} WHERE id > ? ORDER BY id LIMIT ${PAGE}`
  const rows = prepared(db, sql).all(afterId) as Record<string, unknown>[]
  for (const row of rows) hash.update(`${columns.map((c) => canonical(row[c])).join('\t')}\n`)
  return rows.length === PAGE ? Number(rows[rows.length - 1].__id) : null
}

function* pages(db: Db, hash: crypto.Hash): Generator<void> {
  hash.update('lodestone-dataset-v1\n')
  for (const table of TABLES) {
    const columns = columnsOf(db, table)
    hash.update(`#${table.name}(${columns.join(',')})\n`)
    let after: number | null = 0
    while (after !== null) {
      after = hashPage(db, table, columns, hash, after)
      yield
    }
  }
}

export function computeDatasetHash(db: Db): string {
  const hash = crypto.createHash('sha256')
  for (const _ of pages(db, hash));
  return hash.digest('hex')
}

/** Changes whenever a registry table's rows change: counts, highest ids and row versions. */
function fingerprint(db: Db): string {
  return TABLES.map((t) => {
    const r = prepared(db, `SELECT count(*) AS n, coalesce(max(id), 0) AS m, coalesce(sum(version), 0) AS v FROM ${ident(t.name)}`).get() as {
      n: number
      m: number
      v: number
    }
    return `${r.n}.${r.m}.${r.v}`
  }).join('|')
}

const cache = new WeakMap<Db, { key: string; hash: string }>()

/** The hash, reused while the fingerprint is unchanged (previews, repeated exports). */
export function cachedDatasetHash(db: Db): string {
  const key = fingerprint(db)
  const hit = cache.get(db)
  if (hit?.key === key) return hit.hash
  const hash = computeDatasetHash(db)
  cache.set(db, { key, hash })
  return hash
}

/** As cachedDatasetHash, pausing between pages so other requests are answered while a large dataset is hashed. */
export async function datasetHash(db: Db): Promise<string> {
  const key = fingerprint(db)
  const hit = cache.get(db)
  if (hit?.key === key) return hit.hash
  const hash = crypto.createHash('sha256')
  for (const _ of pages(db, hash)) await new Promise((resolve) => setImmediate(resolve))
  const digest = hash.digest('hex')
  if (fingerprint(db) === key) cache.set(db, { key, hash: digest })
  return digest
}
