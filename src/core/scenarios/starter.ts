// The four starter scenarios every new dataset gets, built from the cited figures of resources/scenarios and the
// starter facts. Each row cites a figure (S-, F-code) or is an assumption whose note says why; scenarios 2-4 copy
// the first and list only what they change (the README of ree-scenarios says which inputs each one moves).
import type { AssumptionRow } from './model/resolve'

type Row = Omit<AssumptionRow, 'id'>
const cite = (key: string, figure: string, unit: string, note: string | null = null, pick: string | null = null): Row => ({
  key,
  figure,
  unit,
  note,
  pick,
  value: null
})
const assume = (key: string, value: number, unit: string, note: string): Row => ({ key, value, unit, note, figure: null, pick: null })

/** A capacity line: capacity (cited or assumed) plus start year, ramp-up years and utilisation, all labelled. */
function line(prefix: string, capacity: Row, start: number, ramp: number, util: number, why: string): Row[] {
  return [
    { ...capacity, key: `${prefix}.capacity` },
    assume(`${prefix}.start`, start, 'year', why),
    assume(`${prefix}.ramp`, ramp, 'years', why),
    assume(`${prefix}.utilisation`, util, '%', 'Nameplate capacity as announced; no utilisation is reported.')
  ]
}

const SCHEME = 'supply.magnet.all.repm-scheme'
const metal = (el: string, tonnes: number, why: string): Row => ({ ...assume('x', tonnes, 't/yr metal', why), key: `supply.metal.${el}.repm-scheme.capacity` })

const baseline: Row[] = [
  cite(
    'demand.base',
    'S035',
    't/yr magnet',
    'Reported REPM demand (~7,000 t/yr). The other baseline, REPM imports of 540 t (S039, F0212-F0214), is an order of magnitude lower; no source reconciles them.'
  ),
  cite('demand.growthTo2030', 'S034', 'x', 'Cabinet communique: REPM consumption to double from 2025 to 2030.'),
  assume('demand.growthAfter2030', 5, '%/yr', 'No source gives Indian demand after 2030 (scenario gap magnet_demand_india_2031_2040); analyst assumption.'),
  cite('magnet.reTotal', 'S002', 'wt% of magnet'),
  cite(
    'magnet.dy',
    'S005',
    'wt% of magnet',
    'Standard grades 0.6-1.2 wt%; mid of the range. Older EV/wind grades had 3-10 wt% (S007), GBD grades under 0.6 (S013).',
    'mid'
  ),
  assume('magnet.tb', 0.3, 'wt% of magnet', 'No typical Tb wt% was found (scenario gap magnet_share_tb); analyst assumption for GBD-era grades.'),
  cite('ndpr.prShare', 'S019', '% of NdPr'),
  cite('oxide.nd', 'S058', '% of oxide mass'),
  cite('oxide.pr', 'S059', '% of oxide mass'),
  cite('oxide.dy', 'S061', '% of oxide mass'),
  cite('oxide.tb', 'S062', '% of oxide mass'),
  assume('metal.yield', 80, '%', 'S024 gives a 20% oxide-to-metal loss (a review assumption); S066 a 95% lab yield. No industrial yield was found.'),
  assume('magnet.yield', 85, '%', 'No typical metal-to-magnet yield was found (gap metal_to_magnet_yield); S009 gives 6-73% manufacturing waste.'),
  assume('separation.recovery', 80, '%', 'No separation recovery for monazite to NdPr oxide was found (gap separation_recovery_ndpr); analyst assumption.'),
  cite('mining.reo', 'F0032', 't/yr REO', 'USGS estimate of India mine production in 2025, an annual figure.'),
  cite('mining.share.nd', 'F0341', '% of total REO'),
  cite('mining.share.pr', 'F0340', '% of total REO'),
  cite('mining.share.dy', 'F0343', '% of total REO'),
  cite('mining.share.tb', 'F0342', '% of total REO'),
  assume('recycling.collection', 1, '%', 'Under 1% of REE is recycled today (S067, S068); no Indian collection rate was found.'),
  cite('recycling.recovery', 'S072', '%', "Attero's claimed recovery (a lower bound of its claim; an upper bound on process recovery)."),
  assume('recycling.lifetime', 10, 'years', 'Lifetimes run from 2-3 years (electronics) to 20-30 (wind turbines) (S102); a mix, analyst assumption.'),
  ...line(
    'recycling.plant.attero',
    assume(
      'x',
      120,
      't/yr metal',
      "Attero's target of 10 t Nd a month (S070) is 120 t a year; t per month is not a rate Lodestone converts, so it is entered here."
    ),
    2026,
    1,
    100,
    'Target for 2026 (S070).'
  ),
  ...line(
    'supply.separation.NdPr.irel',
    cite('x', 'F0188', 't/yr NdPr oxide', 'IREL NdPr oxide, as reported (~500 t/yr).'),
    2025,
    1,
    100,
    'Reported for 2025 (F0188).'
  ),
  ...line(
    'supply.magnet.all.irel-repm',
    cite('x', 'F0005', 't/yr magnet', "IREL's Visakhapatnam REPM plant (3,000 kg/yr of magnets)."),
    2023,
    1,
    100,
    'Dedicated May 2023 (E02).'
  ),
  ...line('supply.magnet.all.midwest', cite('x', 'S075', 't/yr magnet'), 2026, 1, 100, 'First products planned for December 2025 (S075).'),
  ...line(
    'supply.magnet.all.midwest-expansion',
    assume('x', 4500, 't/yr magnet', "Midwest's ~5,000 t/yr ambition (S076) less its first 500 t/yr (S075)."),
    2028,
    1,
    100,
    'About three years from 2025 (S076).'
  ),
  ...line(
    SCHEME,
    cite('x', 'S038', 't/yr magnet', 'Integrated REPM capacity: t/yr of finished magnets (5 beneficiaries x 1,200 t/yr).'),
    2028,
    5,
    100,
    'Approved Nov 2025 with 2 years of gestation; delivery ~2027-2032 as recorded (F0221).'
  ),
  // The scheme's metal lines run on its schedule (no start, ramp or utilisation of their own).
  metal('NdPr', 2033, 'The scheme is integrated oxide-to-magnet (S038): metal for 6,000 t/yr of magnets = 6,000 x 28.8% / 85% yield.'),
  metal('Dy', 64, 'Metal for 6,000 t/yr of magnets = 6,000 x 0.9% / 85%.'),
  metal('Tb', 21, 'Metal for 6,000 t/yr of magnets = 6,000 x 0.3% / 85%.'),
  assume('china.NdPr.share', 100, '%', 'Pre-control pattern: NdPr is not licensed (E17 covers Dy, Tb, Sm and magnets with them).'),
  assume('china.Dy.share', 100, '%', 'Pre-control pattern (2024 export baseline, S098: 26 t Dy in June 2024 alone).'),
  assume('china.Tb.share', 100, '%', 'Pre-control pattern (S098: 8.6 t Tb in June 2024).'),
  assume('china.magnet.share', 100, '%', 'Pre-control pattern (2024 record exports, S054).')
]

