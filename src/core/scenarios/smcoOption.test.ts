// A copy "with Sm" of the starter baseline, through the contract on a real starter dataset: the Sm option's inputs
// arrive in one undoable batch, each cited (S064, F0005) or a labelled assumption with a note, and the 2030 Sm
// results match the arithmetic worked out by hand below; the IREL REPM plant moves from NdFeB to SmCo capacity.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { starterEngine } from '../briefs/testing'
import { ok, removeDir, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine
beforeEach(() => {
  dir = tempDir('lodestone-smco-')
  engine = starterEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

describe('a copy with Sm (SmCo magnets)', () => {
  it('adds the Sm option in one batch, every input cited or a labelled assumption, and computes its chain', async () => {
    const made = await ok(engine, 'scenarios.create', { name: 'With SmCo', baseId: 1, overrides: [], withSm: true })
    expect(made.scenario.description).toMatch(/^With Sm \(SmCo magnets\)/)
    const r = await ok(engine, 'scenarios.results', { id: made.scenario.id })
    const sm = r.inputs.filter((i) => i.group === 'SmCo magnets (Sm)' || /\bS(m|mCo)\b/.test(i.label))
    expect(sm.length).toBeGreaterThanOrEqual(12)
    for (const i of sm) expect(i.kind === 'cited' ? i.figure!.code : i.note).toBeTruthy()
    expect(sm.filter((i) => i.kind === 'cited').map((i) => i.figure!.code)).toEqual(['S064', 'F0005'])

    const y = r.years.find((x) => x.year === 2030)!
    // 120 t SmCo (60 t in 2025 doubled, S034) x 250 kg Sm/t / 85% yield = 35.29 t Sm metal; / (86.24% S064 x 80%
    // metal yield) = 51.16 t Sm2O3; / (80% recovery x 2.5% Sm in REO) = 2,558 t REO, under the 2,900 t mined (F0032).
    const metal = (120 * 0.25) / 0.85
    const oxide = metal / (0.8624 * 0.8)
    const stage = (s: string): { need: number; coverage: number | null } => y.stages.find((x) => x.stage === s && (x.element === 'Sm' || x.element === 'SmCo'))!
    expect(stage('metal').need).toBeCloseTo(metal, 9)
    expect(stage('separation')).toMatchObject({ coverage: 0 })
    expect(stage('separation').need).toBeCloseTo(oxide, 9)
    expect(stage('mining').need).toBeCloseTo(oxide / (0.8 * 0.025), 9)
    // The 3 t/yr REPM plant (F0005) gets its 3 x 0.25 / 0.85 = 0.88 t of Sm from China (100%, as the baseline's Dy).
    expect(y.smco).toMatchObject({ demand: 120, domesticMagnets: 3, totalCoverage: 100 })
    expect(y.imports.find((i) => i.product === 'Sm')!.tonnes).toBeCloseTo((3 * 0.25) / 0.85, 9)
    expect(y.imports.find((i) => i.product === 'SmCo')).toMatchObject({ partner: 'China', tonnes: 117 })
    expect(y.smco!.bottleneck.text).toBe(
      '2030: no Sm separation or Sm metal-making capacity; SmCo magnets depend wholly on imports: plants make 3 t (3% of SmCo demand) from imported Sm; SmCo demand is met with imports.'
    )
    // NdFeB: the REPM plant is no longer counted as NdFeB capacity (8,603 - 3 t).
    expect(y.domesticMagnets).toBeCloseTo(8600, 6)
  })

  it('follows the base: China restricts gives Sm the licensed Dy share (0%) and SmCo the magnet share (26%)', async () => {
    const made = await ok(engine, 'scenarios.create', { name: 'Restricted, SmCo', baseId: 3, overrides: [], withSm: true })
    const r = await ok(engine, 'scenarios.results', { id: made.scenario.id, year: 2030 })
    const y = r.years[0]!
    expect(y.smco!.domesticMagnets).toBe(0)
    expect(y.smco!.totalCoverage).toBeCloseTo(26, 9)
    expect(y.smco!.bottleneck.text).toMatch(
      /SmCo plants are short of 0\.9 t of Sm that no supplier provides; 89 t of SmCo magnets \(74% of SmCo demand\) go unsupplied\.$/
    )
    await ok(engine, 'history.undo', {})
    expect((await ok(engine, 'scenarios.list', {})).map((s) => s.name)).not.toContain('Restricted, SmCo')
  })

  it('ranks inputs by how far they move SmCo coverage, and refuses that for a scenario without Sm', async () => {
    const made = await ok(engine, 'scenarios.create', { name: 'With SmCo', baseId: 1, overrides: [], withSm: true })
    const s = await ok(engine, 'scenarios.sensitivity', { id: made.scenario.id, year: 2030, metric: 'smcoDomesticCoverage', limit: 60 })
    expect(s.baseValue).toBeCloseTo(2.5, 9) // 3 t of 120 t
    const moved = s.bars.filter((b) => b.swing > 0).map((b) => b.key)
    // Demand 120 t +/-20%: 3/96 - 3/144 = 1.04 points; the REPM plant 3 t +/-20%: 0.6/120 x 2 = 1 point.
    expect(moved.slice(0, 2)).toEqual(['smco.demand.2030', 'supply.magnet.smco.irel-repm.capacity'])
    expect(s.bars.find((b) => b.key === 'smco.demand.2030')!.swing).toBeCloseTo(100 * (3 / 96 - 3 / 144), 9)
    expect(moved.every((k) => /smco|Sm|sm\b|china\.Sm/.test(k))).toBe(true)
    await expect(engine.invoke('scenarios.sensitivity', { id: 1, year: 2030, metric: 'smcoTotalCoverage' })).rejects.toThrow(/has no SmCo inputs/)
  })

  it('adds nothing to a copy of a scenario that has Sm already', async () => {
    const first = await ok(engine, 'scenarios.create', { name: 'With SmCo', baseId: 1, overrides: [], withSm: true })
    const again = await ok(engine, 'scenarios.create', { name: 'Copy of it', baseId: first.scenario.id, overrides: [], withSm: true })
    expect(again.scenario.overrides).toBe(0)
  })
})
