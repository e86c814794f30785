// The Sm option's bottleneck in words: the Sm stages with no capacity ("no Sm separation or Sm metal-making
// capacity"), else where SmCo's chain breaks (the lowest coverage, nearest the magnet plants on a tie), then how
// SmCo magnets are supplied ("SmCo magnets depend wholly on imports") and what goes unsupplied.
import { SCENARIO_STAGES, STAGE_WORDS, type Bottleneck, type ProductBalance, type SmcoYear, type StageResult } from '../../../shared/scenarios'
import { p, t } from './words'

const NAMES: Readonly<Record<string, string>> = { separation: 'Sm separation', metal: 'Sm metal-making', magnet: 'SmCo magnet-making' }
const list = (xs: string[]): string => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]!}`)
const what = (s: StageResult): string =>
  s.stage === 'magnet' ? 'SmCo magnets' : s.stage === 'mining' ? 'Sm (as REO)' : s.stage === 'separation' ? 'Sm2O3' : 'Sm metal'

export function smcoBottleneck(
  year: number,
  r: SmcoYear,
  stages: readonly StageResult[],
  balances: readonly ProductBalance[],
  plants: number,
  chainMagnets: number
): Bottleneck {
  if (r.noNeed) return { stage: null, element: null, coverage: null, text: `${year}: no SmCo magnet demand, so no Sm need at any stage.` }
  const none = stages.filter((s) => s.stage !== 'mining' && s.capacity - s.recycled <= 0)
  const order = (s: StageResult): number => SCENARIO_STAGES.indexOf(s.stage)
  const worst = none.length
    ? none.reduce((a, b) => (order(b) > order(a) ? b : a))
    : stages.filter((s) => s.coverage !== null).reduce((a, b) => (b.coverage! < a.coverage! || (b.coverage === a.coverage && order(b) > order(a)) ? b : a))
  const sentences = [
    none.length
      ? `${year}: no ${list(none.map((s) => NAMES[s.stage]!))} capacity`
      : `${year}: SmCo's chain breaks at ${STAGE_WORDS[worst.stage]}, which covers ${p(worst.coverage!)} of the ${t(worst.need)} of ${what(worst)} SmCo demand needs`
  ]
  const of = `${p(r.domesticCoverage ?? 0)} of SmCo demand`
  if (r.domesticMagnets <= 1e-9) sentences.push('SmCo magnets depend wholly on imports')
  else if (chainMagnets <= 1e-9) sentences.push(`SmCo magnets depend wholly on imports: plants make ${t(r.domesticMagnets)} (${of}) from imported Sm`)
  else sentences.push(`SmCo plants make ${t(r.domesticMagnets)} (${of}), ${t(chainMagnets)} of them from domestic Sm`)
  const sm = balances.find((b) => b.product === 'Sm')!
  if (plants > 0 && sm.unmet > 1e-9) sentences.push(`SmCo plants are short of ${t(sm.unmet)} of Sm that no supplier provides`)
  const magnets = balances.find((b) => b.product === 'SmCo')!
  sentences.push(
    magnets.unmet > 0.5
      ? `${t(magnets.unmet)} of SmCo magnets (${p((100 * magnets.unmet) / r.demand)} of SmCo demand) go unsupplied`
      : magnets.imported > 0
        ? 'SmCo demand is met with imports'
        : 'SmCo demand is met'
  )
  return { stage: worst.stage, element: worst.element, coverage: worst.coverage, text: `${sentences.join('; ')}.` }
}
