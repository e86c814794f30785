// The inputs the scenario model reads, each with the unit it works in: fixed keys (demand, composition, yields,
// mining, recycling rates) and pattern keys (capacity lines, recycling plants, partners' levers), with the Sm
// option's keys (SmCo demand by year, Sm intensity, Sm lines). A key outside this catalogue is refused; a value's
// unit must convert to the key's unit (units.ts) or say why it cannot.
import { SCENARIO_ELEMENTS, SCENARIO_PARTNERS, SCENARIO_PRODUCTS, SMCO_PRODUCTS, STAGE_WORDS, type ScenarioStage } from '../../../shared/scenarios'

export interface KeyDef {
  key: string
  label: string
  group: string
  unit: string
  /** Values outside [min, max] are refused (shares 0-100, yields above 0, years 2000-2100). */
  min: number
  max: number
  /** Optional inputs may be absent (no ceiling, no such plant); required ones must be set by the scenario or its base. */
  optional?: boolean
  /** A key of the Sm option: any of them in a scenario turns Sm (SmCo magnets) on. */
  smco?: boolean
}

const PCT = { min: 0, max: 100 }
const fixed: KeyDef[] = [
  { key: 'demand.base', label: 'Magnet demand in the first year', group: 'Demand', unit: 't/yr magnet', min: 0, max: 1e7 },
  { key: 'demand.growthTo2030', label: 'Demand multiple, 2030 over 2025', group: 'Demand', unit: 'x', min: 0, max: 100 },
  { key: 'demand.growthAfter2030', label: 'Demand growth after 2030', group: 'Demand', unit: '%/yr', min: -50, max: 100 },
  { key: 'magnet.reTotal', label: 'Rare earths in magnet', group: 'Composition', unit: 'wt% of magnet', ...PCT },
  { key: 'magnet.dy', label: 'Dy in magnet', group: 'Composition', unit: 'wt% of magnet', ...PCT },
  { key: 'magnet.tb', label: 'Tb in magnet', group: 'Composition', unit: 'wt% of magnet', ...PCT },
  { key: 'ndpr.prShare', label: 'Pr share of NdPr', group: 'Composition', unit: '% of NdPr', ...PCT },
  { key: 'oxide.nd', label: 'Nd metal in Nd2O3', group: 'Conversion', unit: '% of oxide mass', min: 1, max: 100 },
  { key: 'oxide.pr', label: 'Pr metal in Pr6O11', group: 'Conversion', unit: '% of oxide mass', min: 1, max: 100 },
  { key: 'oxide.dy', label: 'Dy metal in Dy2O3', group: 'Conversion', unit: '% of oxide mass', min: 1, max: 100 },
  { key: 'oxide.tb', label: 'Tb metal in Tb4O7', group: 'Conversion', unit: '% of oxide mass', min: 1, max: 100 },
  { key: 'metal.yield', label: 'Oxide-to-metal process yield', group: 'Conversion', unit: '%', min: 1, max: 100 },
  { key: 'magnet.yield', label: 'Metal-to-magnet yield', group: 'Conversion', unit: '%', min: 1, max: 100 },
  { key: 'separation.recovery', label: 'Separation recovery from concentrate', group: 'Mining and separation', unit: '%', min: 1, max: 100 },
  { key: 'mining.reo', label: 'Domestic mine output', group: 'Mining and separation', unit: 't/yr REO', min: 0, max: 1e7 },
  { key: 'mining.share.nd', label: 'Nd in domestic REO', group: 'Mining and separation', unit: '% of total REO', ...PCT },
  { key: 'mining.share.pr', label: 'Pr in domestic REO', group: 'Mining and separation', unit: '% of total REO', ...PCT },
  { key: 'mining.share.dy', label: 'Dy in domestic REO', group: 'Mining and separation', unit: '% of total REO', ...PCT },
  { key: 'mining.share.tb', label: 'Tb in domestic REO', group: 'Mining and separation', unit: '% of total REO', ...PCT },
  { key: 'recycling.collection', label: 'End-of-life magnets collected', group: 'Recycling', unit: '%', ...PCT },
  { key: 'recycling.recovery', label: 'Recycling process recovery', group: 'Recycling', unit: '%', ...PCT },
  { key: 'recycling.lifetime', label: 'Magnet product lifetime', group: 'Recycling', unit: 'years', min: 1, max: 50 }
]

export const SMCO_GROUP = 'SmCo magnets (Sm)'
const sm = (key: string, label: string, unit: string, range: { min: number; max: number }, optional = false): KeyDef => ({
  key,
  label,
  group: SMCO_GROUP,
  unit,
  ...range,
  smco: true,
  ...(optional ? { optional } : {})
})
/** The Sm option's fixed keys: all but the recycling rates are required once a scenario has any SmCo input. */
const smFixed: KeyDef[] = [
  sm('smco.sm', 'Sm in SmCo magnet', 'kg Sm/t SmCo magnet', { min: 0, max: 1000 }),
  sm('smco.yield', 'Sm metal-to-SmCo-magnet yield', '%', { min: 1, max: 100 }),
  sm('oxide.sm', 'Sm metal in Sm2O3', '% of oxide mass', { min: 1, max: 100 }),
  sm('mining.share.sm', 'Sm in domestic REO', '% of total REO', PCT),
  sm('smco.recycling.collection', 'End-of-life SmCo magnets collected', '%', PCT, true),
  sm('smco.recycling.recovery', 'SmCo recycling process recovery', '%', PCT, true)
]
const SMCO_DEMAND = /^smco\.demand\.(\d{4})$/

