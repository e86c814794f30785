// The Sm option (SmCo magnets): the Sm chain's arithmetic worked out by hand for 2025 and 2030, demand interpolated
// between the years given, NdFeB's results untouched when Sm is on (property), no NaN without SmCo demand, and the
// refusals: a missing Sm input, NdFeB magnet tonnes as SmCo capacity, a share of another element or whole.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CitedFigure, StageResult, YearResult } from '../../../shared/scenarios'
import { resolveLayers, resolveRow, type FigureLookup } from './resolve'
import { runScenario, runYear } from './run'
import { linesOf } from './supply'
import { smcoDemandIn } from './smco'
import { BASE_INPUTS } from './testInputs'

/** The NdFeB chain's inputs with a magnet, a metal, a separation and a recycling line. */
const NDFEB: Record<string, number> = {
  ...BASE_INPUTS,
  'supply.magnet.all.p.capacity': 3000,
  'supply.metal.NdPr.p.capacity': 500,
  'supply.separation.NdPr.p.capacity': 400,
  'recycling.plant.p.capacity': 100
}
const SM: Record<string, number> = {
  'smco.demand.2025': 60,
  'smco.demand.2030': 120,
  'smco.demand.2040': 200,
  'smco.sm': 250,
  'smco.yield': 80,
  'oxide.sm': 86.24,
  'mining.share.sm': 2.5,
  'supply.separation.Sm.x.capacity': 10,
  'supply.metal.Sm.x.capacity': 20,
  'supply.metal.Sm.x.start': 2027,
  'supply.magnet.smco.p.capacity': 50,
  'supply.magnet.smco.p.start': 2026,
  'supply.magnet.smco.p.ramp': 2,
  'recycling.Sm.r.capacity': 1,
  'smco.recycling.collection': 50,
  'smco.recycling.recovery': 90,
  'china.Sm.share': 50,
  'china.SmCo.share': 40,
  'partner.Japan.SmCo.offtake': 10,
  'partner.Japan.SmCo.start': 2028
}
const withSm = (extra: Record<string, number> = {}): Map<string, number> => new Map(Object.entries({ ...NDFEB, ...SM, ...extra }))
const year = (v: Map<string, number>, y: number): YearResult => runYear(v, linesOf(v), 2025, y)
const sm = (y: YearResult, stage: string): StageResult => y.stages.find((s) => s.stage === stage && (s.element === 'Sm' || s.element === 'SmCo'))!

