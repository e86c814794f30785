// What the scenario brief says before the analyst writes anything: which scenarios it shows (the brief's choice,
// else the dataset's first four) and one highlight per scenario for its reference year (2030), drafted from the
// results: domestic coverage of magnet demand and where the chain breaks. Computed from cited inputs, not quoted.
import type { BriefConfig } from '../../shared/briefs'
import type { ScenarioResults, YearResult } from '../../shared/scenarios'
import type { Db } from '../db/open'
import { scenarioResults } from '../scenarios/compute'
import { listScenarios } from '../scenarios/store'

export const REFERENCE_YEAR = 2030

export function chosenScenarioIds(db: Db, config: BriefConfig): number[] {
  if (config.scenarioIds.length) return config.scenarioIds
  return listScenarios(db)
    .slice(0, 4)
    .map((s) => s.id)
}

/** The reference year, or the scenario's last year when it ends before it. */
export function referenceYear(r: ScenarioResults): YearResult | undefined {
  return r.years.find((y) => y.year === REFERENCE_YEAR) ?? r.years[r.years.length - 1]
}

const pct = (x: number | null): string => (x === null ? 'no need' : `${x.toFixed(0)}%`)

function highlight(r: ScenarioResults): string | null {
  const y = referenceYear(r)
  if (!y) return null
  if (y.noNeed) return `**${r.scenario.name}.** ${y.year}: no magnet demand is set, so there is nothing to cover.`
  const demand = Math.round(y.demand).toLocaleString('en-GB')
  const made = Math.round(y.domesticMagnets).toLocaleString('en-GB')
  return `**${r.scenario.name}.** In ${y.year}, magnets made in India from domestic stages would cover ${pct(y.domesticCoverage)} of demand (${made} of ${demand} t), ${pct(y.totalCoverage)} with imports. ${y.bottleneck.text.replace(/^\d{4}: /, '').replace(/^./, (c) => c.toUpperCase())}`
}

export function draftScenarioHighlights(db: Db, config: BriefConfig): string {
  const lines: string[] = []
  for (const id of chosenScenarioIds(db, config)) {
    try {
      const line = highlight(scenarioResults(db, id))
      if (line) lines.push(`- ${line}`)
    } catch {
      // A scenario that cannot be computed is reported by the Scenarios section.
    }
  }
  return lines.join('\n')
}

/** One paragraph across the scenarios: the range of domestic coverage in the reference year and where chains break. */
export function draftScenarioTakeaway(db: Db, config: BriefConfig): string {
  const years: { name: string; y: YearResult }[] = []
  for (const id of chosenScenarioIds(db, config)) {
    try {
      const r = scenarioResults(db, id)
      const y = referenceYear(r)
      if (y && !y.noNeed && y.domesticCoverage !== null) years.push({ name: r.scenario.name, y })
    } catch {
      // Reported by the Scenarios section.
    }
  }
  if (!years.length) return ''
  const covers = years.map((x) => x.y.domesticCoverage!)
  const low = Math.min(...covers).toFixed(0)
  const high = Math.max(...covers).toFixed(0)
  const stages = new Map<string, number>()
  for (const { y } of years) if (y.bottleneck.stage) stages.set(y.bottleneck.stage, (stages.get(y.bottleneck.stage) ?? 0) + 1)
  const [stage, n] = [...stages].sort((a, b) => b[1] - a[1])[0] ?? [null, 0]
  const range = low === high ? `${low}%` : `between ${low}% and ${high}%`
  const where = stage ? ` The chain breaks at ${stage === 'metal' ? 'metal making' : stage} in ${n} of the ${years.length} scenarios.` : ''
  return `Across ${years.length === 1 ? 'this scenario' : `these ${years.length} scenarios`}, domestic stages cover ${range} of India's ${REFERENCE_YEAR} magnet demand.${where} These are results computed from the cited figures and the labelled assumptions listed with each scenario, not figures any source published.`
}
