// Properties of the model (fast-check) and the refusals of resolve: coverage never above 100% of the need at a
// stage, more capacity never lowers coverage, a zero-demand year says "no need" (no NaN), and a unit or basis
// mismatch is refused with its reason instead of being summed.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CitedFigure } from '../../../shared/scenarios'
import { parseUnit } from '../../../shared/units'
import { resolveRow, type FigureLookup } from './resolve'
import { runScenario, runYear } from './run'
import { linesOf } from './supply'
import { BASE_INPUTS as BASE } from './testInputs'

/** Tonnes and shares from 0 up; subnormal floats (1e-323 t) are read as 0, as no dataset holds them. */
const tonnes = (max: number): fc.Arbitrary<number> => fc.double({ min: 0, max, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x))
const arbValues = fc.record({
  demand: tonnes(50_000),
  magnets: tonnes(30_000),
  metal: tonnes(10_000),
  sep: tonnes(10_000),
  mined: tonnes(100_000),
  start: fc.integer({ min: 2020, max: 2040 }),
  ramp: fc.integer({ min: 1, max: 6 }),
  chinaDy: tonnes(100),
  collection: tonnes(100)
})

type Arb = typeof arbValues extends fc.Arbitrary<infer T> ? T : never
function valuesOf(a: Arb): Map<string, number> {
  const v = new Map(Object.entries(BASE))
  v.set('demand.base', a.demand).set('mining.reo', a.mined).set('china.Dy.share', a.chinaDy).set('recycling.collection', a.collection)
  v.set('supply.magnet.all.p.capacity', a.magnets).set('supply.magnet.all.p.start', a.start).set('supply.magnet.all.p.ramp', a.ramp)
  v.set('supply.metal.NdPr.p.capacity', a.metal)
    .set('supply.metal.Dy.p.capacity', a.metal / 50)
    .set('supply.metal.Dy.p.start', a.start)
  v.set('supply.separation.NdPr.p.capacity', a.sep).set('recycling.plant.p.capacity', 100).set('recycling.plant.p.start', 2025)
  return v
}

