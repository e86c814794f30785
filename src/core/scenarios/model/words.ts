// The bottleneck of a year in words: where India's domestic chain breaks (the stage and element with the lowest
// coverage of the need that India's magnet demand implies; ties go to the stage nearest the magnet plants) and
// what then limits the magnets India can have (an element its plants cannot get, or magnets nobody supplies).
import { SCENARIO_STAGES, STAGE_WORDS, type Bottleneck, type StageResult, type YearResult } from '../../../shared/scenarios'

export const t = (x: number): string => `${x < 10 ? String(Math.round(x * 10) / 10) : Math.round(x).toLocaleString('en-GB')} t`
export const p = (x: number): string => (x > 0 && x < 1 ? `${x.toFixed(1)}%` : `${Math.round(x)}%`)
const what = (s: StageResult): string =>
  s.element === 'magnet' ? 'magnets' : s.stage === 'mining' ? `${s.element} (as REO)` : s.stage === 'separation' ? `${s.element} oxide` : `${s.element} metal`

/** The stage nearest the magnet plants with no primary capacity for any element, else the lowest coverage. */
function breakOf(stages: readonly StageResult[]): StageResult | undefined {
  for (const stage of [...SCENARIO_STAGES].reverse()) {
    const at = stages.filter((s) => s.stage === stage && s.coverage !== null)
    if (at.length && at.every((s) => s.capacity - s.recycled <= 0)) return at.reduce((a, b) => (b.coverage! < a.coverage! ? b : a))
  }
  let worst: StageResult | undefined
  for (const s of stages) {
    if (s.coverage === null) continue
    const order = SCENARIO_STAGES.indexOf(s.stage)
    if (!worst || s.coverage < worst.coverage! || (s.coverage === worst.coverage && order > SCENARIO_STAGES.indexOf(worst.stage))) worst = s
  }
  return worst
}

export function bottleneckOf(r: YearResult, plants: number): Bottleneck {
  if (r.noNeed) return { stage: null, element: null, coverage: null, text: `${r.year}: no magnet demand, so no need at any stage.` }
  const worst = breakOf(r.stages)!
  const noneAtStage = r.stages.filter((s) => s.stage === worst.stage).every((s) => s.capacity - s.recycled <= 0)
  const recycledOnly = worst.recycled > 0 && worst.capacity - worst.recycled <= 0 ? ` (recycling gives ${p(worst.coverage!)})` : ''
  const where =
    worst.capacity - worst.recycled <= 0
      ? `the chain breaks at ${STAGE_WORDS[worst.stage]}, where no ${worst.element === 'magnet' || noneAtStage ? '' : `${worst.element} `}capacity exists${recycledOnly}`
      : `the chain breaks at ${STAGE_WORDS[worst.stage]}, which covers ${p(worst.coverage!)} of the ${t(worst.need)} of ${what(worst)} India's magnet demand needs`
  const sentences = [`${r.year}: ${where}`]
  const sep = r.stages.filter((s) => s.stage === 'separation' && s.element === 'NdPr')[0]
  if (sep && sep !== worst && sep.coverage !== null) sentences.push(`separation covers ${p(sep.coverage)} of the NdPr oxide needed`)
  const starved = r.balances
    .filter((b) => b.product !== 'magnet' && b.unmet > 1e-9)
    .sort((a, b) => b.unmet / (b.importNeed || 1) - a.unmet / (a.importNeed || 1))[0]
  if (plants > 0 && starved)
    sentences.push(
      `magnet plants make ${t(r.domesticMagnets)} of the ${t(plants)} they could, short of ${t(starved.unmet)} of ${starved.product} that no supplier provides`
    )
  else if (plants > 0) sentences.push(`magnet plants make ${t(r.domesticMagnets)} (${p(r.domesticCoverage ?? 0)} of demand)`)
  const magnets = r.balances.find((b) => b.product === 'magnet')!
  sentences.push(
    magnets.unmet > 0.5 ? `${t(magnets.unmet)} of magnets (${p((100 * magnets.unmet) / r.demand)} of demand) go unsupplied` : 'demand is met with imports'
  )
  return { stage: worst.stage, element: worst.element, coverage: worst.coverage, text: `${sentences.join('; ')}.` }
}
