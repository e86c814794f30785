// The scenarios methods through the real engine on a starter dataset: copy with overrides, set an assumption (the
// 2030 bottleneck moves), refused edits change nothing, undo and redo, the change log, compare and sensitivity.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Method } from '../../shared/api'
import type { ScenarioDetail, ScenarioResults, ScenarioSummary, SensitivityResult } from '../../shared/scenarios'
import { createEngine, type Engine } from '../engine'

let tmp: string
let engine: Engine
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-scen-h-'))
  engine = createEngine({
    datasetPath: path.join(tmp, 'd.lodestone'),
    host: 'web',
    createIfMissing: 'starter',
    starterDir: path.resolve(__dirname, '../../../resources/starter')
  })
})
afterAll(() => {
  engine?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

async function ok<T>(method: Method, args: unknown): Promise<T> {
  const r = await engine.call(method, args)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value as T
}
async function refused(method: Method, args: unknown): Promise<string> {
  const r = await engine.call(method, args)
  expect(r.ok).toBe(false)
  return r.ok ? '' : r.error.message
}
const y2030 = async (id: number): Promise<ScenarioResults['years'][number]> => (await ok<ScenarioResults>('scenarios.results', { id, year: 2030 })).years[0]!

describe('scenarios methods', () => {
  it('copies the baseline with overrides, moves the 2030 bottleneck, and undoes it', async () => {
    const list = await ok<ScenarioSummary[]>('scenarios.list', {})
    const base = list[0]!
    const before = await y2030(base.id)
    expect(before.bottleneck.stage).toBe('separation')
    const created = await ok<{ scenario: ScenarioSummary }>('scenarios.create', {
      name: 'Scheme late, Dy licensed at half',
      baseId: base.id,
      overrides: [{ key: 'china.Dy.share', value: 50, unit: '%', note: 'Half of Indian requests licensed (analyst view)' }]
    })
    expect(created.scenario).toMatchObject({ baseId: base.id, overrides: 1, code: 'SC005' })
    const id = created.scenario.id
    await ok('scenarios.setAssumption', {
      scenarioId: id,
      assumption: { key: 'supply.magnet.all.repm-scheme.start', value: 2031, unit: 'year', note: 'Bids slip' }
    })
    const after = await y2030(id)
    expect(after.bottleneck.stage).toBe('metal')
    expect(after.bottleneck.text).toMatch(/^2030: the chain breaks at metal making, where no capacity exists/)
    expect(after.stages.find((s) => s.stage === 'magnet')!.capacity).toBeCloseTo(3 + 500 + 4500, 6)
    expect(after.domesticMagnets).toBeLessThan(3 + 500 + 4500) // half the Dy the plants need is licensed
    const detail = await ok<ScenarioDetail>('scenarios.get', { id })
    expect(detail.assumptions.filter((a) => !a.inherited).map((a) => a.key)).toEqual(['china.Dy.share', 'supply.magnet.all.repm-scheme.start'])
    expect(detail.assumptions.find((a) => a.key === 'demand.base')).toMatchObject({
      inherited: true,
      input: { kind: 'cited', figure: { code: 'S035', source: { code: 'TENGELE-BBC-2025' } } }
    })

    const state = await ok<{ undoLabel: string }>('history.state', {})
    expect(state.undoLabel).toBe('Set magnet making, repm-scheme: start year in Scheme late, Dy licensed at half')
    await ok('history.undo', {})
    expect((await y2030(id)).bottleneck.stage).toBe('separation')
    await ok('history.redo', {})
    expect((await ok<ScenarioDetail>('scenarios.get', { id })).assumptions.find((a) => a.key === 'supply.magnet.all.repm-scheme.start')).toMatchObject({
      value: 2031,
      inherited: false
    })
  })

  it('refuses a mismatched unit or a bare number in words and writes nothing', async () => {
    const base = (await ok<ScenarioSummary[]>('scenarios.list', {}))[0]!
    const log = (): number => (engine.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n
    const n = log()
    expect(
      await refused('scenarios.setAssumption', {
        scenarioId: base.id,
        assumption: { key: 'supply.magnet.all.midwest.capacity', figure: 'F0032', unit: 't/yr magnet', note: 'mine output' }
      })
    ).toMatch(/cannot cite F0032: .*REO equivalent.*Nothing was changed/)
    expect(await refused('scenarios.setAssumption', { scenarioId: base.id, assumption: { key: 'demand.base', value: 540 } })).toMatch(/add a note/)
    expect(await refused('scenarios.create', { name: 'x', baseId: base.id, overrides: [{ key: 'magnet.dy', figure: 'S999' }] })).toMatch(
      /There is no figure S999/
    )
    expect(await refused('scenarios.setAssumption', { scenarioId: base.id, assumption: { key: 'demand.base' }, clear: true })).toMatch(/required/)
    expect(log()).toBe(n)
  })

  it('compares scenarios on the same years and ranks inputs by how much they move 2030 coverage', async () => {
    const ids = (await ok<ScenarioSummary[]>('scenarios.list', {})).slice(0, 3).map((s) => s.id)
    const compared = await ok<ScenarioResults[]>('scenarios.compare', { ids })
    expect(compared.map((c) => c.years.map((y) => y.year))).toEqual(ids.map(() => Array.from({ length: 16 }, (_, i) => 2025 + i)))
    const s = await ok<SensitivityResult>('scenarios.sensitivity', { id: ids[2], year: 2030, metric: 'totalCoverage' })
    expect(s.bars.length).toBeGreaterThan(5)
    expect(s.bars.every((b, i) => i === 0 || s.bars[i - 1]!.swing >= b.swing)).toBe(true)
    expect(s.bars[0]!.key).toBe('china.magnet.share')
    const dy = await ok<SensitivityResult>('scenarios.sensitivity', { id: ids[0], year: 2030, metric: 'domesticCoverage', limit: 60 })
    expect(dy.bars.find((b) => b.key === 'magnet.dy')).toMatchObject({ low: 0.6, high: 1.2, rangeFrom: 'the range of S005' })
  })
})
