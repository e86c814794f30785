// The supply side every chain of the model shares (NdFeB's in run.ts, SmCo's in smco.ts): resolved values by key,
// capacity lines and what each gives in a year (start, ramp-up, utilisation), and imports filled from partners
// in order, then China's licensed share. Pure arithmetic, no SQL.
import { SCENARIO_PARTNERS, type ChainElement, type ImportLine, type ProductBalance, type ScenarioProduct, type StageResult } from '../../../shared/scenarios'
import { usesSmco } from './catalogue'

export type Values = ReadonlyMap<string, number>

export const need = (v: Values, key: string): number => {
  const x = v.get(key)
  if (x === undefined) throw new Error(`the model has no value for ${key}`)
  return x
}
export const pct = (v: Values, key: string): number => need(v, key) / 100
/** Lines' capacity available in a year: nothing before the start, a linear ramp over `ramp` years, times utilisation. */
export function lineCapacity(v: Values, prefix: string, year: number): number {
  const cap = v.get(`${prefix}.capacity`) ?? 0
  // An integrated plant's metal line without its own schedule follows the magnet line of the same name.
  const magnet = prefix
    .replace(/^supply\.(separation|metal)\.(NdPr|Dy|Tb)\./, 'supply.magnet.all.')
    .replace(/^supply\.(separation|metal)\.Sm\./, 'supply.magnet.smco.')
  const of = (part: string): number | undefined => v.get(`${prefix}.${part}`) ?? (magnet !== prefix ? v.get(`${magnet}.${part}`) : undefined)
  const start = of('start') ?? 0
  if (cap <= 0 || year < start) return 0
  const ramp = Math.max(1, of('ramp') ?? 1)
  const util = (of('utilisation') ?? 100) / 100
  return cap * Math.min(1, (year - start + 1) / ramp) * util
}

export interface Lines {
  /** Capacity line prefixes by stage and element ('all' for magnets). */
  supply: { prefix: string; stage: 'separation' | 'metal' | 'magnet'; element: ChainElement | 'all' | 'smco' }[]
  recyclers: string[]
  /** Sm recyclers (end-of-life SmCo magnets). */
  smRecyclers: string[]
  /** The scenario has SmCo inputs (the Sm option is on). */
  smco: boolean
}

export function linesOf(v: Values): Lines {
  const supply = new Map<string, Lines['supply'][number]>()
  const recyclers = new Set<string>()
  const smRecyclers = new Set<string>()
  for (const key of v.keys()) {
    const m = /^(supply\.(separation|metal|magnet)\.(NdPr|Dy|Tb|Sm|all|smco)\.[a-z0-9-]+)\.capacity$/.exec(key)
    if (m) supply.set(m[1]!, { prefix: m[1]!, stage: m[2] as 'magnet', element: m[3] as 'all' })
    const r = /^(recycling\.(plant|Sm)\.[a-z0-9-]+)\.capacity$/.exec(key)
    if (r) (r[2] === 'Sm' ? smRecyclers : recyclers).add(r[1]!)
  }
  return { supply: [...supply.values()], recyclers: [...recyclers], smRecyclers: [...smRecyclers], smco: usesSmco(v.keys()) }
}

export interface Allocation {
  imports: ImportLine[]
  imported: number
  china: number
}

/** Fill a request from partners in order (from their start year, up to their offtake), then China's licensed share. */
export function allocate(v: Values, product: ScenarioProduct, request: number, year: number, unit: string): Allocation {
  const imports: ImportLine[] = []
  let left = request
  for (const partner of SCENARIO_PARTNERS) {
    const offtake = v.get(`partner.${partner}.${product}.offtake`) ?? 0
    const start = v.get(`partner.${partner}.${product}.start`) ?? Infinity
    const take = year >= start ? Math.min(offtake, left) : 0
    if (take > 0) {
      imports.push({ product, partner, tonnes: take, unit })
      left -= take
    }
  }
  const ceiling = v.get(`china.${product}.ceiling`) ?? Infinity
  const china = Math.min(left * pct(v, `china.${product}.share`), ceiling)
  if (china > 0) imports.push({ product, partner: 'China', tonnes: china, unit })
  return { imports, imported: request - left + china, china }
}

/** part as a % of whole; null when there is no whole. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null)

/** A stage's row with its coverage (domestic, and through the chain) and shortfall worked out. */
export function stageResult(s: Omit<StageResult, 'coverage' | 'chainCoverage' | 'shortfall'>): StageResult {
  return { ...s, coverage: ratio(s.domestic, s.need), chainCoverage: ratio(s.chain, s.need), shortfall: Math.max(0, s.need - s.domestic) }
}

/** A product's balance once domestic output and the imports allocated for the rest are known. */
export function balanceOf(product: ScenarioProduct, unit: string, need: number, output: number, a: Allocation): ProductBalance {
  const supplied = output + a.imported
  return { product, unit, importNeed: need - output, imported: a.imported, unmet: need - supplied, chinaShare: ratio(a.china, supplied) }
}
