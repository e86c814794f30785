// Types of the assessments and indicators part of the contract: the board, an assessment with its live
// evidence, versions and diffs, computed indicators with the rows they used, and conflicting figures.
// Pure types and constants: no node, electron or DOM imports.
import type { AppliedEdit, Row } from './contract/primitives'

/** Tables whose rows can be cited as evidence, plus pinned computed indicators. */
export const EVIDENCE_TABLES = [
  'observation',
  'trade_flow',
  'facility',
  'initiative',
  'organisation',
  'source',
  'element',
  'hs_code',
  'assessment',
  'computed_indicator'
] as const
export type EvidenceTable = (typeof EVIDENCE_TABLES)[number]

export const INDICATOR_IDS = [
  'supplier_share_of_imports',
  'supplier_hhi',
  'import_cagr',
  'magnet_capacity_vs_china',
  'mine_production_shares',
  'reserves_shares'
] as const
export type IndicatorId = (typeof INDICATOR_IDS)[number]

export type ParamValue = string | number | null
export type IndicatorParams = Record<string, ParamValue>

export interface SourceRef {
  id: number
  code: string
  title: string
}

// ---------------------------------------------------------------- assessments

export interface BoardCell {
  assessmentId: number
  countryId: number
  themeId: number
  title: string
  severity: number | null
  trend: string | null
  status: string
  asOf: string | null
  confidence: string | null
  evidenceCount: number
  missingEvidence: number
  /** True when the assessment changed after its latest recorded version. */
  editedSinceVersion: boolean
  versionCount: number
}
export interface BoardTheme {
  id: number
  code: string | null
  name: string
  retired: boolean
}
export interface BoardCountry {
  id: number
  code: string
  name: string
}
export interface AssessmentBoard {
  countries: BoardCountry[]
  themes: BoardTheme[]
  cells: BoardCell[]
}

export interface EvidenceItem {
  linkId: number
  linkVersion: number
  table: EvidenceTable
  targetId: number
  note: string | null
  /** The cited row no longer exists; label and description come from the change log where it can tell. */
  missing: boolean
  label: string
  description: string
  value: number | string | null
  unit: string | null
  basis: string | null
  year: number | string | null
  source: SourceRef | null
  /** Other sources give a different value for this figure (see figures.conflicts). */
  conflict: boolean
}

export interface RubricLevel {
  level: number
  text: string
  /** True when the theme has no text of its own for this level and Lodestone's generic wording is shown. */
  isDefault: boolean
}
export interface ThemeRubric {
  themeId: number
  themeName: string
  levels: RubricLevel[]
}

export interface VersionSummary {
  id: number
  assessmentId: number
  number: number
  status: string
  at: string
  author: string
  note: string | null
  severity: number | null
  trend: string | null
}

export interface AssessmentDetail {
  assessment: Row
  rubric: ThemeRubric
  evidence: EvidenceItem[]
  versions: VersionSummary[]
  editedSinceVersion: boolean
}

/** What a version keeps: the assessment's fields and its evidence as they were. */
export interface SnapshotEvidence {
  table: EvidenceTable
  targetId: number
  note: string | null
  label: string
  value: number | string | null
  unit: string | null
  source: string | null
  missing: boolean
}
export interface AssessmentSnapshot {
  fields: Record<string, string | number | null>
  country: string
  theme: string
  evidence: SnapshotEvidence[]
}

export interface FieldChange {
  field: string
  label: string
  from: string | number | null
  to: string | number | null
}
export interface TextDiffPart {
  op: 'same' | 'added' | 'removed'
  text: string
}
export interface TextChange {
  field: string
  label: string
  parts: TextDiffPart[]
}
export interface AssessmentDiff {
  assessmentId: number
  from: { versionId: number | null; label: string }
  to: { versionId: number | null; label: string }
  fields: FieldChange[]
  texts: TextChange[]
  evidenceAdded: SnapshotEvidence[]
  evidenceRemoved: SnapshotEvidence[]
  evidenceChanged: { before: SnapshotEvidence; after: SnapshotEvidence; what: string }[]
  unchanged: boolean
}

export interface AssessmentMove {
  assessmentId: number
  title: string
  country: string
  theme: string
  /** False when the assessment has since been deleted. */
  exists: boolean
  severity: { from: number | null; to: number | null }
  status: { from: string | null; to: string | null }
  changes: { at: string; batchId: number | null; what: string }[]
  versions: VersionSummary[]
}

export interface SetStatusResult {
  applied: AppliedEdit
  version: VersionSummary | null
}
export interface LinkResult {
  applied: AppliedEdit
  item: EvidenceItem
}

// ---------------------------------------------------------------- indicators

export interface IndicatorParamDef {
  name: string
  label: string
  kind: 'country' | 'year' | 'source' | 'hs' | 'choice'
  default: ParamValue
  /** For choices, and for sources/countries where the dataset offers a short list. */
  choices?: { value: string; label: string }[]
  description: string
}
export interface IndicatorDef {
  id: IndicatorId
  title: string
  /** One line: what the number says. */
  definition: string
  /** The formula in words. */
  formula: string
  params: IndicatorParamDef[]
}

export interface IndicatorRowRef {
  table: 'observation' | 'trade_flow' | 'facility'
  id: number
  label: string
  what: string
  value: number | null
  unit: string | null
  year: number | null
  source: SourceRef | null
}
export interface IndicatorChoice {
  /** What had to be chosen: "China's magnet output in 2023". */
  what: string
  used: { table: 'observation'; id: number; label: string }
  alternatives: { table: 'observation'; id: number; label: string; value: number | null; unit: string | null; source: string | null }[]
  /** 'preferred' when the analyst marked it, 'rule' when Lodestone picked by confidence and recency. */
  reason: 'preferred' | 'rule'
  explanation: string
}
export interface IndicatorValue {
  label: string
  value: number
  unit: string
  year: number | null
  group?: string
  note?: string
}
export interface IndicatorChart {
  kind: 'bar' | 'line'
  title: string
  xTitle: string
  yTitle: string
  unit: string
  categories: string[]
  series: { name: string; values: (number | null)[] }[]
  /** True when the values span a thousandfold or more, so the value axis is logarithmic. */
  log: boolean
  marks?: { value: number; label: string }[]
}
export interface IndicatorResult {
  id: IndicatorId
  title: string
  definition: string
  formula: string
  params: IndicatorParams
  computable: boolean
  /** When not computable: why, in words ("no 2023 import value for India"). */
  reason: string | null
  headline: { value: number; unit: string; year: number | null; label: string } | null
  values: IndicatorValue[]
  chart: IndicatorChart | null
  rows: IndicatorRowRef[]
  sources: SourceRef[]
  choices: IndicatorChoice[]
  notes: string[]
}

// ---------------------------------------------------------------- conflicting figures

export interface ConflictFigure {
  id: number
  code: string | null
  value: number | null
  valueText: string | null
  unit: string
  basis: string
  qualifier: string | null
  confidence: string | null
  period: string
  scope: string | null
  source: SourceRef | null
  preferred: boolean
}
export interface FigureConflict {
  key: string
  country: { id: number; code: string; name: string }
  indicator: { id: number; code: string; name: string }
  subject: string
  year: number
  figures: ConflictFigure[]
  preferredId: number | null
  /** The figure indicators use: the preferred one, else the one Lodestone's rule picks. */
  usedId: number
  explanation: string
}
