// The starter scenarios on a real dataset built from resources/: each 2025 and 2030 result checked against the
// arithmetic done by hand from the named figures (S-, F-codes) and labelled assumptions, written out below.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScenarioResults, StageResult, YearResult } from '../../shared/scenarios'
import { openDataset, type Db } from '../db/open'
import { createStarterDataset } from '../starter/load'
import { scenarioResults } from './compute'
import { listScenarios } from './store'

let tmp: string
let db: Db
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-scen-'))
  createStarterDataset(path.join(tmp, 's.lodestone'), path.resolve(__dirname, '../../../resources/starter'))
  db = openDataset(path.join(tmp, 's.lodestone'), { readOnly: true })
})
afterAll(() => {
  db?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

const byName = (name: string): ScenarioResults => scenarioResults(db, listScenarios(db).find((s) => s.name === name)!.id)
const yearOf = (r: ScenarioResults, y: number): YearResult => r.years.find((x) => x.year === y)!
const stage = (y: YearResult, s: string, el: string): StageResult => y.stages.find((x) => x.stage === s && x.element === el)!
const close = (got: number | null, want: number, digits = 2): void => expect(got).toBeCloseTo(want, digits)

// Shared figures: S035 demand 7,000 t/yr magnet; S034 doubling 2025->2030; S002 30 wt% RE; S005 Dy 0.6-1.2 wt% (mid
// 0.9); Tb 0.3 wt% (assumption); S019 Pr 25% of NdPr; S058 Nd2O3 85.74%, S059 Pr6O11 82.77%; metal yield 80%, magnet
// yield 85%, separation recovery 80% (assumptions); F0032 2,900 t REO mined; F0341 Nd 20%, F0340 Pr 5.5% of REO.
const W_NDPR = 0.3 - 0.009 - 0.003 // 28.8 wt%
const F_NDPR = 0.75 * 0.8574 + 0.25 * 0.8277 // 0.849975 t metal per t NdPr oxide

describe('starter scenarios', () => {
  it('are four, created with the dataset, and copies list only what they change', () => {
    const list = listScenarios(db)
    expect(list.map((s) => s.name)).toEqual([
      'Announced plans as recorded',
      'Scheme delivered on time',
      'China restricts heavy REE exports',
      'Recycling and partnerships at scale'
    ])
    expect(list.slice(1).every((s) => s.baseId === list[0]!.id && s.overrides < list[0]!.overrides)).toBe(true)
  })

  it('announced plans, 2025: only the 3 t IREL plant makes magnets; the chain breaks at metal making', () => {
    const y = yearOf(byName('Announced plans as recorded'), 2025)
    close(y.demand, 7000) // S035
    const metalNeed = (7000 * W_NDPR) / 0.85 // 2,371.76 t NdPr metal
    close(stage(y, 'metal', 'NdPr').need, metalNeed)
    const oxideNeed = metalNeed / (F_NDPR * 0.8) // 3,487.99 t NdPr oxide
    close(stage(y, 'separation', 'NdPr').need, oxideNeed)
    close(stage(y, 'separation', 'NdPr').coverage, (100 * 500) / oxideNeed) // F0188 500 t/yr: 14.33%
    close(stage(y, 'mining', 'NdPr').need, oxideNeed / (0.8 * 0.255)) // 17,098 t REO
    close(stage(y, 'mining', 'NdPr').coverage, (100 * 2900) / (oxideNeed / (0.8 * 0.255)))
    close(stage(y, 'magnet', 'magnet').domestic, 3) // F0005: 3,000 kg/yr; Midwest starts 2026
    close(y.domesticCoverage, (100 * 3) / 7000, 4)
    expect(stage(y, 'metal', 'NdPr').capacity).toBe(0) // scheme from 2028, Attero from 2026
    expect(y.bottleneck.stage).toBe('metal')
    expect(y.bottleneck.text).toMatch(/^2025: the chain breaks at metal making, where no capacity exists; separation covers 14% of the NdPr oxide needed/)
    close(y.totalCoverage, 100) // China supplies the rest at the pre-control pattern
  })

  it('announced plans, 2030: magnets 61%, NdPr imports 88% Chinese, the chain breaks at separation (no Dy)', () => {
    const y = yearOf(byName('Announced plans as recorded'), 2030)
    close(y.demand, 14000) // 7,000 x 2 (S034)
    // Magnet capacity: IREL 3 + Midwest 500 (S075) + expansion 4,500 (from 2028) + scheme 6,000 (S038) x 3/5 of its ramp
    const magnets = 3 + 500 + 4500 + 6000 * 0.6 // 8,603 t
    close(y.domesticMagnets, magnets)
    close(y.domesticCoverage, (100 * magnets) / 14000) // 61.45%
    const oxideNeed = (14000 * W_NDPR) / 0.85 / (F_NDPR * 0.8) // 6,975.98 t
    close(stage(y, 'separation', 'NdPr').coverage, (100 * 500) / oxideNeed) // 7.17%
    // Recycling: magnets of 2020 (10-year life) = 7,000 x 2^-1 = 3,500 t x 30% RE x 1% collected x 98% (S072)
    const recycled = 3500 * 0.3 * 0.01 * 0.98 // 10.29 t RE metal, under Attero's 120 t/yr
    close(y.recycled, recycled)
    const recycledNdPr = (recycled * 28.8) / 30
    close(stage(y, 'metal', 'NdPr').capacity, 2033 * 0.6 + recycledNdPr) // scheme metal 2,033 t/yr x 3/5
    // Plants' NdPr need 8,603 x 28.8% / 85% less the domestic chain (500 t oxide x 0.849975 x 80% + recycled)
    const plantNeed = (magnets * W_NDPR) / 0.85
    const chain = 500 * F_NDPR * 0.8 + recycledNdPr
    const ndpr = y.balances.find((b) => b.product === 'NdPr')!
    close(ndpr.importNeed, plantNeed - chain) // 2,565 t metal equivalent
    close(ndpr.chinaShare, (100 * (plantNeed - chain)) / plantNeed) // 88.0%
    const magnetsIn = y.balances.find((b) => b.product === 'magnet')!
    close(magnetsIn.imported, 14000 - magnets) // 5,397 t, all from China
    expect(y.imports.filter((i) => i.product === 'magnet').map((i) => i.partner)).toEqual(['China'])
    expect(y.bottleneck).toMatchObject({ stage: 'separation', element: 'Dy', coverage: 0 })
    expect(y.bottleneck.text).toMatch(/^2030: the chain breaks at separation, where no Dy capacity exists; separation covers 7% of the NdPr oxide/)
  })

  it('scheme on time, 2030: the full 6,000 t/yr and 95% metal yield (S066)', () => {
    const y = yearOf(byName('Scheme delivered on time'), 2030)
    close(y.domesticMagnets, 3 + 500 + 4500 + 6000) // 11,003 t: 78.6%
    const oxideNeed = (14000 * W_NDPR) / 0.9 / (F_NDPR * 0.95) // magnet yield 90%, metal yield 95%
    close(stage(y, 'separation', 'NdPr').need, oxideNeed) // 5,548 t
    close(stage(y, 'separation', 'NdPr').coverage, (100 * 500) / oxideNeed) // 9.0%
  })

  it('scheme on time, 2025: nothing changes yet but the yields', () => {
    const y = yearOf(byName('Scheme delivered on time'), 2025)
    close(y.domesticMagnets, 3)
    close(stage(y, 'metal', 'NdPr').need, (7000 * W_NDPR) / 0.9) // 2,240 t
  })

  it('China restricts, 2025 and 2030: no Dy or Tb, plants idle, magnets at 26% of the usual flow', () => {
    const r = byName('China restricts heavy REE exports')
    const y25 = yearOf(r, 2025)
    // Demand 7,000 t; domestic plants (3 t) cannot get Dy; China licenses 26% of the magnet request (S044: -74%).
    close(y25.domesticMagnets, 0)
    close(y25.totalCoverage, 26)
    expect(y25.balances.find((b) => b.product === 'magnet')!.unmet).toBeCloseTo(7000 * 0.74, 1)
    const y30 = yearOf(r, 2030)
    // Dy for the plants comes only from recycling: 10.29 t x 0.6/30 (GBD grades, S013) = 0.206 t of Dy; the plants'
    // 8,603 t need 8,603 x 0.6% / 85% = 60.7 t, so they make 8,603 x 0.206 / 60.7 = 29.2 t.
    const dyRecycled = (3500 * 0.3 * 0.01 * 0.98 * 0.6) / 30
    const dyNeed = (8603 * 0.006) / 0.85
    close(y30.domesticMagnets, (8603 * dyRecycled) / dyNeed, 1)
    close(y30.totalCoverage, (100 * (y30.domesticMagnets + 0.26 * (14000 - y30.domesticMagnets))) / 14000)
    expect(y30.bottleneck.text).toMatch(/short of [\d.,]+ t of (Dy|Tb) that no supplier provides/)
  })

  it('recycling and partnerships, 2030: 30% collection and Lohum, offtakes from Australia, Japan and Kazakhstan', () => {
    const y = yearOf(byName('Recycling and partnerships at scale'), 2030)
    // 3,500 t of 2020 magnets x 30% RE x 30% collected x 98% = 308.7 t, under Attero 120 + Lohum 3,000 (S071, low end)
    close(y.recycled, 3500 * 0.3 * 0.3 * 0.98)
    const partners = new Set(y.imports.map((i) => i.partner))
    expect([...partners].sort()).toEqual(['Australia', 'China', 'Japan', 'Kazakhstan'])
    close(y.imports.find((i) => i.partner === 'Japan' && i.product === 'magnet')!.tonnes, 500)
    const y25 = yearOf(byName('Recycling and partnerships at scale'), 2025)
    expect(y25.imports.every((i) => i.partner === 'China')).toBe(true) // no offtake starts before 2027
  })
})