describe('the Sm option', () => {
  it('interpolates SmCo demand between the years given and holds it flat outside them', () => {
    const v = withSm()
    expect([2020, 2025, 2027, 2030, 2035, 2040, 2045].map((y) => smcoDemandIn(v, y))).toEqual([60, 60, 84, 120, 160, 200, 200])
  })

  it('2030: Sm need through the stages, recycling, plants fed by the chain then China, SmCo magnets from Japan then China', () => {
    const y = year(withSm(), 2030)
    const metalNeed = (120 * 0.25) / 0.8 // 120 t SmCo x 250 kg Sm/t / 80% yield = 37.5 t Sm metal
    const oxideNeed = metalNeed / (0.8624 * 0.8) // / (S064-style 86.24% Sm in Sm2O3 x 80% metal yield) = 54.354 t Sm2O3
    const reoNeed = oxideNeed / (0.8 * 0.025) // / (80% recovery x 2.5% Sm in REO) = 2,717.7 t REO, under the 2,900 t mined
    expect(sm(y, 'metal').need).toBeCloseTo(metalNeed, 9)
    expect(sm(y, 'separation').need).toBeCloseTo(oxideNeed, 9)
    expect(sm(y, 'mining')).toMatchObject({ unit: 't REO', coverage: 100 })
    expect(sm(y, 'mining').need).toBeCloseTo(reoNeed, 9)
    expect(sm(y, 'separation').coverage).toBeCloseTo((100 * 10) / oxideNeed, 9) // 10 t/yr of Sm2O3: 18.4%
    // Recycled: SmCo magnets of 2020 (10-year life; 60 t, flat before 2025) x 0.25 x 50% x 90% = 6.75 t, capped at 1 t/yr
    expect(y.smco!.recycled).toBe(1)
    const chainMetal = Math.min(20, 10 * 0.8624 * 0.8) + 1 // 7.8992 t: the 20 t/yr metal line is fed by 10 t of oxide
    expect(sm(y, 'metal').chain).toBeCloseTo(chainMetal, 9)
    expect(sm(y, 'metal').capacity).toBe(21)
    // Plants: 50 t/yr (ramp over 2 years from 2026) need 50 x 0.25 / 0.8 = 15.625 t Sm; China licenses half of the rest
    const plantNeed = 15.625
    const china = (plantNeed - chainMetal) * 0.5
    const made = (50 * (chainMetal + china)) / plantNeed // 37.64 t
    expect(y.smco!.domesticMagnets).toBeCloseTo(made, 9)
    const smImports = y.imports.filter((i) => i.product === 'Sm')
    expect(smImports).toMatchObject([{ product: 'Sm', partner: 'China', unit: 't/yr metal' }])
    expect(smImports[0]!.tonnes).toBeCloseTo(china, 9) // 3.8629 t
    expect(sm(y, 'magnet').chain).toBeCloseTo((chainMetal * 0.8) / 0.25, 9) // 25.28 t from domestic Sm alone
    // SmCo magnets: Japan's 10 t offtake (from 2028), then 40% of the rest from China
    const japan = 10
    const fromChina = (120 - made - japan) * 0.4
    const smcoImports = y.imports.filter((i) => i.product === 'SmCo')
    expect(smcoImports.map((i) => i.partner)).toEqual(['Japan', 'China'])
    expect(smcoImports[0]!.tonnes).toBe(japan)
    expect(smcoImports[1]!.tonnes).toBeCloseTo(fromChina, 9) // 28.94 t
    expect(y.smco!.totalCoverage).toBeCloseTo((100 * (made + japan + fromChina)) / 120, 9) // 63.8%
    const smco = y.balances.find((b) => b.product === 'SmCo')!
    expect(smco.chinaShare).toBeCloseTo((100 * fromChina) / (made + japan + fromChina), 9)
    expect(y.smco!.bottleneck).toMatchObject({ stage: 'separation', element: 'Sm' })
    expect(y.smco!.bottleneck.text).toBe(
      "2030: SmCo's chain breaks at separation, which covers 18% of the 54 t of Sm2O3 SmCo demand needs; SmCo plants make 38 t (31% of SmCo demand), 25 t of them from domestic Sm; SmCo plants are short of 3.9 t of Sm that no supplier provides; 43 t of SmCo magnets (36% of SmCo demand) go unsupplied."
    )
  })

  it('2025: no Sm metal or SmCo magnet capacity yet, so SmCo magnets depend wholly on imports', () => {
    const y = year(withSm(), 2025)
    expect(y.smco).toMatchObject({ demand: 60, domesticMagnets: 0, domesticCoverage: 0 })
    expect(y.smco!.totalCoverage).toBeCloseTo(40, 9) // China licenses 40% of the 60 t; Japan starts in 2028
    expect(y.smco!.bottleneck).toMatchObject({ stage: 'magnet', element: 'SmCo', coverage: 0 })
    expect(y.smco!.bottleneck.text).toBe(
      '2025: no Sm metal-making or SmCo magnet-making capacity; SmCo magnets depend wholly on imports; 36 t of SmCo magnets (60% of SmCo demand) go unsupplied.'
    )
    const none = year(withSm({ 'supply.separation.Sm.x.capacity': 0, 'recycling.Sm.r.capacity': 0 }), 2025)
    expect(none.smco!.bottleneck.text).toMatch(/^2025: no Sm separation, Sm metal-making or SmCo magnet-making capacity; SmCo magnets depend wholly on imports/)
  })

  it('leaves every NdFeB result as it is without Sm (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2040 }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (y, demand, share) => {
          const without = new Map(Object.entries(NDFEB))
          const r0 = year(without, y)
          const r1 = year(withSm({ 'smco.demand.2030': demand, 'china.Sm.share': share }), y)
          expect(r0.smco).toBeUndefined()
          const ndfeb = (r: YearResult): unknown => ({
            ...r,
            smco: undefined,
            stages: r.stages.filter((s) => s.element !== 'Sm' && s.element !== 'SmCo'),
            imports: r.imports.filter((i) => i.product !== 'Sm' && i.product !== 'SmCo'),
            balances: r.balances.filter((b) => b.product !== 'Sm' && b.product !== 'SmCo')
          })
          expect(ndfeb(r1)).toEqual({ ...r0, smco: undefined })
          expect(r1.stages.slice(0, r0.stages.length)).toEqual(r0.stages)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('says "no Sm need" without SmCo demand: no NaN, no division by zero', () => {
    for (const y of runScenario(withSm({ 'smco.demand.2025': 0, 'smco.demand.2030': 0, 'smco.demand.2040': 0 }), 2025, 2040)) {
      expect(y.smco!.noNeed).toBe(true)
      expect(y.smco!.bottleneck.text).toMatch(/no SmCo magnet demand, so no Sm need at any stage/)
      expect(JSON.stringify(y)).not.toMatch(/NaN|Infinity/)
    }
  })
})

const fig = (code: string, value: number, unit: string): CitedFigure => ({
  code,
  table: 'scenario_input',
  subject: code,
  period: '2025',
  value,
  low: null,
  high: null,
  valueText: String(value),
  unit,
  basis: unit,
  qualifier: null,
  source: { code: 'SRC', title: 'A source' }
})
const FIGS = [fig('S800', 6000, 't/yr magnet'), fig('S801', 25, 'wt% of magnet'), fig('S802', 338, 'kg Sm/t SmCo magnet'), fig('S803', 3000, 'kg/yr')]
const lookup: FigureLookup = { figure: (code) => FIGS.find((f) => f.code === code), siblings: () => [] }
const cite = (key: string, figure: string, unit: string, note: string | null = null) => ({ key, figure, unit, note, value: null, pick: null })

describe('resolving the Sm option', () => {
  it('refuses NdFeB magnet tonnes as SmCo capacity and another whole as the Sm intensity, with the reason', () => {
    const cap = resolveRow(cite('supply.magnet.smco.p.capacity', 'S800', 't/yr SmCo magnet'), lookup)
    expect(!cap.ok && cap.message).toMatch(/"t\/yr magnet" is product \(magnets\) and "t\/yr SmCo magnet" is product \(SmCo magnets\)/)
    const wt = resolveRow(cite('smco.sm', 'S801', 'kg Sm/t SmCo magnet'), lookup)
    expect(wt.ok).toBe(false)
    expect(resolveRow(cite('smco.sm', 'S802', 'kg Sm/t SmCo magnet'), lookup)).toMatchObject({ ok: true, input: { value: 338, unit: 'kg Sm/t SmCo magnet' } })
    const restated = resolveRow(cite('supply.magnet.smco.p.capacity', 'S803', 't/yr SmCo magnet', 'IREL REPM plant: SmCo magnets'), lookup)
    expect(restated).toMatchObject({ ok: true, input: { value: 3, restatedUnit: 't/yr SmCo magnet' } })
    const assumed = resolveRow({ key: 'smco.sm', value: 25, unit: 'wt% of SmCo magnet', note: 'x', figure: null, pick: null }, lookup)
    expect(!assumed.ok && assumed.message).toMatch(/does not say of which element/)
  })

  it('once any SmCo input is given, asks in words for the ones the Sm chain needs', () => {
    const rows = [{ key: 'smco.demand.2030', value: 100, unit: 't/yr SmCo magnet', note: 'assumed', figure: null, pick: null }]
    const { problems } = resolveLayers([{ scenarioId: 1, name: 'Sm test', rows }], lookup)
    expect(problems).toContain('Sm test models SmCo magnets but has no value for Sm in SmCo magnet (smco.sm).')
    expect(problems).toContain("Sm test models SmCo magnets but has no value for China Sm: licensed share of India's request (china.Sm.share).")
    const cap = [{ key: 'supply.metal.Sm.x.capacity', value: 5, unit: 't/yr metal', note: 'assumed', figure: null, pick: null }]
    expect(resolveLayers([{ scenarioId: 1, name: 'Sm test', rows: cap }], lookup).problems).toContain(
      'Sm test models SmCo magnets but has no SmCo magnet demand: give smco.demand.YEAR (t/yr SmCo magnet) for at least one year.'
    )
  })
})