describe('the model', () => {
  it('never covers more than 100% of the need at a stage, nor more magnets than demand', () => {
    fc.assert(
      fc.property(arbValues, (a) => {
        for (const y of runScenario(valuesOf(a), 2025, 2040)) {
          for (const s of y.stages) {
            expect(s.domestic).toBeLessThanOrEqual(s.need + 1e-9)
            expect(s.chain).toBeLessThanOrEqual(s.need + 1e-9)
            if (s.coverage !== null) expect(s.coverage).toBeLessThanOrEqual(100 + 1e-9)
            if (s.chainCoverage !== null) expect(s.chainCoverage).toBeLessThanOrEqual(s.coverage! + 1e-9)
          }
          if (y.totalCoverage !== null) expect(y.totalCoverage).toBeLessThanOrEqual(100 + 1e-9)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('never lowers coverage when capacity is added at any stage', () => {
    const keys = [
      'supply.magnet.all.p.capacity',
      'supply.metal.NdPr.p.capacity',
      'supply.metal.Dy.p.capacity',
      'supply.separation.NdPr.p.capacity',
      'mining.reo'
    ]
    fc.assert(
      fc.property(arbValues, fc.constantFrom(...keys), tonnes(5000), fc.integer({ min: 2025, max: 2040 }), (a, key, extra, year) => {
        const before = valuesOf(a)
        const after = new Map(before).set(key, before.get(key)! + extra)
        const r0 = runYear(before, linesOf(before), 2025, year)
        const r1 = runYear(after, linesOf(after), 2025, year)
        const eps = 1e-6
        expect(r1.domesticCoverage ?? 0).toBeGreaterThanOrEqual((r0.domesticCoverage ?? 0) - eps)
        expect(r1.totalCoverage ?? 0).toBeGreaterThanOrEqual((r0.totalCoverage ?? 0) - eps)
        r0.stages.forEach((s, i) => {
          expect(r1.stages[i]!.coverage ?? 0).toBeGreaterThanOrEqual((s.coverage ?? 0) - eps)
          expect(r1.stages[i]!.chainCoverage ?? 0).toBeGreaterThanOrEqual((s.chainCoverage ?? 0) - eps)
        })
      }),
      { numRuns: 200 }
    )
  })

  it('says "no need" for a year without demand: no NaN, no division by zero', () => {
    fc.assert(
      fc.property(arbValues, (a) => {
        for (const y of runScenario(valuesOf({ ...a, demand: 0 }), 2025, 2040)) {
          expect(y.noNeed).toBe(true)
          expect(y.bottleneck.text).toMatch(/no magnet demand, so no need at any stage/)
          expect([y.domesticCoverage, y.totalCoverage, ...y.stages.map((s) => s.coverage)].every((c) => c === null)).toBe(true)
          expect(JSON.stringify(y)).not.toMatch(/NaN|Infinity|null,"coverage":NaN/)
          for (const s of y.stages) expect(Number.isFinite(s.need) && Number.isFinite(s.shortfall)).toBe(true)
        }
      }),
      { numRuns: 50 }
    )
  })
})

const fig = (code: string, value: number | null, unit: string, extra: Partial<CitedFigure> = {}): CitedFigure => ({
  code,
  table: 'scenario_input',
  subject: code,
  period: '2025',
  value,
  low: null,
  high: null,
  valueText: value === null ? 'NA' : String(value),
  unit,
  basis: unit,
  qualifier: null,
  source: { code: 'SRC', title: 'A source' },
  ...extra
})
const FIGS: Record<string, CitedFigure> = {
  REO: fig('S900', 2900, 't/yr REO'),
  GROSS: fig('S901', 58152, 't gross weight'),
  METAL: fig('S902', 120, 't/yr metal'),
  PLAIN: fig('F0221', 6000, 't/yr'),
  RANGE: fig('S069', null, 't/yr magnet', { low: 5000, high: 6000, valueText: '5000-6000' }),
  NA: fig('S053', null, 'qualitative (condition)'),
  WT: fig('S002', 30, 'wt% of magnet'),
  KG: fig('F0005', 3000, 'kg/yr')
}
const lookup: FigureLookup = { figure: (code) => Object.values(FIGS).find((f) => f.code === code), siblings: () => [] }
const row = (key: string, figure: string | null, unit: string, note: string | null = null, value: number | null = null, pick: string | null = null) => ({
  key,
  figure,
  unit,
  note,
  value,
  pick
})

describe('resolving inputs', () => {
  it('reads "wt% of magnet" as a share of magnet (units.ts)', () => {
    expect(parseUnit('wt% of magnet')).toMatchObject({ known: true, dimension: 'share', denominator: 'magnet' })
  })

  it('refuses t REO as magnet capacity, with the reason', () => {
    const r = resolveRow(row('supply.magnet.all.x.capacity', 'S900', 't/yr REO'), lookup)
    expect(r).toMatchObject({ ok: false })
    expect(!r.ok && r.message).toMatch(/cannot cite S900: .*"t\/yr REO" is REO equivalent .*A tonne of one is not a tonne of the other/)
    const restated = resolveRow(row('supply.magnet.all.x.capacity', 'S900', 't/yr magnet', 'I say so'), lookup)
    expect(!restated.ok && restated.message).toMatch(/is REO equivalent/)
  })

  it('refuses gross weight as contained metal, and a stock as a rate without a note', () => {
    const r = resolveRow(row('partner.Japan.NdPr.offtake', 'S901', 't/yr metal', 'customs data'), lookup)
    expect(!r.ok && r.message).toMatch(/gross weight/)
    const plain = resolveRow(row('supply.magnet.all.x.capacity', 'F0221', 't/yr'), lookup)
    expect(!plain.ok && plain.message).toMatch(/does not say what is weighed.*restate its unit/)
    const noNote = resolveRow(row('supply.magnet.all.x.capacity', 'F0221', 't/yr magnet'), lookup)
    expect(!noNote.ok && noNote.message).toMatch(/needs a note/)
  })

  it('accepts a restated basis with a note, converting kg to t', () => {
    const r = resolveRow(row('supply.magnet.all.x.capacity', 'F0005', 't/yr magnet', 'REPM plant: magnets'), lookup)
    expect(r).toMatchObject({ ok: true, input: { value: 3, kind: 'cited', restatedUnit: 't/yr magnet', figure: { code: 'F0005' } } })
    expect(resolveRow(row('magnet.reTotal', 'S002', 'wt% of magnet'), lookup)).toMatchObject({ ok: true, input: { value: 30, restatedUnit: null } })
  })

  it('needs a pick for a range, a number for NA, and a note for an assumption', () => {
    expect(resolveRow(row('demand.base', 'S069', 't/yr magnet'), lookup)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/choose low, high or mid/)
    })
    expect(resolveRow(row('demand.base', 'S069', 't/yr magnet', null, null, 'mid'), lookup)).toMatchObject({
      ok: true,
      input: { value: 5500, low: 5000, high: 6000 }
    })
    expect(resolveRow(row('demand.base', 'S053', 't/yr magnet'), lookup)).toMatchObject({ ok: false, message: expect.stringMatching(/has no number/) })
    expect(resolveRow(row('demand.base', null, 't/yr magnet', null, 540), lookup)).toMatchObject({ ok: false, message: expect.stringMatching(/add a note/) })
    expect(resolveRow(row('demand.base', null, 't/yr magnet', 'REPM imports, S039', 540), lookup)).toMatchObject({
      ok: true,
      input: { kind: 'assumption', value: 540 }
    })
    expect(resolveRow(row('demand.base', null, 't/yr REO', 'wrong unit', 540), lookup)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/REO equivalent/)
    })
    expect(resolveRow(row('no.such', null, '%', 'x', 1), lookup)).toMatchObject({ ok: false, message: expect.stringMatching(/not an input/) })
    expect(resolveRow(row('china.Dy.share', null, '%', 'x', 140), lookup)).toMatchObject({ ok: false, message: expect.stringMatching(/between 0 and 100/) })
  })

  it('refuses any mismatched unit, whatever the pair (property)', () => {
    const units = ['t/yr REO', 't/yr magnet', 't/yr metal', 't/yr NdPr oxide', 't gross weight', '%', 'USD million']
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.constantFrom(...units), (a, b) => {
        const f = fig('S950', 10, a)
        const lk: FigureLookup = { figure: () => f, siblings: () => [] }
        const key = { 't/yr magnet': 'supply.magnet.all.x.capacity', 't/yr metal': 'supply.metal.NdPr.x.capacity', 't/yr REO': 'mining.reo' }[b]
        if (!key) return
        const r = resolveRow(row(key, 'S950', b), lk)
        expect(r.ok).toBe(a === b)
        if (!r.ok) expect(r.message).toMatch(/Cannot convert|cannot read|restate/)
      })
    )
  })
})
