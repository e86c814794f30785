// The inputs the scenario model reads, each with the unit it works in: fixed keys (demand, composition, yields,
// mining, recycling rates) and pattern keys (capacity lines, recycling plants, partners' levers). A key outside
// this catalogue is refused; a value's unit must convert to the key's unit (units.ts) or say why it cannot.
import { SCENARIO_ELEMENTS, SCENARIO_PARTNERS, SCENARIO_PRODUCTS, STAGE_WORDS, type ScenarioStage } from '../../../shared/scenarios'

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

/** The unit of a stage's capacity line for an element ('all' for magnets and recycling). */
export function capacityUnit(stage: ScenarioStage | 'recycling', element: string): string {
  if (stage === 'magnet') return 't/yr magnet'
  if (stage === 'mining') return 't/yr REO'
  if (stage === 'separation') return { NdPr: 't/yr NdPr oxide', Dy: 't/yr Dy2O3', Tb: 't/yr Tb4O7' }[element] ?? 't/yr oxide'
  return 't/yr metal'
}

const LINE = /^supply\.(separation|metal|magnet)\.(NdPr|Dy|Tb|all)\.([a-z0-9-]{1,40})\.(capacity|start|ramp|utilisation)$/
const RECYCLER = /^recycling\.plant\.([a-z0-9-]{1,40})\.(capacity|start|ramp|utilisation)$/
const PARTNER = new RegExp(`^partner\\.(${SCENARIO_PARTNERS.join('|')})\\.(${SCENARIO_PRODUCTS.join('|')})\\.(offtake|start)$`)
const CHINA = new RegExp(`^china\\.(${SCENARIO_PRODUCTS.join('|')})\\.(share|ceiling)$`)

const PART_WORDS: Readonly<Record<string, string>> = { capacity: 'capacity', start: 'start year', ramp: 'ramp-up years', utilisation: 'utilisation' }

function partDef(key: string, label: string, group: string, part: string, unit: string): KeyDef {
  if (part === 'start') return { key, label: `${label}: start year`, group, unit: 'year', min: 2000, max: 2100 }
  if (part === 'ramp') return { key, label: `${label}: ramp-up years`, group, unit: 'years', min: 1, max: 20 }
  if (part === 'utilisation') return { key, label: `${label}: utilisation`, group, unit: '%', ...PCT }
  return { key, label: `${label}: ${PART_WORDS[part] ?? part}`, group, unit, min: 0, max: 1e7 }
}

/** The definition of a key, or undefined when the model does not read it. */
export function keyDef(key: string): KeyDef | undefined {
  const f = fixed.find((d) => d.key === key)
  if (f) return f
  let m = LINE.exec(key)
  if (m) {
    const [, stage, element, slug, part] = m as unknown as [string, ScenarioStage, string, string, string]
    if ((stage === 'magnet') !== (element === 'all')) return undefined
    const what = element === 'all' ? STAGE_WORDS[stage] : `${element} ${STAGE_WORDS[stage]}`
    return { ...partDef(key, `${what}, ${slug}`, 'Domestic capacity', part, capacityUnit(stage, element)), optional: true }
  }
  m = RECYCLER.exec(key)
  if (m) return { ...partDef(key, `Recycler ${m[1]}`, 'Recycling', m[2]!, 't/yr metal'), optional: true }
  m = PARTNER.exec(key)
  if (m) {
    const unit = m[2] === 'magnet' ? 't/yr magnet' : 't/yr metal'
    const label = `${m[1]} ${m[2] === 'magnet' ? 'magnets' : m[2]}`
    return m[3] === 'offtake'
      ? { key, label: `${label}: offtake`, group: 'Partners', unit, min: 0, max: 1e7, optional: true }
      : { key, label: `${label}: offtake start year`, group: 'Partners', unit: 'year', min: 2000, max: 2100, optional: true }
  }
  m = CHINA.exec(key)
  if (m) {
    const label = `China ${m[1] === 'magnet' ? 'magnets' : m[1]}`
    return m[2] === 'share'
      ? { key, label: `${label}: licensed share of India's request`, group: 'China', unit: '%', ...PCT }
      : { key, label: `${label}: ceiling`, group: 'China', unit: m[1] === 'magnet' ? 't/yr magnet' : 't/yr metal', min: 0, max: 1e7, optional: true }
  }
  return undefined
}

/** Keys every scenario must give a value for (its own or its base's). */
export function requiredKeys(): string[] {
  return [...fixed.map((d) => d.key), ...SCENARIO_PRODUCTS.map((p) => `china.${p}.share`)]
}

export const ELEMENTS = SCENARIO_ELEMENTS
