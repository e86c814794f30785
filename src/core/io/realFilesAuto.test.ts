// Every real file in ../shared/data/real imported with no hand mapping (--mapping auto: its recognised layout),
// into a starter dataset: the layout it is recognised as, the rows imported, at least three values checked
// against the file itself, then the same file again gives "0 updated, 0 new". Skips cleanly when absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { readOptions, summaryLine, type ImportTable } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { runPipeline, type PipelineOutcome } from './pipeline'

const REAL = path.resolve(__dirname, '../../../../shared/data/real')
const present = fs.existsSync(REAL)

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  if (present) engine = createEngine({ datasetPath: path.join(dir, 'auto.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
})
afterAll(() => {
  engine?.close()
  removeDir(dir)
})

async function importAuto(file: string, table: ImportTable): Promise<PipelineOutcome> {
  const run = (): Promise<PipelineOutcome> =>
    runPipeline(engine.db, fs.readFileSync(path.join(REAL, file)), path.basename(file), {
      read: readOptions.parse({}),
      table,
      mode: 'all',
      dryRun: false,
      actor: 'tester',
      hint: file
    })
  const first = await run()
  expect(first.mappingProblems).toEqual([])
  expect(first.tally.problems).toEqual([])
  expect(first.committed).toBe(true)
  const again = await run()
  expect(summaryLine(again.tally.counts)).toBe(`${again.tally.counts.valid.toLocaleString('en-US')} unchanged, 0 updated, 0 new`)
  return first
}

function figure(source: string, country: string, indicator: string, year: number, subject?: string): Record<string, unknown> | undefined {
  return engine.db
    .prepare(
      `SELECT o.value, o.value_text, o.qualifier, o.year, o.period, u.code AS unit, o.basis, o.subject FROM observation o JOIN country c ON c.id = o.country_id
       JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id JOIN source s ON s.id = o.source_id
       WHERE s.code = ? AND c.code = ? AND i.code = ? AND o.year = ? AND (? IS NULL OR o.subject = ?)`
    )
    .get(source, country, indicator, year, subject ?? null, subject ?? null) as Record<string, unknown> | undefined
}

function flow(source: string, reporter: string, partner: string, year: number, dir: string): Record<string, unknown> | undefined {
  return engine.db
    .prepare(
      `SELECT t.value_usd, t.quantity, t.value_basis, t.estimated, t.hs_code FROM trade_flow t JOIN country r ON r.id = t.reporter_id JOIN country p ON p.id = t.partner_id
       JOIN source s ON s.id = t.source_id WHERE s.code = ? AND r.code = ? AND p.code = ? AND t.year = ? AND t.flow = ?`
    )
    .get(source, reporter, partner, year, dir) as Record<string, unknown> | undefined
}

describe.skipIf(!present)('every real file imports with its recognised layout (no hand mapping)', () => {
  it('USGS MCS 2025 world data: unpivoted, rare earths only, with years and estimate qualifiers', async () => {
    const o = await importAuto('usgs/usgs_mcs2025_world_data.csv', 'observation')
    expect(o.mapping.layout).toBe('USGS MCS world data, 2025 release')
    expect(o.tally.counts).toMatchObject({ rows: 41, valid: 41 })
    const src = 'USGS-MCS2025-WORLD'
    expect(figure(src, 'CHN', 'mine_production', 2024)).toMatchObject({ value: 270000, qualifier: 'e', unit: 't REO', basis: 'REO equivalent' })
    expect(figure(src, 'MMR', 'mine_production', 2023)).toMatchObject({ value: 43000, qualifier: '' })
    expect(figure(src, 'USA', 'reserves', 2024)).toMatchObject({ value: 1900000 })
    expect(figure(src, 'WLD', 'reserves', 2024)).toMatchObject({ value: 90000000, value_text: '>90000000', qualifier: '>' })
    expect(figure(src, 'CAN', 'reserves', 2024)).toMatchObject({ value: 830000 }) // "Canada " with a trailing space
  })

  it('USGS MCS 2025 salient statistics: one column per statistic, prices per oxide, ">95" and "E"', async () => {
    const o = await importAuto('usgs/usgs_mcs2025_rare_earths_salient.csv', 'observation')
    expect(o.mapping.layout).toBe('USGS MCS salient statistics, 2025 release')
    expect(o.tally.counts.valid).toBe(90)
    const src = 'USGS-MCS2025-RE-SALIENT'
    expect(figure(src, 'USA', 'mine_production', 2024)).toMatchObject({ value: 45000, unit: 't REO' })
    expect(figure(src, 'USA', 'price_avg', 2022, 'Price: Nd2O3')).toMatchObject({ value: 134, unit: 'USD/kg' })
    expect(figure(src, 'USA', 'net_import_reliance', 2021, 'Net import reliance: compounds and metals')).toMatchObject({ value: 95, qualifier: '>', unit: '%' })
    expect(figure(src, 'USA', 'net_import_reliance', 2022, 'Net import reliance: concentrate')).toMatchObject({ value: null, value_text: 'E', qualifier: 'NA' })
  })

  it('USGS MCS 2024 rare earths world: 44 columns, trailing rows of commas skipped, reserves at end-2023', async () => {
    const o = await importAuto('usgs/usgs_mcs2024_rare_earths_world.csv', 'observation')
    expect(o.mapping.layout).toBe('USGS MCS world data, 2024 release')
    expect(o.tally.counts).toMatchObject({ rows: 48, valid: 48, invalid: 0 })
    const src = 'USGS-MCS2024-WORLD'
    expect(figure(src, 'USA', 'mine_production', 2023)).toMatchObject({ value: 43000, qualifier: 'e' })
    expect(figure(src, 'AUS', 'reserves', 2023)).toMatchObject({ value: 5700000 })
    expect(figure(src, 'MMR', 'reserves', 2023)).toMatchObject({ value: null, value_text: 'NA', qualifier: 'NA' })
  })

  it('USGS MCS 2026 data release (all commodities, Windows-1252): the rare-earth chapter', async () => {
    const o = await importAuto('usgs_mcs2026_commodities_data.csv', 'observation')
    expect(o.mapping.layout).toBe('USGS MCS data release, 2026 (all commodities): rare earths')
    expect(o.tally.counts.valid).toBe(154)
    // In the words of figures the dataset holds from other sources with the same values: the starter's, and the
    // MCS 2025 salient statistics imported above (11 subjects in all).
    const reo = 'REO total (rare-earth-oxide equivalent)'
    expect(o.mapping.subjects?.map((w) => `${w.from} -> ${w.to}`)).toEqual(
      expect.arrayContaining([
        `Mine production -> ${reo}`,
        `Reserves -> ${reo}`,
        'Imports: Metals: Rare-earth metals and alloys -> Imports for consumption: metals',
        'Price, average, dollars per kilogram: Neodymium oxide, 99.5% minimum -> Price: Nd2O3'
      ])
    )
    expect(figure('USGS-MCS2026-DR', 'CHN', 'mine_production', 2024, reo)).toMatchObject({ value: 270000, value_text: '270,000', unit: 't REO' })
    const world = engine.db
      .prepare(
        "SELECT o.value, o.qualifier FROM observation o JOIN country c ON c.id = o.country_id JOIN source s ON s.id = o.source_id WHERE c.code = 'WLD' AND o.subject = 'Reserves: rounded' AND s.code = 'USGS-MCS2026-DR'"
      )
      .get()
    expect(world).toEqual({ value: 85000000, qualifier: '>' })
    expect(figure('USGS-MCS2026-DR', 'USA', 'mine_production', 2024, reo)).toMatchObject({ year: 2024, basis: 'REO equivalent' })
  })

  it('USGS Minerals Yearbook 2022 workbook: found on sheet T8, footnote marks off the names, Total as World', async () => {
    const o = await importAuto('usgs_myb2022_rare_earths_tables.xlsx', 'observation')
    expect(o.source.layout.sheet).toBe('T8')
    expect(o.mapping.layout).toMatch(/^USGS Minerals Yearbook 2022, world mine production by country/)
    expect(o.tally.counts.valid).toBe(65)
    const src = 'USGS-MYB2022-TABLES'
    expect(figure(src, 'USA', 'mine_production', 2022)).toMatchObject({ value: 42500 })
    expect(figure(src, 'USA', 'mine_production', 2018)).toMatchObject({ value: 14000, qualifier: 'e' })
    expect(figure(src, 'BDI', 'mine_production', 2022)).toMatchObject({ value: null, value_text: '--', qualifier: 'NA' })
    expect(figure(src, 'IND', 'mine_production', 2020)).toMatchObject({ qualifier: 'e' })
  })

  it('OEC net trade 2020 as CSV, JSON and XLSX: export and import against the World, one row per flow', async () => {
    const csv = await importAuto('oec_hs2846/net_trade_2020.csv', 'trade_flow')
    expect(csv.mapping.layout).toBe('OEC net trade by country, 2020')
    expect(csv.tally.counts).toMatchObject({ new: 138 })
    expect(flow('OEC', 'CHN', 'WLD', 2020, 'export')).toMatchObject({ value_usd: 275280142, hs_code: '2846', value_basis: 'not stated' })
    expect(flow('OEC', 'CHN', 'WLD', 2020, 'import')).toMatchObject({ value_usd: 600340565 })
    expect(flow('OEC', 'IDN', 'WLD', 2020, 'export')!.value_usd).toBeCloseTo(174284, 6)
    for (const f of ['oec_hs2846/net_trade_2020.json', 'oec_hs2846/net_trade_2020.xlsx']) {
      const same = await importAuto(f, 'trade_flow')
      expect(summaryLine(same.tally.counts)).toBe('138 unchanged, 0 updated, 0 new')
    }
  })

  it('UN Comtrade classic CSV: totals only (no breakdown row taken for a total), flow codes, W00 as World', async () => {
    const o = await importAuto('un_comtrade_classic_csv/hs252310_all_reporters_world.csv', 'trade_flow')
    expect(o.mapping.layout).toBe('UN Comtrade classic CSV download (totals only)')
    expect(o.tally.counts).toMatchObject({ rows: 6328, valid: 6328 })
    expect(o.tally.counts.skipped).toBe(16183 - 6328)
    const src = 'UNCOMTRADE-HS252310'
    expect(flow(src, 'AGO', 'WLD', 2015, 'import')).toMatchObject({ value_usd: 83201423, value_basis: 'CIF', hs_code: '252310' })
    expect(flow(src, 'AUS', 'WLD', 1988, 'export')).toMatchObject({ value_usd: 58552, quantity: 839062, value_basis: 'FOB' })
    expect(flow(src, 'AUS', 'WLD', 1988, 'import')).toMatchObject({ value_usd: 1828131, quantity: 75257000 })
    const eu = await importAuto('un_comtrade_classic_csv/hs252310_eu28_by_partner.csv', 'trade_flow')
    expect(eu.tally.counts).toMatchObject({ rows: 669, valid: 669 })
    expect(engine.db.prepare("SELECT name, kind FROM country WHERE code = 'EUR'").get()).toEqual({ name: 'EU-28', kind: 'group' })
  })

  it('USGS deposits database: historical country names, same-named deposits in one country side by side', async () => {
    const o = await importAuto('usgs/usgs_ofr2002-189_ree_deposits.csv', 'facility')
    expect(o.mapping.layout).toBe('USGS rare-earth deposits database (Open-File Report 2002-189)')
    expect(o.tally.counts).toMatchObject({ rows: 799, new: 799 })
    const first = engine.db
      .prepare("SELECT f.name, c.code AS country, f.stage, f.status_note FROM facility f JOIN country c ON c.id = f.country_id WHERE f.code = 'OFR2002-189-1'")
      .get()
    expect(first).toEqual({ name: 'Adiounedj', country: 'MLI', stage: 'deposit', status_note: 'Occurrence' })
    const countryOf = (code: string): unknown =>
      engine.db.prepare('SELECT count(*) AS n FROM facility f JOIN country c ON c.id = f.country_id WHERE c.code = ? AND f.code LIKE ?').get(code, 'OFR%')
    expect(countryOf('SUN')).toEqual({ n: 2 }) // "USSR"
    expect(countryOf('COD')).toEqual({ n: 7 }) // "Congo (Zaire)"
    const twins = engine.db
      .prepare("SELECT count(*) AS n FROM (SELECT name, country_id FROM facility WHERE code LIKE 'OFR%' GROUP BY name, country_id HAVING count(*) > 1)")
      .get() as { n: number }
    expect(twins.n).toBeGreaterThan(0)
  })

  it('NRCan ArcGIS REST answer: features[].attributes read as records', async () => {
    const o = await importAuto('other/nrcan_processing_facilities_arcgis.json', 'facility')
    expect(o.tally.counts).toMatchObject({ rows: 8, new: 8 })
    const ottawa = engine.db
      .prepare(
        "SELECT f.name, c.code AS country, f.stage, f.status, f.description FROM facility f JOIN country c ON c.id = f.country_id WHERE f.code = 'NRCAN-139'"
      )
      .get()
    expect(ottawa).toEqual({ name: 'Ottawa Plant', country: 'CAN', stage: 'alloy', status: 'operating', description: 'Ferrovanadium, ferromolybdenum' })
  })

  it('Ontario CMIF recipients: grants in CAD (an ISO 4217 unit added), each a scheme initiative', async () => {
    const o = await importAuto('other/ontario_cmif_recipients.csv', 'initiative')
    expect(o.tally.counts).toMatchObject({ rows: 29, new: 29 })
    const grant = engine.db
      .prepare(
        "SELECT i.partners, i.amount, u.code AS unit, i.kind FROM initiative i JOIN unit u ON u.id = i.amount_unit_id WHERE i.name = 'Critical Mineral Concentrate Optimization Process and Recovery'"
      )
      .get()
    expect(grant).toEqual({ partners: 'Frontier Lithium Inc.', amount: 500000, unit: 'CAD', kind: 'scheme' })
    expect(engine.db.prepare("SELECT dimension FROM unit WHERE code = 'CAD'").get()).toEqual({ dimension: 'currency' })
  })
})
