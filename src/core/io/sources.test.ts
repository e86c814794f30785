// A row never holds values from two sources: the starter dataset (UN Comtrade flows for China), then OEC's
// 2022 net trade and the UN Comtrade 2022 answer imported over it; both sources' rows exist side by side, the
// preview counts the second sources, and no stored row's source changed without all its values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { readOptions, type Mapping } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { runPipeline, type PipelineOptions } from './pipeline'
import { openSource } from './source'

const REAL = path.resolve(__dirname, '../../../../shared/data/real')
const present = fs.existsSync(REAL)

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  if (present) engine = createEngine({ datasetPath: path.join(dir, 'two.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
})
afterAll(() => {
  engine?.close()
  removeDir(dir)
})

function options(table: Mapping['table'], mapping: Mapping | undefined, dryRun = false): PipelineOptions {
  return { read: readOptions.parse({}), table, mapping, mode: 'valid', dryRun, actor: 'tester' }
}

const OEC_2022: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'ISO 3' },
    partner_id: { constant: 'WLD' },
    year: { constant: 2022 },
    hs_code: { constant: '2846' },
    flow: { values: { 'Trade Value Export': 'export', 'Trade Value Import': 'import' } },
    value_basis: { constant: 'not stated' },
    source_id: { constant: 'OEC-HS2846' }
  },
  unpivot: { columns: ['Trade Value Export', 'Trade Value Import'], valueInto: 'value_usd', headerInto: ['flow'] }
}

interface Flow {
  id: number
  source: string | null
  quantity: number | null
  value_usd: number | null
  value_basis: string | null
  version: number
}

function chinaWorld2022(): Flow[] {
  return engine.db
    .prepare(
      `SELECT t.id, s.code AS source, t.quantity, t.value_usd, t.value_basis, t.version FROM trade_flow t JOIN country r ON r.id = t.reporter_id
       JOIN country p ON p.id = t.partner_id LEFT JOIN source s ON s.id = t.source_id
       WHERE r.code = 'CHN' AND p.code = 'WLD' AND t.year = 2022 AND t.hs_code = '2846' AND t.flow = 'import' ORDER BY t.id`
    )
    .all() as Flow[]
}

describe.skipIf(!present)('two sources for one flow', () => {
  it('keeps UN Comtrade and OEC rows for China 2022 imports side by side', async () => {
    const sourceCsv = new TextEncoder().encode(
      'code,title,publisher,url\nOEC-HS2846,"Net trade, HS 2846 rare-earth compounds",Observatory of Economic Complexity,https://oec.world/\n'
    )
    const src = await runPipeline(engine.db, sourceCsv, 'sources.csv', options('source', undefined))
    expect(src.tally.counts.new).toBe(1)
    const before = chinaWorld2022()
    expect(before.map((f) => f.source)).toEqual(['UNCOMTRADE-CHN-2846'])
    const allBefore = new Map(
      (engine.db.prepare('SELECT * FROM trade_flow').all() as Record<string, unknown>[]).map((r) => [r.id as number, r] as [number, Record<string, unknown>])
    )

    const oec = fs.readFileSync(path.join(REAL, 'oec_hs2846', 'net_trade_2022.xlsx'))
    const preview = await runPipeline(engine.db, oec, 'net_trade_2022.xlsx', options('trade_flow', OEC_2022, true))
    expect(preview.mappingProblems).toEqual([])
    expect(preview.secondSources.count).toBeGreaterThanOrEqual(1)
    expect(preview.secondSources.message).toMatch(/^\d+ would add a second source for an existing flow/)
    expect(preview.secondSources.rows.some((r) => r.existingId === before[0]!.id && r.existingSource === 'UNCOMTRADE-CHN-2846')).toBe(true)
    const done = await runPipeline(engine.db, oec, 'net_trade_2022.xlsx', options('trade_flow', OEC_2022))
    expect(done.tally.counts.updated).toBe(0)
    expect(done.tally.counts.new).toBe(preview.tally.counts.new)

    const comtrade = fs.readFileSync(path.join(REAL, 'un_comtrade_china_2846', '2022.json'))
    const again = await runPipeline(engine.db, comtrade, '2022.json', options('trade_flow', undefined))
    expect(again.tally.counts.invalid).toBe(0)

    const after = chinaWorld2022()
    expect(after.map((f) => f.source)).toEqual(['UNCOMTRADE-CHN-2846', 'OEC-HS2846'])
    expect(after[0]).toMatchObject({ value_usd: 1063610537, value_basis: 'CIF' })
    expect(after[0]!.quantity).toBeCloseTo(44748358.435, 3)
    const sheet = await openSource(oec, 'net_trade_2022.xlsx', readOptions.parse({}))
    let chinaImport: unknown = null
    sheet.eachRow((r) => {
      if (r.cells[0] === 'chn') chinaImport = r.cells[4]
    })
    expect(typeof chinaImport).toBe('number')
    expect(after[1]).toMatchObject({ value_usd: chinaImport, quantity: null, value_basis: 'not stated' })
    // no row's source changed without all its values: every pre-existing row keeps its source
    for (const row of engine.db.prepare('SELECT * FROM trade_flow').all() as Record<string, unknown>[]) {
      const old = allBefore.get(row.id as number)
      if (old) expect(row.source_id).toBe(old.source_id)
    }
  })
})