const onTime: Row[] = [
  assume(`${SCHEME}.start`, 2027, 'year', 'Fully commissioned after the 2-year gestation from approval in Nov 2025 (F0221, S038).'),
  assume(`${SCHEME}.ramp`, 2, 'years', 'Delivered on time: full output in the second year.'),
  cite('metal.yield', 'S066', '%', 'Read as the process yield of oxide-to-metal reduction (a lab result, 1988); the upper end of the 80-95% band.'),
  assume('magnet.yield', 90, '%', 'Delivered plants with scrap recycled in house; within the S009 waste band (6-73%).')
]

const restricted: Row[] = [
  assume(
    'china.Dy.share',
    0,
    '%',
    'Dy exports were about zero in May-June 2025 (S097, S098); no Indian licence approved by end-May (S041). Duration is an assumption.'
  ),
  assume('china.Tb.share', 0, '%', 'Tb exports about zero in May 2025 (S097); as for Dy.'),
  assume('china.magnet.share', 26, '%', 'Magnet exports fell 74% y/y at the May 2025 trough (S044): 26% of the usual flow.'),
  cite('magnet.dy', 'S013', 'wt% of magnet', 'Makers shift to GBD grades: under 0.6 wt% Dy (an upper bound, S013). The size of the shift is an assumption.')
]

const atScale: Row[] = [
  assume('recycling.collection', 30, '%', 'Collection at scale; no Indian rate was found (gap recycling_eol_collection_rate_india).'),
  ...line(
    'recycling.plant.lohum',
    cite('x', 'S071.2', 't/yr metal', "Lohum's 3,000-5,000 t/yr target (basis not stated), read as RE metal; low end.", 'low'),
    2027,
    2,
    100,
    'By FY2026-27 (S071).'
  ),
  assume(
    'partner.Australia.NdPr.offtake',
    1000,
    't/yr metal',
    'No India offtake found (gap india_japan_australia_offtake_volumes); sized on the Japan-Lynas template (7,200 t/yr NdPr, S093).'
  ),
  assume('partner.Australia.NdPr.start', 2028, 'year', 'Assumed.'),
  assume('partner.Australia.Dy.offtake', 20, 't/yr metal', 'Template: Japan reserves up to 65% of Lynas Dy/Tb (S094); volume assumed.'),
  assume('partner.Australia.Dy.start', 2028, 'year', 'Assumed.'),
  assume('partner.Japan.magnet.offtake', 500, 't/yr magnet', 'Assumed; no India-Japan magnet volume was found.'),
  assume('partner.Japan.magnet.start', 2027, 'year', 'Assumed.'),
  assume('partner.Kazakhstan.NdPr.offtake', 300, 't/yr metal', 'Exploratory cooperation only (E13, gap india_kazakhstan_offtake); assumed.'),
  assume('partner.Kazakhstan.NdPr.start', 2030, 'year', 'Assumed.')
]

export interface StarterScenario {
  code: string
  name: string
  description: string
  base: string | null
  rows: Row[]
}

export const STARTER_SCENARIOS: readonly StarterScenario[] = [
  {
    code: 'SC001',
    name: 'Announced plans as recorded',
    description: 'Capacity, targets and demand growth as announced; Dy and Tb imported at the pre-control pattern.',
    base: null,
    rows: baseline
  },
  {
    code: 'SC002',
    name: 'Scheme delivered on time',
    description: 'The 6,000 t/yr REPM scheme commissioned after its 2-year gestation, with better yields.',
    base: 'SC001',
    rows: onTime
  },
  {
    code: 'SC003',
    name: 'China restricts heavy REE exports',
    description: 'Dy and Tb exports to India at the April-June 2025 pattern, magnets at the May 2025 trough, GBD grades.',
    base: 'SC001',
    rows: restricted
  },
  {
    code: 'SC004',
    name: 'Recycling and partnerships at scale',
    description: 'Recycling collection at scale and offtakes with Australia, Japan and Kazakhstan.',
    base: 'SC001',
    rows: atScale
  }
]
