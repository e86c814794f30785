// The real public files in ../shared/data/real (never copied into the repo): the USGS Mineral Commodity
// Summaries 2026 data release CSV (Windows-1252) -> rare-earth figures, the USGS Minerals Yearbook 2022 tables
// (xlsx, sheet T8, one column per year) -> figures, and UN Comtrade JSON -> trade flows. Each is imported
// twice: the second time everything is unchanged. Skips cleanly when the folder is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { readOptions, summaryLine, type Mapping } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { runPipeline, type PipelineOptions } from './pipeline'

const REPO = path.resolve(__dirname, '../../..')
const REAL = path.resolve(REPO, '../shared/data/real')
const present = fs.existsSync(REAL)
if (!present) console.log(`Real-file import tests skipped: ${REAL} is not there.`)

function mappingFile(name: string): { mapping: Mapping; read: Record<string, unknown> } {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'resources/mappings', name), 'utf8')) as { mapping: Mapping; read: Record<string, unknown> }
}

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  if (present) engine = createEngine({ datasetPath: path.join(dir, 'india.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
})
afterAll(() => {
  engine?.close()
  removeDir(dir)
})

function options(mapping: Mapping | undefined, read: Record<string, unknown>, table: Mapping['table'], mode: 'all' | 'valid' = 'valid'): PipelineOptions {
  return { read: readOptions.parse(read), table, mapping, mode, dryRun: false, actor: 'tester' }
}

describe.skipIf(!present)('real files from ../shared/data/real', () => {
  it('imports the rare-earth rows of the USGS MCS 2026 CSV into figures, with units, years and notes', async () => {
    const bytes = fs.readFileSync(path.join(REAL, 'usgs_mcs2026_commodities_data.csv'))
    const { mapping, read } = mappingFile('usgs-mcs2026-rare-earths.json')
    const first = await runPipeline(engine.db, bytes, 'usgs_mcs2026_commodities_data.csv', options(mapping, read, 'observation'))
    expect(first.source.layout).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ',', headerRow: 1 })
    // Stored in the starter's words where the starter's figures of other sources repeat the file's values; Brazil's
    // reserves then meet the starter's own row from this release, whose note is updated to the file's.
    expect(first.mapping.subjects).toEqual([
      { indicator: 'mine_production', from: 'Mine production', to: 'REO total (rare-earth-oxide equivalent)' },
      { indicator: 'reserves', from: 'Reserves', to: 'REO total (rare-earth-oxide equivalent)' }
    ])
    expect(first.secondSources).toMatchObject({ count: 42, repeats: 42, differ: 0 })
    expect(first.tally.counts).toMatchObject({ rows: 164, valid: 154, invalid: 10, new: 153, updated: 1 })
    expect(first.tally.counts.skipped).toBeGreaterThan(8000)
    expect(first.tally.problems.filter((p) => p.field === 'indicator_id').map((p) => p.value)).toEqual(
      expect.arrayContaining(['Employment', 'Import sources 2021-2024'])
    )
    const china = engine.db
      .prepare(
        `SELECT o.value, o.value_text, o.year, o.period, u.code AS unit, o.basis, o.locator, o.note FROM observation o JOIN country c ON c.id = o.country_id
         JOIN unit u ON u.id = o.unit_id JOIN source s ON s.id = o.source_id
         WHERE c.code = 'CHN' AND o.subject = 'REO total (rare-earth-oxide equivalent)' AND o.year = 2024 AND s.code = 'USGS-MCS2026-DR'`
      )
      .get()
    expect(china).toEqual({
      value: 270000,
      value_text: '270,000',
      year: 2024,
      period: '2024',
      unit: 't REO',
      basis: 'REO equivalent',
      locator: 'World Mine Production and Reserves',
      note: 'Estimated. -- Production quota; does not include undocumented production. Subject as the file words it: Mine production.'
    })
    const world = engine.db
      .prepare("SELECT o.value, o.qualifier FROM observation o JOIN country c ON c.id = o.country_id WHERE c.code = 'WLD' AND o.subject = 'Reserves: rounded'")
      .get()
    expect(world).toEqual({ value: 85000000, qualifier: '>' })
    const again = await runPipeline(engine.db, bytes, 'usgs_mcs2026_commodities_data.csv', options(mapping, read, 'observation'))
    expect(summaryLine(again.tally.counts)).toBe('154 unchanged, 0 updated, 0 new')
  })

  it('imports world mine production from the USGS Minerals Yearbook 2022 workbook (sheet T8, one column per year)', async () => {
    const bytes = fs.readFileSync(path.join(REAL, 'usgs_myb2022_rare_earths_tables.xlsx'))
    const { mapping, read } = mappingFile('usgs-myb2022-table8.json')
    const first = await runPipeline(engine.db, bytes, 'usgs_myb2022_rare_earths_tables.xlsx', options(mapping, read, 'observation'))
    expect(first.source.layout).toMatchObject({ format: 'xlsx', sheet: 'T8', headerRow: 6, lastRow: 19 })
    expect(first.source.layout.sheets).toEqual(['Note', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'])
    expect(first.tally.counts).toMatchObject({ rows: 65, valid: 60, invalid: 5 })
    // the starter data already holds some of these figures: they are matched, not added twice
    const { new: added, updated, unchanged } = first.tally.counts
    expect(added + updated + unchanged).toBe(60)
    expect(first.tally.problems.every((p) => p.row === 19 && p.value === 'Total')).toBe(true)
    const rows = engine.db
      .prepare(
        `SELECT c.code, o.year, o.value, o.value_text, o.qualifier, o.note FROM observation o JOIN country c ON c.id = o.country_id
         JOIN source s ON s.id = o.source_id WHERE s.code = 'USGS-MYB2022-TABLES' AND o.locator = 'Table 8' AND c.code IN ('USA', 'BDI', 'MMR', 'AUS', 'IND') ORDER BY c.code, o.year`
      )
      .all() as { code: string; year: number; value: number | null; value_text: string; qualifier: string; note: string | null }[]
    expect(rows.find((r) => r.code === 'USA' && r.year === 2022)).toMatchObject({
      value: 42500,
      qualifier: '',
      note: 'Footnote 6: Includes bastnaesite only. Excludes monazite from heavy mineral sands.'
    })
    expect(rows.find((r) => r.code === 'USA' && r.year === 2018)).toMatchObject({ value: 14000, qualifier: 'e' })
    expect(rows.find((r) => r.code === 'BDI' && r.year === 2022)).toMatchObject({ value: null, value_text: '--', qualifier: 'NA' })
    expect(rows.filter((r) => r.code === 'MMR')).toHaveLength(5)
    // "Australiae": every Australian value is an estimate; "Indiae, 4": estimated, with footnote 4
    expect(rows.filter((r) => r.code === 'AUS').map((r) => r.qualifier)).toEqual(['e', 'e', 'e', 'e', 'e'])
    expect(rows.find((r) => r.code === 'IND' && r.year === 2020)).toMatchObject({
      qualifier: 'e',
      note: expect.stringContaining("Footnote 4: India's Department of Atomic Energy did not disclose monazite production data.")
    })
    const again = await runPipeline(engine.db, bytes, 'usgs_myb2022_rare_earths_tables.xlsx', options(mapping, read, 'observation'))
    expect(summaryLine(again.tally.counts)).toBe('60 unchanged, 0 updated, 0 new')
  })

  it('imports the UN Comtrade answers (2020-2024) into trade flows with the suggested mapping', async () => {
    const before = (engine.db.prepare('SELECT count(*) AS n FROM trade_flow').get() as { n: number }).n
    let added = 0
    let records = 0
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      const bytes = fs.readFileSync(path.join(REAL, 'un_comtrade_china_2846', `${year}.json`))
      const outcome = await runPipeline(engine.db, bytes, `${year}.json`, options(undefined, {}, 'trade_flow', 'all'))
      expect(outcome.source.comtrade).toBe(true)
      expect(outcome.mapping.layout).toBe('UN Comtrade API answer (JSON)')
      expect(outcome.mapping.fields.source_id).toEqual({ constant: 'UNCOMTRADE-CHN-2846' }) // the starter's Comtrade source
      expect(outcome.mappingProblems).toEqual([])
      expect(outcome.tally.counts.invalid).toBe(0)
      expect(outcome.committed).toBe(true)
      added += outcome.tally.counts.new
      records += outcome.tally.counts.rows
    }
    expect(records).toBe(150)
    expect((engine.db.prepare('SELECT count(*) AS n FROM trade_flow').get() as { n: number }).n).toBe(before + added)
    const myanmar = engine.db
      .prepare(
        `SELECT t.quantity, t.value_usd, t.value_basis, t.estimated, u.code AS unit FROM trade_flow t JOIN country r ON r.id = t.reporter_id
         JOIN country p ON p.id = t.partner_id JOIN unit u ON u.id = t.quantity_unit_id WHERE r.code = 'CHN' AND p.code = 'MMR' AND t.year = 2024 AND t.flow = 'import'`
      )
      .get() as { value_basis: string; unit: string; quantity: number }
    expect(myanmar).toMatchObject({ value_basis: 'CIF', unit: 'kg' })
    expect(myanmar.quantity).toBeGreaterThan(0)
    expect(engine.db.prepare("SELECT name, kind FROM country WHERE code IN ('S19', 'XNS') ORDER BY code").all()).toEqual([
      { name: 'Other Asia, nes', kind: 'aggregate' },
      { name: 'Areas, nes', kind: 'aggregate' }
    ])
    const again = await runPipeline(
      engine.db,
      fs.readFileSync(path.join(REAL, 'un_comtrade_china_2846', '2024.json')),
      '2024.json',
      options(undefined, {}, 'trade_flow', 'all')
    )
    expect(summaryLine(again.tally.counts)).toBe('34 unchanged, 0 updated, 0 new')
  })

  it('gives a UN Comtrade answer a source of its own in a dataset that has no Comtrade source for its product', async () => {
    const empty = createEngine({ datasetPath: path.join(dir, 'empty.lodestone'), host: 'test', createIfMissing: 'empty' })
    try {
      // a Comtrade source of another product (HS 252310, cement) is not cited for HS 2846
      const classic = fs.readFileSync(path.join(REAL, 'un_comtrade_classic_csv', 'hs252310_eu28_by_partner.csv'))
      expect((await runPipeline(empty.db, classic, 'hs252310_eu28_by_partner.csv', options(undefined, {}, 'trade_flow', 'all'))).committed).toBe(true)
      const bytes = fs.readFileSync(path.join(REAL, 'un_comtrade_china_2846', '2022.json'))
      const outcome = await runPipeline(empty.db, bytes, '2022.json', options(undefined, {}, 'trade_flow', 'all'))
      expect(outcome.mappingProblems).toEqual([])
      expect(outcome.committed).toBe(true)
      expect(outcome.mapping.source).toMatchObject({ code: 'UNCOMTRADE-HS2846', publisher: 'United Nations Statistics Division' })
      const sources = empty.db.prepare('SELECT s.code AS code, count(*) AS n FROM trade_flow t LEFT JOIN source s ON s.id = t.source_id GROUP BY s.code').all()
      expect(sources).toEqual([
        { code: 'UNCOMTRADE-HS252310', n: 669 },
        { code: 'UNCOMTRADE-HS2846', n: outcome.tally.counts.new }
      ])
    } finally {
      empty.close()
    }
  })
})
