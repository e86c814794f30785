// Every indicator against the starter dataset, with the expected values worked out by hand from named starter
// rows (figures F0xxx in resources/starter/facts.csv; trade flows are built from the UN Comtrade figures named).
// Also: not computable in words instead of NaN, unit and basis mismatches refused with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import type { IndicatorId, IndicatorResult } from '../../shared/analysis'
import { createEngine, type Engine } from '../engine'
import { ok, removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = createEngine({
    datasetPath: path.join(dir, 'starter.lodestone'),
    host: 'test',
    createIfMissing: 'starter',
    starterDir: STARTER_DIR,
    actor: 'tester'
  })
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const compute = (id: IndicatorId, params: Record<string, string | number | null> = {}): Promise<IndicatorResult> =>
  ok(engine, 'indicators.compute', { id, params })
const value = (r: IndicatorResult, label: string): number | undefined => r.values.find((v) => v.label === label)?.value
const codes = (r: IndicatorResult): string[] => r.rows.map((x) => x.label)
const figureId = (code: string): number => (engine.db.prepare('SELECT id FROM observation WHERE code = ?').get(code) as { id: number }).id

describe("supplier's share of imports (China's share of India's)", () => {
  it('takes the published shares per product, basis and year, headline all-REE by volume', async () => {
    const r = await compute('supplier_share_of_imports')
    expect(r.computable).toBe(true)
    // Headline: F0003 "REE imports sourced from China (volume)", 2023, 90 % (the only dated all-REE volume share).
    expect(r.headline).toMatchObject({ value: 90, unit: '%', year: 2023 })
    // By value: F0002, 2023, 81 %.
    expect(value(r, 'All rare earths, by value, 2023')).toBe(81)
    // Compounds by volume: F0200 31.56 % (FY2019-20), F0201 71.82 % (FY2023-24), F0202 54.45 % (FY2024-25).
    expect(value(r, 'Rare-earth compounds, by volume, FY2019-20')).toBe(31.56)
    expect(value(r, 'Rare-earth compounds, by volume, FY2024-25')).toBe(54.45)
    // Metals: F0196 92 % (FY2022-23), F0197 62 % (FY2024-25).
    expect(value(r, 'Rare-earth metals, by volume, FY2024-25')).toBe(62)
    // Magnets FY2024-25 has two published shares: F0206 93 % (confidence medium) and F0210 ">80" % (low-medium).
    // No mark: the rule takes the more confident F0206.
    expect(value(r, 'Permanent magnets, by volume, FY2024-25')).toBe(93)
    const magnets = r.choices.find((c) => c.what.startsWith('Permanent magnets'))!
    expect(magnets).toMatchObject({ reason: 'rule', used: { label: 'F0206' } })
    expect(magnets.alternatives.map((a) => a.label)).toEqual(['F0210'])
    // Cross-check from the same source (IE-MAGNETS-2025): F0207 50,000 t from China / F0205 53,700 t all
    // = 0.931098... -> 93.11 %.
    expect(r.notes.join(' ')).toContain('F0207 / F0205 = 50,000 / 53,700 t gives 93.11%')
    // Figures without a year or a volume/value basis are named, not silently used: F0001, F0011, F0013.
    expect(r.notes.join(' ')).toMatch(/F0011.*F0013/)
    expect(r.notes.join(' ')).toContain('F0001')
    expect(codes(r)).toEqual(expect.arrayContaining(['F0002', 'F0003', 'F0196', 'F0197', 'F0200', 'F0201', 'F0202', 'F0206']))
    expect(r.sources.map((s) => s.code)).toEqual(expect.arrayContaining(['REX-INDIA-2025', 'BS-DATANOMICS-2025', 'IE-MAGNETS-2025']))
    expect(r.chart).toMatchObject({ kind: 'bar', log: false })
  })

  it('uses the figure the analyst prefers and says so', async () => {
    const applied = await ok(engine, 'edits.apply', {
      changes: [{ kind: 'update', table: 'observation', id: figureId('F0210'), column: 'preferred', value: true }]
    })
    const r = await compute('supplier_share_of_imports')
    // F0210 is now marked preferred: its 80 % replaces F0206's 93 %.
    expect(value(r, 'Permanent magnets, by volume, FY2024-25')).toBe(80)
    expect(r.choices.find((c) => c.what.startsWith('Permanent magnets'))).toMatchObject({ reason: 'preferred', used: { label: 'F0210' } })
    expect(applied.batchId).toBeGreaterThan(0)
    await ok(engine, 'history.undo', {})
  })

  it('says in words when a year has no figure', async () => {
    const r = await compute('supplier_share_of_imports', { year: 2021 })
    expect(r).toMatchObject({ computable: false, headline: null, values: [] })
    expect(r.reason).toBe("not computable: no 2021 figures for the share of India's rare-earth imports coming from China (by volume or by value).")
  })
})

describe('supplier concentration (HHI)', () => {
  it("China's HS 2846 imports by value, 2023: partners' shares of the World row, squared and summed", async () => {
    const r = await compute('supplier_hhi')
    // World F0458 = 1,881,334,377 USD. Shares: Myanmar F0460 1,441,901,598 -> 76.6425 %; Malaysia F0466
    // 214,676,059 -> 11.4108 %; Laos F0464 103,657,219 -> 5.5098 %; Kazakhstan F0462 9,029,723 -> 0.4800 %;
    // India F0468 4,336,897 -> 0.2305 %. HHI = 76.6425^2 + 11.4108^2 + 5.5098^2 + 0.4800^2 + 0.2305^2
    // = 5874.07 + 130.21 + 30.36 + 0.23 + 0.05 = 6034.92 -> 6034.9.
    expect(r.headline).toMatchObject({ unit: 'HHI points', year: 2024 })
    expect(value(r, 'HHI 2023')).toBe(6034.9)
    // 2024 (the latest, the headline): World F0470 1,386,613,152; Myanmar F0472 817,835,388 (58.98 %), Laos F0476
    // 259,557,138 (18.72 %), Malaysia F0478 206,356,238 (14.88 %), India F0480 3,033,521 (0.22 %), Kazakhstan
    // F0474 382,027 (0.03 %): 3478.8 + 350.4 + 221.5 + 0.05 + 0.0008 = 4050.65 -> 4050.7.
    expect(r.headline!.value).toBe(4050.7)
    expect(value(r, 'Myanmar')).toBe(58.98)
    // 2020 has no World row: shares of the partners' sum 390,633,823 (F0436 + F0438 + F0440):
    // 99.2422^2 + 0.2757^2 + 0.4821^2 = 9849.3.
    expect(value(r, 'HHI 2020')).toBe(9849.3)
    expect(r.notes.join(' ')).toContain('No usable World total for 2020, 2021')
    // 2024's unattributed rest: 100 - 92.83 = 7.17 % -> upper bound 4050.65 + 7.17^2 = 4102.1.
    expect(r.notes.join(' ')).toContain('between 4,051 (that rest spread thinly) and 4,102')
    expect(r.chart).toMatchObject({ kind: 'line', categories: ['2020', '2021', '2022', '2023', '2024'] })
    expect(r.rows.every((x) => x.table === 'trade_flow' && x.source?.code === 'UNCOMTRADE-CHN-2846')).toBe(true)
  })

  it('by quantity, 2023', async () => {
    const r = await compute('supplier_hhi', { measure: 'quantity', year: 2023 })
    // World F0457 109,285,773 kg; Myanmar F0459 72,073,760 (65.95 %), Malaysia F0465 19,084,528 (17.46 %),
    // Laos F0463 11,307,691 (10.35 %), Kazakhstan F0461 1,255,554 (1.15 %), India F0467 805,860 (0.74 %):
    // 4349.4 + 305.0 + 107.1 + 1.3 + 0.5 = 4763.25 -> 4763.3.
    expect(r.headline).toMatchObject({ value: 4763.3, year: 2023 })
  })

  it('refuses a year or a reporter without data in words', async () => {
    expect((await compute('supplier_hhi', { year: 2019 })).reason).toBe("not computable: no 2019 import value by partner for China's HS 2846 imports.")
    expect((await compute('supplier_hhi', { reporter: 'IND' })).reason).toBe("not computable: no trade flows for India's HS 2846 imports.")
  })
})

describe('import growth (CAGR)', () => {
  it("China's HS 2846 imports from the World by value, 2022-2024", async () => {
    const r = await compute('import_cagr')
    // F0448 2022: 1,063,610,537 USD; F0470 2024: 1,386,613,152 USD. (1,386,613,152 / 1,063,610,537)^(1/2) - 1
    // = 1.303686^(0.5) - 1 = 1.141790 - 1 = 14.18 % per year.
    expect(r.headline).toMatchObject({ value: 14.18, unit: '% per year', year: 2024 })
    expect(r.params).toMatchObject({ from: null, to: null, partner: 'WLD' })
    expect(r.rows.map((x) => x.year)).toEqual([2022, 2023, 2024])
  })

  it('from Myanmar by value over a chosen window 2020-2024', async () => {
    const r = await compute('import_cagr', { partner: 'MMR', from: 2020, to: 2024 })
    // F0436 2020: 387,673,406; F0472 2024: 817,835,388. (817,835,388 / 387,673,406)^(1/4) - 1
    // = 2.109603^(0.25) - 1 = 1.205175 - 1 = 20.52 % per year.
    expect(r.headline!.value).toBe(20.52)
  })

  it('by quantity from the World, 2022-2024', async () => {
    // F0447 44,748,358 kg -> F0469 77,025,454 kg: (1.721299)^(1/2) - 1 = 31.20 % per year.
    expect((await compute('import_cagr', { measure: 'quantity' })).headline!.value).toBe(31.2)
  })

  it('refuses a window with no start value, or backwards, in words', async () => {
    expect((await compute('import_cagr', { from: 2020 })).reason).toBe("not computable: no 2020 import value for China's HS 2846 imports from World.")
    expect((await compute('import_cagr', { from: 2024, to: 2022 })).reason).toMatch(/^not computable: the window 2024-2022 must end after it starts/)
  })
})

describe('magnet capacity against China', () => {
  it("India's operating magnet plant against China's 2023 output, in the same unit", async () => {
    const r = await compute('magnet_capacity_vs_china')
    // Facility E02 (IREL REPM plant, commissioning): 3,000 kg/yr, basis product -> 3 t/yr.
    // China F0170 (SMM-2024): 240,000 t in 2023, basis product, read as 240,000 t/yr.
    // 3 / 240,000 = 0.0000125 -> 0.00125 %; China's output is 240,000 / 3 = 80,000 times the capacity.
    expect(r.headline).toMatchObject({ unit: '%', year: 2023 })
    expect(r.headline!.value).toBeCloseTo(0.00125, 10)
    expect(value(r, 'India magnet capacity')).toBe(3)
    expect(value(r, "China's output over the capacity")).toBe(80000)
    expect(r.notes).toContain("F0170 gives a year's output in t; read as t/yr.")
    // 3 against 240,000 spans more than a thousandfold: log scale.
    expect(r.chart).toMatchObject({ kind: 'bar', log: true, unit: 't/yr' })
    expect(codes(r)).toEqual(['E02 Rare Earth Permanent Magnet (REPM) plant, Visakhapatnam (Atchutapuram, BARC campus)', 'F0170'])
  })

  it('compares with another year on request (F0169, 2021: 207,100 t -> 3 / 207,100 = 0.0014486 %)', async () => {
    const r = await compute('magnet_capacity_vs_china', { year: 2021 })
    expect(r.headline!.value).toBeCloseTo(0.00144858, 7)
  })

  it('refuses a basis mismatch, then a unit mismatch, with the reason', async () => {
    const plant = (engine.db.prepare("SELECT id FROM facility WHERE code = 'E02'").get() as { id: number }).id
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'facility', id: plant, column: 'capacity_basis', value: 'REO equivalent' }] })
    const basis = await compute('magnet_capacity_vs_china')
    expect(basis.computable).toBe(false)
    expect(basis.reason).toContain('has its capacity on a "REO equivalent" basis and China\'s output F0170 is on a "product" basis')
    await ok(engine, 'history.undo', {})
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'facility', id: plant, column: 'capacity_unit_id', value: 'USD million' }] })
    const unit = await compute('magnet_capacity_vs_china')
    expect(unit.reason).toContain('Cannot convert "USD million" to "t/yr": "USD million" is an amount of money and "t/yr" is a mass per year (a rate).')
    expect(unit.values).toEqual([])
    await ok(engine, 'history.undo', {})
    expect((await compute('magnet_capacity_vs_china')).computable).toBe(true)
  })

  it('says which years exist when the chosen one has no figure', async () => {
    expect((await compute('magnet_capacity_vs_china', { year: 2022 })).reason).toBe(
      "not computable: no 2022 figure for China's magnet output; figures exist for 2018, 2019, 2020, 2021, 2023."
    )
  })
})

