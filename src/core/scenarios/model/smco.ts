// The Sm option's chain: SmCo magnet demand by year -> Sm metal (Sm intensity, SmCo yield) -> Sm2O3 -> REO, against
// Sm separation, metal and SmCo magnet lines and Sm recycled from old SmCo magnets, then Sm and SmCo imports from
// partners and China. It shares mined REO, the metal yield and separation recovery with NdFeB and changes none of it.
import type { ImportLine, ProductBalance, SmcoYear, StageResult } from '../../../shared/scenarios'
import { allocate, balanceOf, lineCapacity, ratio, stageResult, type Lines, type Values } from './supply'
import { smcoBottleneck } from './smcoWords'

const need = (v: Values, key: string): number => {
  const x = v.get(key)
  if (x === undefined) throw new Error(`the model has no value for ${key}`)
  return x
}
const pct = (v: Values, key: string): number => need(v, key) / 100

/** SmCo demand in a year: the given years' values, linear between them, held flat before the first and after the last. */
export function smcoDemandIn(v: Values, year: number): number {
  const points = [...v.keys()]
    .map((k) => /^smco\.demand\.(\d{4})$/.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ year: Number(m[1]), value: v.get(m[0])! }))
    .sort((a, b) => a.year - b.year)
  if (!points.length) return 0
  if (year <= points[0]!.year) return points[0]!.value
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!]
    if (year <= b.year) return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year)
  }
  return points[points.length - 1]!.value
}

export interface SmcoRun {
  stages: StageResult[]
  imports: ImportLine[]
  balances: ProductBalance[]
  year: SmcoYear
}

export function runSmco(v: Values, lines: Lines, year: number): SmcoRun {
  const S = smcoDemandIn(v, year)
  const w = need(v, 'smco.sm') / 1000 // kg Sm per t SmCo magnet -> t per t
  const ym = pct(v, 'smco.yield')
  const my = pct(v, 'metal.yield')
  const rec = pct(v, 'separation.recovery')
  const frac = pct(v, 'oxide.sm')
  const share = pct(v, 'mining.share.sm')
  const capOf = (stage: 'separation' | 'metal' | 'magnet', el: 'Sm' | 'smco'): number =>
    lines.supply.filter((l) => l.stage === stage && l.element === el).reduce((s, l) => s + lineCapacity(v, l.prefix, year), 0)

  const metalNeed = (S * w) / ym
  const oxideNeed = metalNeed / (frac * my)
  const reoNeed = share > 0 ? oxideNeed / (rec * share) : Infinity
  const mined = need(v, 'mining.reo')
  const minedUsed = Number.isFinite(reoNeed) ? Math.min(mined, reoNeed) : 0
  const sepCap = capOf('separation', 'Sm')
  const chainSep = Math.min(sepCap, minedUsed * rec * share, oxideNeed)
  const metalCap = capOf('metal', 'Sm')
  // Recycling: SmCo magnets of `lifetime` years ago x Sm content x collection x recovery, up to Sm recyclers' capacity.
  const eolYear = year - Math.round(need(v, 'recycling.lifetime'))
  const collected = (v.get('smco.recycling.collection') ?? 0) / 100
  const recovered = (v.get('smco.recycling.recovery') ?? 0) / 100
  const eolSm = smcoDemandIn(v, eolYear) * w * collected * recovered
  const recycled = Math.min(
    lines.smRecyclers.reduce((s, p) => s + lineCapacity(v, p, year), 0),
    eolSm
  )
  const chainMetal = Math.min(metalNeed, Math.min(metalCap, chainSep * frac * my) + recycled)
  const magnetCap = capOf('magnet', 'smco')
  const plants = Math.min(magnetCap, S)

  const row = stageResult
  const plantNeed = (plants * w) / ym
  const fromChain = Math.min(chainMetal, plantNeed)
  const sm = allocate(v, 'Sm', plantNeed - fromChain, year, 't/yr metal')
  const got = fromChain + sm.imported
  const output = plantNeed > 0 ? (plants * got) / plantNeed : plants
  const chainMagnets = w > 0 ? Math.min(magnetCap, S, (chainMetal * ym) / w) : Math.min(magnetCap, S)
  const stages = [
    row({
      stage: 'mining',
      element: 'Sm',
      unit: 't REO',
      need: Number.isFinite(reoNeed) ? reoNeed : 0,
      capacity: mined,
      recycled: 0,
      domestic: minedUsed,
      chain: minedUsed
    }),
    row({
      stage: 'separation',
      element: 'Sm',
      unit: 't Sm2O3',
      need: oxideNeed,
      capacity: sepCap,
      recycled: 0,
      domestic: Math.min(sepCap, oxideNeed),
      chain: chainSep
    }),
    row({
      stage: 'metal',
      element: 'Sm',
      unit: 't metal',
      need: metalNeed,
      capacity: metalCap + recycled,
      recycled,
      domestic: Math.min(metalCap + recycled, metalNeed),
      chain: chainMetal
    }),
    row({ stage: 'magnet', element: 'SmCo', unit: 't SmCo magnet', need: S, capacity: magnetCap, recycled: 0, domestic: plants, chain: chainMagnets })
  ]
  const magnets = allocate(v, 'SmCo', S - output, year, 't/yr SmCo magnet')
  const supplied = output + magnets.imported
  const balances: ProductBalance[] = [
    { product: 'Sm', unit: 't metal', importNeed: plantNeed - fromChain, imported: sm.imported, unmet: plantNeed - got, chinaShare: ratio(sm.china, got) },
    balanceOf('SmCo', 't SmCo magnet', S, output, magnets)
  ]
  const result: SmcoYear = {
    demand: S,
    noNeed: !(S > 0),
    domesticMagnets: output,
    domesticCoverage: ratio(output, S),
    totalCoverage: ratio(supplied, S),
    recycled,
    bottleneck: { stage: null, element: null, coverage: null, text: '' }
  }
  result.bottleneck = smcoBottleneck(year, result, stages, balances, plants, chainMagnets)
  return { stages, imports: [...sm.imports, ...magnets.imports], balances, year: result }
}
