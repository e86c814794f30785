// The supply-coverage model, pure arithmetic over resolved input values (no SQL, no units: resolve.ts has
// already converted every value to its key's unit). Per year: demand -> element needs at each stage through
// intensities, yields and oxide fractions; domestic supply from capacity lines (start, ramp-up, utilisation) and
// recycling; imports from partners, then China, to fill what is left; the bottleneck in words.
import { SCENARIO_ELEMENTS, type ImportLine, type ProductBalance, type ScenarioElement, type StageResult, type YearResult } from '../../../shared/scenarios'
import { capacityUnit } from './catalogue'
import { runSmco } from './smco'
import { allocate, balanceOf, lineCapacity, linesOf, need, pct, ratio, stageResult, type Lines, type Values } from './supply'
import { bottleneckOf } from './words'

/** Magnet demand in a year: base x multiple^((y - 2025) / 5) to 2030, then compound growth. */
export function demandIn(v: Values, firstYear: number, year: number): number {
  const base = need(v, 'demand.base')
  const m = need(v, 'demand.growthTo2030')
  const toYear = (y: number): number => base * Math.pow(m, (y - firstYear) / (2030 - firstYear))
  if (year <= 2030 || firstYear >= 2030) return toYear(year)
  return toYear(2030) * Math.pow(1 + pct(v, 'demand.growthAfter2030'), year - 2030)
}

/** Weight fractions of each element in magnet (NdPr = total RE less Dy and Tb). */
export function intensities(v: Values): Record<ScenarioElement, number> {
  const dy = pct(v, 'magnet.dy')
  const tb = pct(v, 'magnet.tb')
  return { NdPr: Math.max(0, pct(v, 'magnet.reTotal') - dy - tb), Dy: dy, Tb: tb }
}

/** Metal contained per t of oxide (NdPr mixes Nd2O3 and Pr6O11 by the Pr share). */
export function oxideFractions(v: Values): Record<ScenarioElement, number> {
  const pr = pct(v, 'ndpr.prShare')
  return { NdPr: (1 - pr) * pct(v, 'oxide.nd') + pr * pct(v, 'oxide.pr'), Dy: pct(v, 'oxide.dy'), Tb: pct(v, 'oxide.tb') }
}

function reoShares(v: Values): Record<ScenarioElement, number> {
  return { NdPr: pct(v, 'mining.share.nd') + pct(v, 'mining.share.pr'), Dy: pct(v, 'mining.share.dy'), Tb: pct(v, 'mining.share.tb') }
}

