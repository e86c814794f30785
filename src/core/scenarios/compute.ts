// Results of a scenario from the dataset: resolve its inputs (its own, then those of the scenarios it copies), refuse
// in words when any cannot be used, run the model over its years; sensitivity moves each input over its range.
import type { ScenarioInput, ScenarioResults, SensitivityBar, SensitivityMetric, SensitivityResult, YearResult } from '../../shared/scenarios'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { resolveLayers } from './model/resolve'
import { runScenario, runYear } from './model/run'
import { linesOf } from './model/supply'
import { figureLookup, layersOf } from './store'

export interface Prepared {
  results: ScenarioResults
  values: Map<string, number>
}

export function prepareScenario(db: Db, id: number): Prepared {
  const { scenario, layers } = layersOf(db, id)
  const { inputs, values, problems } = resolveLayers(layers, figureLookup(db))
  if (problems.length)
    throw new EngineError(
      'validation',
      `Scenario ${scenario.name} cannot be computed: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
      { reasons: problems }
    )
  return { results: { scenario, inputs, years: runScenario(values, scenario.firstYear, scenario.lastYear) }, values }
}

export function scenarioResults(db: Db, id: number, year?: number): ScenarioResults {
  const { results } = prepareScenario(db, id)
  return year === undefined ? results : { ...results, years: results.years.filter((y) => y.year === year) }
}

export function metricOf(r: YearResult, metric: SensitivityMetric): number | null {
  if (metric === 'smcoDomesticCoverage') return r.smco?.domesticCoverage ?? null
  if (metric === 'smcoTotalCoverage') return r.smco?.totalCoverage ?? null
  return metric === 'domesticCoverage' ? r.domesticCoverage : r.totalCoverage
}

/** Each input at its low and its high end, everything else as it is: how far the metric moves, largest first. */
export function sensitivityOf(
  values: ReadonlyMap<string, number>,
  inputs: readonly ScenarioInput[],
  firstYear: number,
  year: number,
  metric: SensitivityMetric,
  limit = 20
): Omit<SensitivityResult, 'scenarioId'> {
  const at = (v: ReadonlyMap<string, number>): number | null => metricOf(runYear(v, linesOf(v), firstYear, year), metric)
  const base = at(values)
  const bars: SensitivityBar[] = []
  for (const input of inputs) {
    if (input.low === input.high) continue
    const moved = (x: number): number | null => at(new Map(values).set(input.key, x))
    const atLow = moved(input.low)
    const atHigh = moved(input.high)
    const swing = Math.abs((atHigh ?? 0) - (atLow ?? 0))
    bars.push({
      key: input.key,
      label: input.label,
      kind: input.kind,
      base: input.value,
      low: input.low,
      high: input.high,
      rangeFrom: input.rangeFrom,
      atLow,
      atHigh,
      swing
    })
  }
  bars.sort((a, b) => b.swing - a.swing || a.key.localeCompare(b.key))
  return { year, metric, baseValue: base, bars: bars.slice(0, limit) }
}

export function scenarioSensitivity(db: Db, id: number, year: number, metric: SensitivityMetric, limit?: number): SensitivityResult {
  const { results, values } = prepareScenario(db, id)
  if (metric.startsWith('smco') && !results.years.some((y) => y.smco))
    throw new EngineError('validation', `${results.scenario.name} has no SmCo inputs, so it has no SmCo coverage to test: copy it with Sm (SmCo magnets).`)
  return { scenarioId: id, ...sensitivityOf(values, results.inputs, results.scenario.firstYear, year, metric, limit) }
}
