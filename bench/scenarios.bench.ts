// Issue 14 bench: the scenario engine on the starter dataset.
//  1. One scenario over 2025-2040 in the engine (runScenario on resolved inputs), median of many runs; target < 20 ms.
//     Also the whole scenarios.results call (SQL, resolve, run) as the UI asks for it.
//  2. A sensitivity run over 20 assumptions (each at its low and high end: 40 one-year runs); target < 300 ms.
//  3. An edit and the answer the view redraws from (scenarios.setAssumption then scenarios.results), engine side.
//  Baseline in the same run: the same 16 years of demand x intensity alone (the arithmetic floor) and one SQL read of
//  the scenario's assumption rows.
import { expect, it } from 'vitest'
import type { ScenarioInput } from '../src/shared/scenarios'
import { prepareScenario, sensitivityOf } from '../src/core/scenarios/compute'
import { runScenario } from '../src/core/scenarios/model/run'
import { starterEngine } from '../src/core/briefs/testing'
import { ok, removeDir, tempDir } from '../src/core/testing/tempDataset'
import { round, summary, timeMs, writeResult } from './stats'

const RUNS = 200

function floor(values: ReadonlyMap<string, number>): number {
  let sum = 0
  for (let y = 2025; y <= 2040; y++) sum += (values.get('demand.base')! * Math.pow(2, (y - 2025) / 5) * values.get('magnet.reTotal')!) / 100
  return sum
}

it('measures one scenario 2025-2040, a 20-input sensitivity run and an edit round trip', async () => {
  const dir = tempDir('lodestone-bench-scen-')
  const engine = starterEngine(dir)
  try {
    const { results, values } = prepareScenario(engine.db, 1)
    const sample = (fn: () => void, n = RUNS): number[] => {
      for (let i = 0; i < 5; i++) fn() // warm-up
      return Array.from({ length: n }, () => timeMs(fn))
    }
    const engineRun = sample(() => runScenario(values, 2025, 2040))
    const fullCall = sample(() => prepareScenario(engine.db, 1), 50)
    const baselineFloor = sample(() => floor(values))
    const baselineRead = sample(() => engine.db.prepare('SELECT * FROM scenario_assumption WHERE scenario_id = ?').all(1), 50)
    const twenty: ScenarioInput[] = results.inputs.filter((i) => i.low !== i.high).slice(0, 20)
    const sensitivity = sample(() => sensitivityOf(values, twenty, 2025, 2030, 'totalCoverage', 20), 30)
    const edits: number[] = []
    for (let i = 0; i < 20; i++) {
      const start = performance.now()
      await ok(engine, 'scenarios.setAssumption', { scenarioId: 1, assumption: { key: 'china.Dy.share', value: 40 + i, unit: '%', note: `bench ${i}` } })
      await ok(engine, 'scenarios.results', { id: 1 })
      edits.push(round(performance.now() - start))
    }
    const result = {
      targets: { engineRunMs: 20, sensitivity20Ms: 300, editRoundTripMs: 100 },
      engineRun2025to2040Ms: summary(engineRun),
      resultsCallMs: summary(fullCall),
      sensitivity20InputsMs: { ...summary(sensitivity), inputs: twenty.length },
      editThenResultsMs: summary(edits),
      baseline: { demandTimesIntensityMs: summary(baselineFloor), sqlReadAssumptionsMs: summary(baselineRead) }
    }
    console.log(JSON.stringify(result), '->', writeResult('scenarios', result))
    expect(twenty).toHaveLength(20)
    expect(results.years).toHaveLength(16)
  } finally {
    engine.close()
    removeDir(dir)
  }
})
