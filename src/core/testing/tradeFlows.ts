// Synthetic trade flows for benchmarks and scale tests: `count` rows with distinct natural keys over the
// dataset's own countries, made-up HS sub-codes (marked "SYN" in the note) and years, inserted in one
// transaction with one prepared statement. Not logged in the change log: it is test data, not an edit.
import type Database from 'better-sqlite3'
import { FLOWS } from '../../shared/schema'

export interface GeneratedFlows {
  inserted: number
  ms: number
}

/** A small deterministic generator (mulberry32), so every run builds the same table. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function idsOf(db: Database.Database, sql: string): number[] {
  return db.prepare(sql).pluck().all() as number[]
}

export function insertSyntheticTradeFlows(db: Database.Database, count: number, seed = 42): GeneratedFlows {
  const start = performance.now()
  const countries = idsOf(db, 'SELECT id FROM country ORDER BY id')
  const units = idsOf(db, "SELECT id FROM unit WHERE code IN ('kg', 't') ORDER BY id")
  const sources = idsOf(db, 'SELECT id FROM source ORDER BY id LIMIT 20')
  if (countries.length < 2 || units.length === 0) throw new Error('The dataset needs at least two countries and the units kg or t.')
  const years = 40
  const pairs = countries.length * (countries.length - 1)
  const perCode = pairs * years * FLOWS.length
  const codes = Math.ceil(count / perCode)
  const othersOf = countries.map((r) => countries.filter((c) => c !== r))
  const rand = random(seed)
  const insert =
    db.prepare(`INSERT INTO trade_flow (reporter_id, partner_id, year, hs_code, flow, quantity, quantity_unit_id, value_usd, value_basis, estimated, source_id, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const run = db.transaction(() => {
    let n = 0
    for (let code = 0; code < codes && n < count; code += 1) {
      const hs = `${code % 2 === 0 ? '2846' : '2805'}.S${String(code).padStart(3, '0')}`
      for (let k = 0; k < perCode && n < count; k += 1, n += 1) {
        const flow = FLOWS[k % FLOWS.length]!
        const year = 1985 + (Math.floor(k / FLOWS.length) % years)
        const pair = Math.floor(k / (FLOWS.length * years))
        const r = Math.floor(pair / (countries.length - 1))
        const reporter = countries[r]!
        const partner = othersOf[r]![pair % (countries.length - 1)]!
        const quantity = rand() < 0.05 ? null : Math.round(rand() * 5_000_000) / 10
        const value = quantity === null ? null : Math.round(quantity * (5 + rand() * 60))
        const source = sources.length && rand() < 0.5 ? sources[Math.floor(rand() * sources.length)]! : null
        insert.run(
          reporter,
          partner,
          year,
          hs,
          flow,
          quantity,
          units[k % units.length]!,
          value,
          rand() < 0.7 ? 'CIF' : 'FOB',
          rand() < 0.1 ? 1 : 0,
          source,
          n % 97 === 0 ? `SYN synthetic row ${n}` : null
        )
      }
    }
    return n
  })
  const inserted = run()
  return { inserted, ms: performance.now() - start }
}
