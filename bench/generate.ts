// Builds a big dataset for benchmarks and scale tests: the starter dataset (made by the built `lodestone new`)
// plus `rows` synthetic trade flows in one bulk transaction (src/core/testing/tradeFlows.ts). Used by the grid
// benches and by the 1M-row e2e journey; other benches can reuse it. Needs `npm run build` first.
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { indexAllNow } from '../src/core/grid/findIndex'
import { insertSyntheticTradeFlows } from '../src/core/testing/tradeFlows'

export interface GeneratedDataset {
  path: string
  rows: number
  /** Milliseconds to make the starter dataset, and to insert the synthetic rows. */
  starterMs: number
  insertMs: number
  /** Milliseconds to build Find's index over all of them. */
  indexMs: number
}

const ROOT = path.resolve(__dirname, '..')

/** A starter dataset at `file` with `rows` more trade flows (the file must not exist yet). */
export function generateDataset(file: string, rows: number): GeneratedDataset {
  if (fs.existsSync(file)) throw new Error(`${file} exists already`)
  const start = performance.now()
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'lodestone.cjs'), 'new', file], { stdio: 'pipe' })
  const starterMs = performance.now() - start
  const db = new Database(file)
  try {
    // Bench data, written once: a big page cache, and durability only at the end (a crash just means regenerating).
    db.pragma('cache_size = -262144')
    db.pragma('synchronous = OFF')
    // The triggers that note changed rows for Find's index stay quiet (nothing counts as indexed): it is built after.
    db.exec('UPDATE find_index SET built_upto = -1')
    const { inserted, ms } = insertSyntheticTradeFlows(db, rows)
    // Find's index, up to date (as the background work leaves it), so a bench or journey starts from a settled file.
    const indexStart = performance.now()
    indexAllNow(db)
    const indexMs = performance.now() - indexStart
    db.pragma('synchronous = FULL')
    db.pragma('wal_checkpoint(TRUNCATE)')
    return { path: file, rows: inserted, starterMs, insertMs: ms, indexMs }
  } finally {
    db.close()
  }
}
