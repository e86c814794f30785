// The Sm option's starting inputs, added when a scenario is copied "with Sm (SmCo magnets)": the dataset has only
// S064 (Sm in Sm2O3) and the IREL REPM plant (F0005, SmCo), so everything else is a labelled analyst assumption
// whose note says so. China's Sm and SmCo shares follow the copied scenario's Dy and magnet shares (E17 covers Sm).
import type { AssumptionInput } from '../../shared/contract/scenarios'
import type { Db } from '../db/open'
import { usesSmco } from './model/catalogue'
import { resolveLayers } from './model/resolve'
import { figureLookup, layersOf } from './store'

const GAP = 'the dataset has no such figure (scenario gap sm_smco_inputs: only S064 was sourced for Sm)'
const assume = (key: string, value: number, unit: string, note: string): AssumptionInput => ({ key, value, unit, note, figure: null })
const REPM = 'supply.magnet.smco.irel-repm'

export const SMCO_DESCRIPTION =
  'With Sm (SmCo magnets): labelled analyst assumptions but for S064 and F0005; the dataset has no Sm separation or metal capacity (E04 names Sm among the Aluva refinery products without a tonnage).'

/** The base scenario's resolved values (empty without a base or when it cannot be computed). */
function baseValues(db: Db, baseId: number | null): { name: string; values: Map<string, number> } {
  if (baseId === null) return { name: 'the baseline', values: new Map() }
  const { scenario, layers } = layersOf(db, baseId)
  return { name: scenario.name, values: resolveLayers(layers, figureLookup(db)).values }
}

/** The option's rows for a copy of `baseId`, leaving out any key the analyst gives and adding none if the base has Sm. */
export function smcoOverrides(db: Db, baseId: number | null, given: readonly AssumptionInput[]): AssumptionInput[] {
  const base = baseValues(db, baseId)
  if (usesSmco(base.values.keys())) return []
  const dy = base.values.get('china.Dy.share') ?? 100
  const magnets = base.values.get('china.magnet.share') ?? 100
  const rows: AssumptionInput[] = [
    assume('smco.demand.2025', 60, 't/yr SmCo magnet', `Analyst assumption, a placeholder to be replaced: ${GAP}.`),
    assume(
      'smco.demand.2030',
      120,
      't/yr SmCo magnet',
      'Analyst assumption: the 2025 placeholder doubled, as REPM (NdFeB and SmCo) consumption doubles 2025-2030 (S034).'
    ),
    assume(
      'smco.demand.2040',
      195,
      't/yr SmCo magnet',
      "Analyst assumption: 2030 grown 5%/yr, the baseline's post-2030 growth assumption (120 x 1.05^10 = 195)."
    ),
    assume(
      'smco.sm',
      250,
      'kg Sm/t SmCo magnet',
      `Analyst assumption for Sm2(Co,Fe,Cu,Zr)17 grades: ${GAP}. For scale, standard atomic weights (Sm 150.36, Co 58.933) give 231 kg Sm/t in Sm2Co17 and 338 kg/t in SmCo5 (worked out here, not dataset figures).`
    ),
    assume('smco.yield', 85, '%', `Analyst assumption: the baseline's NdFeB metal-to-magnet yield (85%); ${GAP}.`),
    { key: 'oxide.sm', figure: 'S064', unit: '% of oxide mass', note: null },
    assume(
      'mining.share.sm',
      2.5,
      '% of total REO',
      'Analyst assumption: the dataset has no Sm share of Indian monazite REO (the Manavalakurichi assay row gives Nd, Pr, Dy, Tb and Y only, F0340-F0344).'
    ),
    {
      key: `${REPM}.capacity`,
      figure: 'F0005',
      unit: 't/yr SmCo magnet',
      note: "IREL's Visakhapatnam REPM plant makes SmCo magnets (E02; F0005 'SmCo focus'): 3,000 kg/yr read as SmCo magnets."
    },
    assume(`${REPM}.start`, 2023, 'year', 'Dedicated May 2023 (E02).'),
    assume(`${REPM}.ramp`, 1, 'years', 'Dedicated May 2023 (E02).'),
    assume(`${REPM}.utilisation`, 100, '%', 'Nameplate capacity as announced; no utilisation is reported.'),
    assume(
      'china.Sm.share',
      dy,
      '%',
      `Analyst assumption: follows the licensed Dy share of ${base.name} (${dy}%), as Sm is under the same April 2025 controls (E17).`
    ),
    assume(
      'china.SmCo.share',
      magnets,
      '%',
      `Analyst assumption: follows the licensed magnet share of ${base.name} (${magnets}%); E17 covers magnets containing Sm.`
    )
  ]
  // The REPM plant counted as NdFeB capacity in the base is SmCo capacity here, not both.
  if (base.values.has('supply.magnet.all.irel-repm.capacity'))
    rows.push(
      assume(
        'supply.magnet.all.irel-repm.capacity',
        0,
        't/yr magnet',
        'With the Sm option the IREL REPM plant counts as SmCo capacity (supply.magnet.smco.irel-repm), not NdFeB: it makes SmCo magnets (E02, F0005).'
      )
    )
  const own = new Set(given.map((g) => g.key))
  return rows.filter((r) => !own.has(r.key))
}