/** The unit of a stage's capacity line for an element ('all' for magnets and recycling). */
export function capacityUnit(stage: ScenarioStage | 'recycling', element: string): string {
  if (stage === 'mining') return 't/yr REO'
  if (stage === 'magnet') return element === 'smco' ? 't/yr SmCo magnet' : 't/yr magnet'
  if (stage === 'separation') return { NdPr: 't/yr NdPr oxide', Dy: 't/yr Dy2O3', Tb: 't/yr Tb4O7', Sm: 't/yr Sm2O3' }[element] ?? 't/yr oxide'
  return 't/yr metal'
}

const LINE = /^supply\.(separation|metal|magnet)\.(NdPr|Dy|Tb|Sm|all|smco)\.([a-z0-9-]{1,40})\.(capacity|start|ramp|utilisation)$/
const RECYCLER = /^recycling\.(plant|Sm)\.([a-z0-9-]{1,40})\.(capacity|start|ramp|utilisation)$/
const PRODUCTS = [...SCENARIO_PRODUCTS, ...SMCO_PRODUCTS].join('|')
const PARTNER = new RegExp(`^partner\\.(${SCENARIO_PARTNERS.join('|')})\\.(${PRODUCTS})\\.(offtake|start)$`)
const CHINA = new RegExp(`^china\\.(${PRODUCTS})\\.(share|ceiling)$`)
const isSm = (product: string): boolean => (SMCO_PRODUCTS as readonly string[]).includes(product)
const productWords = (p: string): string => (p === 'magnet' ? 'magnets' : p === 'SmCo' ? 'SmCo magnets' : p)
const productUnit = (p: string): string => (p === 'magnet' ? 't/yr magnet' : p === 'SmCo' ? 't/yr SmCo magnet' : 't/yr metal')

const PART_WORDS: Readonly<Record<string, string>> = { capacity: 'capacity', start: 'start year', ramp: 'ramp-up years', utilisation: 'utilisation' }

function partDef(key: string, label: string, group: string, part: string, unit: string): KeyDef {
  if (part === 'start') return { key, label: `${label}: start year`, group, unit: 'year', min: 2000, max: 2100 }
  if (part === 'ramp') return { key, label: `${label}: ramp-up years`, group, unit: 'years', min: 1, max: 20 }
  if (part === 'utilisation') return { key, label: `${label}: utilisation`, group, unit: '%', ...PCT }
  return { key, label: `${label}: ${PART_WORDS[part] ?? part}`, group, unit, min: 0, max: 1e7 }
}

/** The definition of a key, or undefined when the model does not read it. */
export function keyDef(key: string): KeyDef | undefined {
  const f = fixed.find((d) => d.key === key) ?? smFixed.find((d) => d.key === key)
  if (f) return f
  const year = SMCO_DEMAND.exec(key)
  if (year) return sm(key, `SmCo magnet demand in ${year[1]}`, 't/yr SmCo magnet', { min: 0, max: 1e7 }, true)
  let m = LINE.exec(key)
  if (m) {
    const [, stage, element, slug, part] = m as unknown as [string, ScenarioStage, string, string, string]
    const magnetLine = element === 'all' || element === 'smco'
    if ((stage === 'magnet') !== magnetLine) return undefined
    const what = element === 'all' ? STAGE_WORDS[stage] : element === 'smco' ? 'SmCo magnet making' : `${element} ${STAGE_WORDS[stage]}`
    const def = { ...partDef(key, `${what}, ${slug}`, 'Domestic capacity', part, capacityUnit(stage, element)), optional: true }
    return element === 'Sm' || element === 'smco' ? { ...def, group: SMCO_GROUP, smco: true } : def
  }
  m = RECYCLER.exec(key)
  if (m) {
    const def = { ...partDef(key, `${m[1] === 'Sm' ? 'Sm recycler' : 'Recycler'} ${m[2]}`, 'Recycling', m[3]!, 't/yr metal'), optional: true }
    return m[1] === 'Sm' ? { ...def, group: SMCO_GROUP, smco: true } : def
  }
  m = PARTNER.exec(key)
  if (m) {
    const label = `${m[1]} ${productWords(m[2]!)}`
    const def: KeyDef =
      m[3] === 'offtake'
        ? { key, label: `${label}: offtake`, group: 'Partners', unit: productUnit(m[2]!), min: 0, max: 1e7, optional: true }
        : { key, label: `${label}: offtake start year`, group: 'Partners', unit: 'year', min: 2000, max: 2100, optional: true }
    return isSm(m[2]!) ? { ...def, smco: true } : def
  }
  m = CHINA.exec(key)
  if (m) {
    const label = `China ${productWords(m[1]!)}`
    const def: KeyDef =
      m[2] === 'share'
        ? { key, label: `${label}: licensed share of India's request`, group: 'China', unit: '%', ...PCT }
        : { key, label: `${label}: ceiling`, group: 'China', unit: productUnit(m[1]!), min: 0, max: 1e7, optional: true }
    return isSm(m[1]!) ? { ...def, smco: true } : def
  }
  return undefined
}

/** Keys every scenario must give a value for (its own or its base's). */
export function requiredKeys(): string[] {
  return [...fixed.map((d) => d.key), ...SCENARIO_PRODUCTS.map((p) => `china.${p}.share`)]
}

/** True when any of the keys belongs to the Sm option (the scenario then models SmCo magnets). */
export function usesSmco(keys: Iterable<string>): boolean {
  for (const k of keys) if (keyDef(k)?.smco) return true
  return false
}

/** Keys a scenario with the Sm option must give a value for, besides at least one year of SmCo demand. */
export function smcoRequiredKeys(): string[] {
  return [...smFixed.filter((d) => !d.optional).map((d) => d.key), ...SMCO_PRODUCTS.map((p) => `china.${p}.share`)]
}

export const ELEMENTS = SCENARIO_ELEMENTS