export function runYear(v: Values, lines: Lines, firstYear: number, year: number): YearResult {
  const D = demandIn(v, firstYear, year)
  const w = intensities(v)
  const frac = oxideFractions(v)
  const share = reoShares(v)
  const ym = pct(v, 'magnet.yield')
  const my = pct(v, 'metal.yield')
  const rec = pct(v, 'separation.recovery')
  const capOf = (stage: 'separation' | 'metal' | 'magnet', el: ScenarioElement | 'all'): number =>
    lines.supply.filter((l) => l.stage === stage && l.element === el).reduce((s, l) => s + lineCapacity(v, l.prefix, year), 0)

  // Recycling: end-of-life magnets of `lifetime` years ago x RE content x collection x recovery, up to plant capacity.
  const eolYear = year - Math.round(need(v, 'recycling.lifetime'))
  const eolMetal = demandIn(v, firstYear, eolYear) * pct(v, 'magnet.reTotal') * pct(v, 'recycling.collection') * pct(v, 'recycling.recovery')
  const recyclingCap = lines.recyclers.reduce((s, p) => s + lineCapacity(v, p, year), 0)
  const recycled = Math.min(recyclingCap, eolMetal)
  const reTotal = pct(v, 'magnet.reTotal')

  const stages: StageResult[] = []
  const chainMetal = {} as Record<ScenarioElement, number>
  const mined = need(v, 'mining.reo')
  const stage = stageResult
  for (const el of SCENARIO_ELEMENTS) {
    const metalNeed = (D * w[el]) / ym
    const oxideNeed = metalNeed / (frac[el] * my)
    const reoNeed = share[el] > 0 ? oxideNeed / (rec * share[el]) : Infinity
    const minedUsed = Number.isFinite(reoNeed) ? Math.min(mined, reoNeed) : 0
    const sepCap = capOf('separation', el)
    const chainSep = Math.min(sepCap, minedUsed * rec * share[el], oxideNeed)
    const metalCap = capOf('metal', el)
    const recycledEl = reTotal > 0 ? (recycled * w[el]) / reTotal : 0
    chainMetal[el] = Math.min(metalNeed, Math.min(metalCap, chainSep * frac[el] * my) + recycledEl)
    stages.push(
      stage({
        stage: 'mining',
        element: el,
        unit: 't REO',
        need: Number.isFinite(reoNeed) ? reoNeed : 0,
        capacity: mined,
        recycled: 0,
        domestic: minedUsed,
        chain: minedUsed
      }),
      stage({
        stage: 'separation',
        element: el,
        unit: capacityUnit('separation', el).replace('/yr', ''),
        need: oxideNeed,
        capacity: sepCap,
        recycled: 0,
        domestic: Math.min(sepCap, oxideNeed),
        chain: chainSep
      }),
      stage({
        stage: 'metal',
        element: el,
        unit: 't metal',
        need: metalNeed,
        capacity: metalCap + recycledEl,
        recycled: recycledEl,
        domestic: Math.min(metalCap + recycledEl, metalNeed),
        chain: chainMetal[el]
      })
    )
  }

  // Magnet plants: at most their capacity and demand; their element needs come from the domestic chain, then imports.
  const magnetCap = capOf('magnet', 'all')
  const plants = Math.min(magnetCap, D)
  const imports: ImportLine[] = []
  const balances: ProductBalance[] = []
  let output = plants
  for (const el of SCENARIO_ELEMENTS) {
    const plantNeed = (plants * w[el]) / ym
    const fromChain = Math.min(chainMetal[el], plantNeed)
    const a = allocate(v, el, plantNeed - fromChain, year, 't/yr metal')
    imports.push(...a.imports)
    const got = fromChain + a.imported
    if (plantNeed > 0) output = Math.min(output, (plants * got) / plantNeed)
    balances.push({
      product: el,
      unit: 't metal',
      importNeed: plantNeed - fromChain,
      imported: a.imported,
      unmet: plantNeed - got,
      chinaShare: ratio(a.china, got)
    })
  }
  const chainMagnets = Math.min(magnetCap, D, ...SCENARIO_ELEMENTS.filter((el) => w[el] > 0).map((el) => (chainMetal[el] * ym) / w[el]))
  stages.push(stage({ stage: 'magnet', element: 'magnet', unit: 't magnet', need: D, capacity: magnetCap, recycled: 0, domestic: plants, chain: chainMagnets }))
  const m = allocate(v, 'magnet', D - output, year, 't/yr magnet')
  imports.push(...m.imports)
  const supplied = output + m.imported
  balances.push(balanceOf('magnet', 't magnet', D, output, m))

  const result: YearResult = {
    year,
    demand: D,
    noNeed: !(D > 0),
    stages,
    imports,
    balances,
    domesticMagnets: output,
    domesticCoverage: ratio(output, D),
    totalCoverage: ratio(supplied, D),
    recycled,
    bottleneck: { stage: null, element: null, coverage: null, text: '' }
  }
  result.bottleneck = bottleneckOf(result, plants)
  // The Sm option runs its own chain beside NdFeB's (it shares only mined REO, yields and China's controls), after
  // the NdFeB bottleneck is named, so a scenario without SmCo inputs gets exactly the result it had before.
  if (lines.smco) {
    const sm = runSmco(v, lines, year)
    result.stages.push(...sm.stages)
    result.imports.push(...sm.imports)
    result.balances.push(...sm.balances)
    result.smco = sm.year
  }
  return result
}

export function runScenario(v: Values, firstYear: number, lastYear: number): YearResult[] {
  const lines = linesOf(v)
  const years: YearResult[] = []
  for (let y = firstYear; y <= lastYear; y++) years.push(runYear(v, lines, firstYear, y))
  return years
}
