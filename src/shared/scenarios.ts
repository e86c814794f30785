// Types of the supply-coverage scenarios shared by the engine and the UI: the chain's stages and elements, an input
// (a cited figure or a labelled assumption), and the results per year, stage and element with the bottleneck in
// words. Pure types and constants: no node, electron or DOM imports.

export const SCENARIO_ELEMENTS = ['NdPr', 'Dy', 'Tb'] as const
export type ScenarioElement = (typeof SCENARIO_ELEMENTS)[number]
export const SCENARIO_STAGES = ['mining', 'separation', 'metal', 'magnet'] as const
export type ScenarioStage = (typeof SCENARIO_STAGES)[number]
/** What is imported: an element (in t of metal equivalent) or finished magnets (t of magnet). */
export const SCENARIO_PRODUCTS = ['NdPr', 'Dy', 'Tb', 'magnet'] as const
/** The Sm option: samarium (t of metal) for samarium-cobalt magnets (t of SmCo magnet), on when a scenario has SmCo inputs. */
export const SMCO_PRODUCTS = ['Sm', 'SmCo'] as const
export type ScenarioProduct = (typeof SCENARIO_PRODUCTS)[number] | (typeof SMCO_PRODUCTS)[number]
/** An element of the chain: NdPr, Dy and Tb for NdFeB magnets, Sm for SmCo magnets. */
export type ChainElement = ScenarioElement | 'Sm'
/** What a stage row measures: an element, NdFeB magnets ('magnet') or SmCo magnets ('SmCo'). */
export type StageSubject = ChainElement | 'magnet' | 'SmCo'
/** Partners with an offtake lever, tried in this order before China. */
export const SCENARIO_PARTNERS = ['Australia', 'Japan', 'Kazakhstan'] as const
export type ScenarioPartner = (typeof SCENARIO_PARTNERS)[number] | 'China'

export const STAGE_WORDS: Readonly<Record<ScenarioStage, string>> = {
  mining: 'mining',
  separation: 'separation',
  metal: 'metal making',
  magnet: 'magnet making'
}

/** A figure of the dataset an input cites: its code, value, unit, basis and source travel with it. */
export interface CitedFigure {
  code: string
  table: 'scenario_input' | 'observation' | 'facility' | 'initiative' | 'organisation'
  subject: string
  period: string | null
  value: number | null
  low: number | null
  high: number | null
  valueText: string | null
  unit: string
  basis: string
  qualifier: string | null
  source: { code: string; title: string } | null
}

/** One resolved input of a scenario, as the model used it. */
export interface ScenarioInput {
  key: string
  label: string
  group: string
  value: number
  /** The unit the model works in for this input. */
  unit: string
  kind: 'cited' | 'assumption'
  figure: CitedFigure | null
  pick: 'value' | 'low' | 'high' | 'mid' | null
  note: string | null
  /** Where the value was set: this scenario or the one it copies. */
  from: { scenarioId: number; name: string }
  /** The analyst restated the figure's unit (its number unchanged): the unit they gave. */
  restatedUnit: string | null
  /** Sensitivity range and where it comes from. */
  low: number
  high: number
  rangeFrom: string
}

export interface StageResult {
  stage: ScenarioStage
  /** 'magnet' (NdFeB) or 'SmCo' for the magnet stage (measured in t of magnet), else the element. */
  element: StageSubject
  unit: string
  need: number
  /** Domestic capacity available that year (ramp-up and utilisation applied), plus recycling at metal making. */
  capacity: number
  /** The part of capacity that is recycled metal (metal making only). */
  recycled: number
  /** Domestic supply used at this stage on its own (imported feed allowed): min(capacity, need). */
  domestic: number
  /** Domestic supply when fed only by domestic upstream stages. */
  chain: number
  /** domestic / need in %, null when there is no need. */
  coverage: number | null
  chainCoverage: number | null
  shortfall: number
}

export interface ImportLine {
  product: ScenarioProduct
  partner: ScenarioPartner
  tonnes: number
  unit: string
}

export interface ProductBalance {
  product: ScenarioProduct
  unit: string
  /** What must come from abroad (after domestic supply). */
  importNeed: number
  imported: number
  unmet: number
  /** China's share of all supply of this product (domestic + imports), %, null when there is none. */
  chinaShare: number | null
}

export interface Bottleneck {
  stage: ScenarioStage | null
  element: StageSubject | null
  coverage: number | null
  text: string
}

export interface YearResult {
  year: number
  demand: number
  noNeed: boolean
  stages: StageResult[]
  imports: ImportLine[]
  balances: ProductBalance[]
  /** Magnets made in India (t), after element supply limits. */
  domesticMagnets: number
  /** % of demand covered by domestic magnets, and by domestic plus imported magnets. */
  domesticCoverage: number | null
  totalCoverage: number | null
  recycled: number
  bottleneck: Bottleneck
  /** SmCo magnets and their Sm, only when the scenario has SmCo inputs (its stage rows, imports and balances are in the lists above). */
  smco?: SmcoYear
}

export interface SmcoYear {
  /** SmCo magnet demand (t). */
  demand: number
  noNeed: boolean
  /** SmCo magnets made in India (t), after the Sm their plants can get. */
  domesticMagnets: number
  domesticCoverage: number | null
  totalCoverage: number | null
  /** Sm metal recovered from end-of-life SmCo magnets (t). */
  recycled: number
  bottleneck: Bottleneck
}

export interface ScenarioSummary {
  id: number
  code: string | null
  name: string
  description: string | null
  baseId: number | null
  baseName: string | null
  firstYear: number
  lastYear: number
  overrides: number
}

export interface ScenarioResults {
  scenario: ScenarioSummary
  inputs: ScenarioInput[]
  years: YearResult[]
}

/** Magnet coverage, and SmCo magnet coverage for a scenario with the Sm option. */
export const SENSITIVITY_METRICS = ['totalCoverage', 'domesticCoverage', 'smcoTotalCoverage', 'smcoDomesticCoverage'] as const
export type SensitivityMetric = (typeof SENSITIVITY_METRICS)[number]

export interface SensitivityBar {
  key: string
  label: string
  kind: ScenarioInput['kind']
  base: number
  low: number
  high: number
  rangeFrom: string
  /** The metric with the input at its low and its high end. */
  atLow: number | null
  atHigh: number | null
  swing: number
}

export interface SensitivityResult {
  scenarioId: number
  year: number
  metric: SensitivityMetric
  baseValue: number | null
  bars: SensitivityBar[]
}

/** An assumption row as the grid shows it: the stored row (own or inherited) with what it resolves to, or why not. */
export interface AssumptionView {
  rowId: number | null
  scenarioId: number
  inherited: boolean
  key: string
  value: number | null
  unit: string
  figure: string | null
  pick: string | null
  note: string | null
  input: ScenarioInput | null
  problem: string | null
}

export interface ScenarioDetail {
  scenario: ScenarioSummary
  assumptions: AssumptionView[]
  problems: string[]
}

/** A figure the cite-a-figure picker offers. */
export interface FigureChoice extends CitedFigure {
  parameter: string | null
}