describe('world mine production and reserves shares', () => {
  it('from the newest USGS edition by default (MCS 2026, 2025 estimates)', async () => {
    const r = await compute('mine_production_shares')
    expect(r.params).toMatchObject({ source: 'USGS-MCS2026-RE', year: 2025 })
    // World F0058 390,000 t REO; China F0028 270,000 -> 69.23 %; United States F0015 51,000 -> 13.08 %;
    // Australia F0018 29,000 -> 7.44 %; Vietnam F0052 150 -> 0.04 %.
    expect(r.headline).toMatchObject({ value: 69.23, unit: '% of world', year: 2025 })
    expect(value(r, 'United States')).toBe(13.08)
    expect(value(r, 'Australia')).toBe(7.44)
    expect(value(r, 'Vietnam')).toBe(0.04)
    // 69.23 against 0.04 spans more than a thousandfold (1,800x): log scale.
    expect(r.chart).toMatchObject({ kind: 'bar', log: true })
    expect(r.sources.map((s) => s.code)).toEqual(['USGS-MCS2026-RE'])
  })

  it('from a chosen edition and year (MCS 2025, 2023)', async () => {
    const r = await compute('mine_production_shares', { source: 'USGS-MCS2025-RE', year: 2023 })
    // World F0118 376,000; China F0092 255,000 -> 67.82 %; India F0096 2,900 -> 0.77 %.
    expect(r.headline!.value).toBe(67.82)
    expect(value(r, 'India')).toBe(0.77)
  })

  it('reserves from MCS 2026: shares are upper bounds and NA countries are named', async () => {
    const r = await compute('reserves_shares')
    // World F0059 ">75,000,000" t REO; China F0029 44,000,000 -> 58.67 %; Brazil F0022 11,000,000 -> 14.67 %.
    expect(r.headline).toMatchObject({ value: 58.67, year: 2025 })
    expect(value(r, 'Brazil')).toBe(14.67)
    expect(r.notes.join(' ')).toContain('each share is an upper bound')
    expect(r.notes.join(' ')).toMatch(/No figure \(NA\) for .*India/)
  })

  it('with source "any", resolves disagreeing figures by the preferred mark and says which it used', async () => {
    // Australia 2024: F0017 29,000 (MCS 2026, high), F0084 13,000 (MCS 2025, e), F0126 13,000 (WION-2025).
    // World 2024: F0057 380,000 (MCS 2026, high) over F0119 390,000 (MCS 2025). By rule: 29,000 / 380,000 = 7.63 %.
    const byRule = await compute('mine_production_shares', { source: 'any', year: 2024 })
    expect(value(byRule, 'Australia')).toBe(7.63)
    // The starter ships F0017 as the group's preferred figure (newest official edition), as the rule would choose.
    expect(byRule.choices.find((c) => c.what.startsWith('Australia'))).toMatchObject({ reason: 'preferred', used: { label: 'F0017' } })
    await ok(engine, 'figures.prefer', { id: figureId('F0084') })
    const preferred = await compute('mine_production_shares', { source: 'any', year: 2024 })
    // Preferred F0084: 13,000 / 380,000 = 3.42 %.
    expect(value(preferred, 'Australia')).toBe(3.42)
    expect(preferred.choices.find((c) => c.what.startsWith('Australia'))?.explanation).toMatch(
      /^Used F0084 \(13,000 t REO, USGS-MCS2025-RE\), marked preferred by the analyst, over F0017 \(29,000 t REO/
    )
    await ok(engine, 'history.undo', {})
  })

  it('names the years a source covers when the chosen one is missing', async () => {
    expect((await compute('reserves_shares', { source: 'USGS-MCS2025-RE', year: 2025 })).reason).toBe(
      'not computable: USGS-MCS2025-RE gives no World total of reserves for 2025 (it does for 2024).'
    )
  })
})

describe('the indicator list and bad parameters', () => {
  it('lists every indicator with its formula in words and source choices', async () => {
    const list = await ok(engine, 'indicators.list', {})
    expect(list.map((d) => d.id)).toEqual([
      'supplier_share_of_imports',
      'supplier_hhi',
      'import_cagr',
      'magnet_capacity_vs_china',
      'mine_production_shares',
      'reserves_shares'
    ])
    expect(list.every((d) => d.formula.length > 40)).toBe(true)
    const sources = list
      .find((d) => d.id === 'mine_production_shares')!
      .params.find((p) => p.name === 'source')!
      .choices!.map((c) => c.value)
    expect(sources).toEqual(expect.arrayContaining(['USGS-MCS2026-RE', 'USGS-MCS2025-RE', 'any']))
  })

  it('computes all with defaults, every one computable and finite', async () => {
    const all = await ok(engine, 'indicators.computeAll', {})
    expect(all.map((r) => [r.id, r.computable])).toEqual(all.map((r) => [r.id, true]))
    expect(all.every((r) => Number.isFinite(r.headline!.value) && r.rows.length > 0)).toBe(true)
  })

  it('refuses unknown parameters, countries, years and sources in words', async () => {
    const bad = async (params: Record<string, unknown>): Promise<string> => {
      const result = await engine.call('indicators.compute', { id: 'supplier_hhi', params })
      if (result.ok) throw new Error('expected a refusal')
      return result.error.message
    }
    expect(await bad({ colour: 'red' })).toBe(
      'Supplier concentration (HHI): there is no parameter "colour"; it takes reporter, hs, measure, year. Nothing was computed.'
    )
    expect(await bad({ reporter: 'Atlantis' })).toContain('"Atlantis" is not a known country')
    expect(await bad({ year: 1800 })).toContain('Year must be a year between 1900 and 2100')
    expect(await bad({ measure: 'mood' })).toContain('Measure must be one of value, quantity')
    expect(await bad({ hs: '28;46' })).toContain('HS code must be an HS code such as 2846')
  })
})
