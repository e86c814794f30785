// Issue 4 bench: recompute every indicator (indicators.computeAll, default parameters, through the engine)
// over a 1,000,000-row trade_flow table generated here in one bulk transaction on top of the starter dataset.
// Baselines measured in the same run: the same call on the starter data alone (23 trade flows) and one bare
// full-table aggregate over the million rows. Target: computeAll p95 < 500 ms on the large table.
import { expect, it } from 'vitest'
import path from 'node:path'
import type { IndicatorResult } from '../src/shared/analysis'
import { createEngine, type Engine } from '../src/core/engine'
import { STARTER_DIR, removeDir, tempDir } from '../src/core/testing/tempDataset'
import { round, summary, timeMs, writeResult } from './stats'

const REPORTERS = 100
const PARTNERS = 100
const YEARS = 25
const HS_CODES = ['2846', '2805.30', '8505.11', '2612.20']
const TARGET_ROWS = REPORTERS * PARTNERS * YEARS * HS_CODES.length
const RUNS = 20

async function computeAll(engine: Engine): Promise<IndicatorResult[]> {
  const result = await engine.call('indicators.computeAll', {})
  if (!result.ok) throw new Error(result.error.message)
  return result.value as IndicatorResult[]
}

async function timeRuns(engine: Engine, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await computeAll(engine)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return samples
}

/** Countries enough for 100 reporters and 100 partners: the starter's real ones (China first) and synthetic ones. */
function countryIds(engine: Engine): number[] {
  const db = engine.db
  const insert = db.prepare("INSERT INTO country (code, name, kind) VALUES (?, ?, 'country')")
  db.transaction(() => {
    for (let i = 1; i <= 120; i++) insert.run(`X${String(i).padStart(3, '0')}`, `Synthetic country ${i}`)
  })()
  const rows = db.prepare("SELECT id FROM country WHERE kind = 'country' ORDER BY code = 'CHN' DESC, id").all() as { id: number }[]
  return rows.map((r) => r.id).slice(0, Math.max(REPORTERS, PARTNERS))
}

/** One transaction, one prepared statement: TARGET_ROWS trade flows with deterministic pseudo-random values. */
function generate(engine: Engine): { inserted: number; ms: number } {
  const db = engine.db
  const ids = countryIds(engine)
  const kg = (db.prepare("SELECT id FROM unit WHERE code = 'kg'").get() as { id: number }).id
  const insert = db.prepare(
    "INSERT OR IGNORE INTO trade_flow (reporter_id, partner_id, year, hs_code, flow, quantity, quantity_unit_id, value_usd, value_basis, estimated) VALUES (?, ?, ?, ?, 'import', ?, ?, ?, 'CIF', 0)"
  )
  let seed = 42
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  let inserted = 0
  const ms = timeMs(() =>
    db.transaction(() => {
      for (let r = 0; r < REPORTERS; r++)
        for (let p = 0; p < PARTNERS; p++)
          for (let y = 0; y < YEARS; y++)
            for (const hs of HS_CODES) {
              const quantity = Math.round(1000 + next() * 5_000_000)
              inserted += insert.run(ids[r], ids[p], 2000 + y, hs, quantity, kg, Math.round(quantity * (5 + next() * 20))).changes
            }
    })()
  )
  return { inserted, ms }
}

it('recomputes all indicators over a million trade flows', async () => {
  const dir = tempDir('lodestone-bench-')
  const engine = createEngine({ datasetPath: path.join(dir, 'bench.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
  await computeAll(engine)
  const starterOnly = summary(await timeRuns(engine, RUNS))

  const { inserted, ms: insertMs } = generate(engine)
  const rows = (engine.db.prepare('SELECT count(*) AS n FROM trade_flow').get() as { n: number }).n
  const bareScanMs = timeMs(() => engine.db.prepare('SELECT count(*), sum(value_usd), sum(quantity) FROM trade_flow').get())

  const firstMs = (await timeRuns(engine, 1))[0]!
  const samples = await timeRuns(engine, RUNS)
  const results = await computeAll(engine)
  const perIndicator: Record<string, number> = {}
  for (const r of results) {
    const start = process.hrtime.bigint()
    await engine.call('indicators.compute', { id: r.id, params: {} })
    perIndicator[r.id] = round(Number(process.hrtime.bigint() - start) / 1e6, 2)
  }
  engine.close()
  removeDir(dir)

  const result = {
    tradeFlowRows: rows,
    generated: { inserted, ms: round(insertMs, 0) },
    computeAll: { first: round(firstMs, 2), ...summary(samples) },
    baselineStarterOnly: starterOnly,
    baselineBareFullScanMs: round(bareScanMs, 2),
    perIndicatorMs: perIndicator,
    hhiRowsUsed: results.find((r) => r.id === 'supplier_hhi')?.rows.length,
    allComputable: results.every((r) => r.computable),
    targetMs: 500
  }
  const out = writeResult('indicators', result)
  console.log(JSON.stringify(result, null, 2), '->', out)
  expect(rows).toBeGreaterThanOrEqual(TARGET_ROWS)
  expect(result.allComputable).toBe(true)
})
