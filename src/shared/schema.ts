// The schema registry: every user-visible table and column, its type, unit, enum values and references.
// Core builds all SQL identifiers from this list (never from input); the renderer picks editors from it.
// Pure data: no node, electron or DOM imports. The SQL tables themselves live in core/db/migrations.
import { SCENARIO_TABLE_NAMES, SCENARIO_TABLES } from './scenarioTables'

export type ColumnType =
  | 'text' // one line
  | 'longtext' // paragraphs; edited in the inspector
  | 'integer'
  | 'number'
  | 'year'
  | 'date' // ISO yyyy-mm-dd
  | 'enum'
  | 'ref' // integer id of a row in another table
  | 'bool'

export interface ColumnDef {
  readonly name: string
  readonly label: string
  readonly type: ColumnType
  readonly required?: boolean
  readonly readOnly?: boolean
  readonly min?: number
  readonly max?: number
  readonly enumValues?: readonly string[]
  readonly ref?: TableName
  /** Columns holding a quantity name the column holding its unit, so cells show "3,000 kg/yr". */
  readonly unitColumn?: string
  /** A quantity column whose unit is fixed (value in USD) names it here instead of in a unit column. */
  readonly unit?: string
  readonly width?: number
  readonly hidden?: boolean
  readonly description?: string
}

export interface TableDef {
  readonly name: TableName
  readonly label: string
  readonly singular: string
  readonly group: 'data' | 'reference' | 'analysis'
  /** Column shown when another table refers to a row of this one. */
  readonly labelColumn: string
  /** Optional code column filled automatically with prefix + number when a row is added without one. */
  readonly autoCode?: { readonly column: string; readonly prefix: string; readonly digits: number }
  readonly columns: readonly ColumnDef[]
  readonly description: string
}

export const TABLE_NAMES = [
  'observation',
  'trade_flow',
  'facility',
  'initiative',
  'organisation',
  'source',
  'element',
  'country',
  'indicator',
  'unit',
  'hs_code',
  'theme',
  'assessment',
  'assessment_evidence',
  ...SCENARIO_TABLE_NAMES
] as const
export type TableName = (typeof TABLE_NAMES)[number]

export const CONFIDENCE = ['high', 'medium-high', 'medium', 'medium-low', 'low-medium', 'low', 'superseded'] as const
export const QUALIFIERS = ['', 'e', 'r', '~', '>', '<', '>=', '<=', 'range', 'proj', 'NA'] as const
export const BASES = [
  'REO equivalent',
  'oxide',
  'metal content',
  'gross weight',
  'ore',
  'mineral concentrate',
  'product',
  'currency',
  'share',
  'count',
  'not stated'
] as const
export const PERIOD_KINDS = [
  'calendar year',
  'fiscal year (India, Apr-Mar)',
  'fiscal year (Jul-Jun)',
  'span of years',
  'quarter',
  'half year',
  'month or date',
  'not stated'
] as const
export const STAGES = ['mining', 'separation', 'refining', 'metal', 'alloy', 'magnet', 'recycling', 'deposit', 'integrated'] as const
export const FACILITY_STATUS = ['operating', 'commissioning', 'construction', 'planned', 'pilot', 'exploration', 'suspended', 'closed', 'unknown'] as const
export const INITIATIVE_KINDS = ['policy', 'scheme', 'mission', 'legislation', 'partnership', 'export control', 'event'] as const
export const PILLARS = ['recycling', 'domestic development', 'international partnerships', 'external constraint', 'governance'] as const
export const INITIATIVE_STATUS = [
  'proposed',
  'draft',
  'approved',
  'in force',
  'operating',
  'exploratory',
  'suspended',
  'superseded',
  'ended',
  'unknown'
] as const
export const SEVERITY_TRENDS = ['improving', 'stable', 'worsening'] as const
export const ASSESSMENT_STATUS = ['draft', 'reviewed', 'published'] as const
export const FLOWS = ['import', 'export', 're-import', 're-export'] as const
export const DIMENSIONS = ['mass', 'mass per year', 'currency', 'price', 'share', 'count', 'ratio', 'growth rate', 'other'] as const
export const ELEMENT_CLASSES = ['light', 'heavy', 'neither'] as const

const id: ColumnDef = { name: 'id', label: 'ID', type: 'integer', readOnly: true, width: 80, hidden: true }
const version: ColumnDef = { name: 'version', label: 'Version', type: 'integer', readOnly: true, hidden: true }
const sourceRef: ColumnDef = { name: 'source_id', label: 'Source', type: 'ref', ref: 'source', width: 170 }
const note: ColumnDef = { name: 'note', label: 'Note', type: 'longtext', width: 260 }

export const TABLES: readonly TableDef[] = [
  {
    name: 'observation',
    label: 'Figures',
    singular: 'figure',
    group: 'data',
    labelColumn: 'code',
    autoCode: { column: 'code', prefix: 'F', digits: 4 },
    description: 'One sourced figure: where, what, when, the value with its unit and basis, and its source.',
    columns: [
      id,
      { name: 'code', label: 'Figure', type: 'text', width: 90, description: 'F-number; filled in when left empty.' },
      { name: 'country_id', label: 'Country', type: 'ref', ref: 'country', required: true, width: 130 },
      { name: 'indicator_id', label: 'Indicator', type: 'ref', ref: 'indicator', required: true, width: 170 },
      { name: 'subject', label: 'Element or product', type: 'text', required: true, width: 220 },
      { name: 'period', label: 'Period', type: 'text', required: true, width: 110, description: 'As the source gives it: 2023, FY2024-25, 2021-2024, n.s.' },
      { name: 'value', label: 'Value', type: 'number', unitColumn: 'unit_id', width: 120, description: 'Empty when the source gives no number (NA).' },
      { name: 'unit_id', label: 'Unit', type: 'ref', ref: 'unit', required: true, width: 110 },
      { name: 'basis', label: 'Basis', type: 'enum', enumValues: BASES, required: true, width: 130 },
      { name: 'qualifier', label: 'Qualifier', type: 'enum', enumValues: QUALIFIERS, width: 80 },
      { name: 'confidence', label: 'Confidence', type: 'enum', enumValues: CONFIDENCE, width: 110 },
      sourceRef,
      { name: 'scope', label: 'Scope', type: 'text', width: 160, description: 'Company, partner or region detail, e.g. "imports from Myanmar".' },
      {
        name: 'year',
        label: 'Year',
        type: 'year',
        min: 1900,
        max: 2100,
        width: 80,
        description: 'The calendar year the figure is filed under (start year for spans and fiscal years).'
      },
      { name: 'period_kind', label: 'Period kind', type: 'enum', enumValues: PERIOD_KINDS, width: 130, hidden: true },
      { name: 'value_low', label: 'Low', type: 'number', width: 90, hidden: true },
      { name: 'value_high', label: 'High', type: 'number', width: 90, hidden: true },
      { name: 'value_text', label: 'As published', type: 'text', width: 110, hidden: true, description: 'The value exactly as the source printed it.' },
      { name: 'locator', label: 'Locator', type: 'text', width: 150 },
      note,
      { name: 'key', label: 'Key', type: 'text', width: 140, hidden: true },
      {
        name: 'preferred',
        label: 'Preferred',
        type: 'bool',
        width: 90,
        hidden: true,
        description: 'Where sources give different values for the same indicator, country, subject and year: the one to use.'
      },
      {
        name: 'preferred_reason',
        label: 'Why preferred',
        type: 'longtext',
        width: 220,
        hidden: true,
        description: 'Why this figure is the one to use in its group (newest official edition first, unless a note says otherwise).'
      },
      version
    ]
  },
  {
    name: 'trade_flow',
    label: 'Trade flows',
    singular: 'trade flow',
    group: 'data',
    labelColumn: 'id',
    description: 'One reported trade flow: reporter, partner, year, HS code, quantity and value.',
    columns: [
      id,
      { name: 'reporter_id', label: 'Reporter', type: 'ref', ref: 'country', required: true, width: 120 },
      { name: 'partner_id', label: 'Partner', type: 'ref', ref: 'country', required: true, width: 140 },
      { name: 'year', label: 'Year', type: 'year', required: true, min: 1900, max: 2100, width: 80 },
      { name: 'hs_code', label: 'HS code', type: 'text', required: true, width: 90 },
      { name: 'flow', label: 'Flow', type: 'enum', enumValues: FLOWS, required: true, width: 90 },
      { name: 'quantity', label: 'Quantity', type: 'number', min: 0, unitColumn: 'quantity_unit_id', width: 130 },
      { name: 'quantity_unit_id', label: 'Quantity unit', type: 'ref', ref: 'unit', width: 100 },
      { name: 'value_usd', label: 'Value (USD)', type: 'number', min: 0, unit: 'USD', width: 140 },
      { name: 'value_basis', label: 'Value basis', type: 'enum', enumValues: ['CIF', 'FOB', 'not stated'], width: 100 },
      { name: 'estimated', label: 'Estimated', type: 'bool', width: 90 },
      sourceRef,
      note,
      version
    ]
  },
  {
    name: 'facility',
    label: 'Facilities',
    singular: 'facility',
    group: 'data',
    labelColumn: 'name',
    autoCode: { column: 'code', prefix: 'FAC', digits: 3 },
    description: 'A mine, plant or deposit at one stage of the chain, with its capacity.',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', width: 80 },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 260 },
      { name: 'country_id', label: 'Country', type: 'ref', ref: 'country', required: true, width: 120 },
      { name: 'stage', label: 'Stage', type: 'enum', enumValues: STAGES, required: true, width: 110 },
      { name: 'status', label: 'Status', type: 'enum', enumValues: FACILITY_STATUS, required: true, width: 110 },
      { name: 'status_note', label: 'Status detail', type: 'longtext', width: 220 },
      { name: 'capacity', label: 'Capacity', type: 'number', min: 0, unitColumn: 'capacity_unit_id', width: 120 },
      { name: 'capacity_unit_id', label: 'Capacity unit', type: 'ref', ref: 'unit', width: 110 },
      { name: 'capacity_basis', label: 'Capacity basis', type: 'enum', enumValues: BASES, width: 120 },
      { name: 'capacity_note', label: 'Capacity detail', type: 'text', width: 200 },
      { name: 'year', label: 'Year', type: 'text', width: 80 },
      sourceRef,
      { name: 'other_sources', label: 'Other sources', type: 'text', width: 200, hidden: true },
      { name: 'related_figures', label: 'Related figures', type: 'text', width: 160, hidden: true },
      { name: 'description', label: 'Description', type: 'longtext', width: 300 },
      version
    ]
  },
  {
    name: 'initiative',
    label: 'Initiatives',
    singular: 'initiative',
    group: 'data',
    labelColumn: 'name',
    autoCode: { column: 'code', prefix: 'INI', digits: 3 },
    description: 'A policy, scheme, partnership, export control or event that shapes the supply chain.',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', width: 80 },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 280 },
      { name: 'kind', label: 'Kind', type: 'enum', enumValues: INITIATIVE_KINDS, required: true, width: 110 },
      { name: 'pillar', label: 'Pillar', type: 'enum', enumValues: PILLARS, width: 170 },
      { name: 'country_id', label: 'Country', type: 'ref', ref: 'country', required: true, width: 120 },
      { name: 'partners', label: 'Partners', type: 'text', width: 200 },
      { name: 'status', label: 'Status', type: 'enum', enumValues: INITIATIVE_STATUS, required: true, width: 110 },
      { name: 'status_note', label: 'Status detail', type: 'longtext', width: 220 },
      { name: 'amount', label: 'Amount or capacity', type: 'number', min: 0, unitColumn: 'amount_unit_id', width: 130 },
      { name: 'amount_unit_id', label: 'Unit', type: 'ref', ref: 'unit', width: 110 },
      { name: 'amount_note', label: 'Amount detail', type: 'text', width: 200 },
      { name: 'year', label: 'Year', type: 'text', width: 80 },
      sourceRef,
      { name: 'other_sources', label: 'Other sources', type: 'text', width: 200, hidden: true },
      { name: 'related_figures', label: 'Related figures', type: 'text', width: 160, hidden: true },
      { name: 'description', label: 'Description', type: 'longtext', width: 300 },
      version
    ]
  },
  {
    name: 'organisation',
    label: 'Organisations',
    singular: 'organisation',
    group: 'data',
    labelColumn: 'name',
    autoCode: { column: 'code', prefix: 'ORG', digits: 3 },
    description: 'A company, agency or non-state actor in the chain.',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', width: 80 },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 260 },
      { name: 'kind', label: 'Kind', type: 'text', width: 220 },
      { name: 'country_id', label: 'Country', type: 'ref', ref: 'country', required: true, width: 120 },
      { name: 'status_note', label: 'Status', type: 'longtext', width: 220 },
      { name: 'capacity', label: 'Capacity', type: 'number', min: 0, unitColumn: 'capacity_unit_id', width: 120 },
      { name: 'capacity_unit_id', label: 'Capacity unit', type: 'ref', ref: 'unit', width: 110 },
      { name: 'capacity_note', label: 'Capacity detail', type: 'text', width: 200 },
      { name: 'year', label: 'Year', type: 'text', width: 80 },
      sourceRef,
      { name: 'other_sources', label: 'Other sources', type: 'text', width: 200, hidden: true },
      { name: 'related_figures', label: 'Related figures', type: 'text', width: 160, hidden: true },
      { name: 'description', label: 'Description', type: 'longtext', width: 300 },
      version
    ]
  },
  {
    name: 'source',
    label: 'Sources',
    singular: 'source',
    group: 'reference',
    labelColumn: 'code',
    description: 'A cited document: title, publisher, date, link and how far to trust it.',
    columns: [
      id,
      { name: 'code', label: 'Source', type: 'text', required: true, width: 200 },
      { name: 'title', label: 'Title', type: 'text', required: true, width: 380 },
      { name: 'publisher', label: 'Publisher', type: 'text', width: 200 },
      { name: 'published', label: 'Date', type: 'text', width: 120, description: 'As the source dates itself: 2025-05-27, 2026-02, 2024.' },
      { name: 'url', label: 'Link or path', type: 'text', width: 260 },
      { name: 'source_type', label: 'Type', type: 'text', width: 180 },
      { name: 'reliability', label: 'Reliability', type: 'longtext', width: 240 },
      version
    ]
  },
  {
    name: 'element',
    label: 'Elements',
    singular: 'element',
    group: 'reference',
    labelColumn: 'symbol',
    description: 'The 17 rare-earth elements: class, uses, export-control status and typical ore distribution.',
    columns: [
      id,
      { name: 'symbol', label: 'Symbol', type: 'text', required: true, width: 80 },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 130 },
      { name: 'atomic_number', label: 'Z', type: 'integer', required: true, min: 1, max: 118, width: 60 },
      { name: 'class', label: 'Class', type: 'enum', enumValues: ELEMENT_CLASSES, required: true, width: 90 },
      { name: 'classification_source', label: 'Classification source', type: 'longtext', width: 200, hidden: true },
      { name: 'classification_note', label: 'Other conventions', type: 'longtext', width: 240 },
      { name: 'uses', label: 'Main uses', type: 'longtext', width: 300 },
      { name: 'uses_sources', label: 'Uses sources', type: 'text', width: 160, hidden: true },
      { name: 'china_export_control_2025', label: 'China export control (2025)', type: 'text', width: 200 },
      { name: 'india_monazite_pct', label: 'Indian monazite (% TREO)', type: 'number', min: 0, max: 100, width: 120 },
      { name: 'longnan_clay_pct', label: 'Longnan ion clay (% TREO)', type: 'number', min: 0, max: 100, width: 120 },
      { name: 'bayan_obo_pct', label: 'Bayan Obo (% TREO)', type: 'number', min: 0, max: 100, width: 120 },
      { name: 'composition_source_id', label: 'Composition source', type: 'ref', ref: 'source', width: 160 },
      version
    ]
  },
  {
    name: 'country',
    label: 'Countries',
    singular: 'country',
    group: 'reference',
    labelColumn: 'name',
    description: 'Countries and aggregates (World, Other countries), by ISO 3166 alpha-3 code.',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', required: true, width: 80, description: 'ISO 3166 alpha-3, or WLD, OTH, MUL for aggregates.' },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 200 },
      { name: 'kind', label: 'Kind', type: 'enum', enumValues: ['country', 'aggregate', 'group'], required: true, width: 100 },
      version
    ]
  },
  {
    name: 'indicator',
    label: 'Indicators',
    singular: 'indicator',
    group: 'reference',
    labelColumn: 'code',
    description: 'The controlled list of what a figure measures.',
    columns: [
      id,
      { name: 'code', label: 'Indicator', type: 'text', required: true, width: 220 },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 260 },
      { name: 'description', label: 'Description', type: 'longtext', width: 300 },
      version
    ]
  },
  {
    name: 'unit',
    label: 'Units',
    singular: 'unit',
    group: 'reference',
    labelColumn: 'code',
    description: 'Units as sources print them, each with its dimension, scale and default basis.',
    columns: [
      id,
      { name: 'code', label: 'Unit', type: 'text', required: true, width: 200 },
      { name: 'dimension', label: 'Dimension', type: 'enum', enumValues: DIMENSIONS, required: true, width: 130 },
      {
        name: 'scale',
        label: 'Scale to base',
        type: 'number',
        min: 0,
        width: 120,
        description: 'Multiply by this to reach the base unit of the dimension (kg, kg/yr, USD, %).'
      },
      { name: 'basis', label: 'Default basis', type: 'enum', enumValues: BASES, width: 130 },
      version
    ]
  },
  {
    name: 'hs_code',
    label: 'HS codes',
    singular: 'HS code',
    group: 'reference',
    labelColumn: 'code',
    description: 'Tariff codes used to track rare-earth trade, with what they cover and their pitfalls.',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', required: true, width: 110 },
      { name: 'level', label: 'Level', type: 'text', width: 170 },
      { name: 'jurisdiction', label: 'Jurisdiction', type: 'text', width: 150 },
      { name: 'description', label: 'Official description', type: 'longtext', width: 320 },
      { name: 'analyst_use', label: 'Analyst use', type: 'longtext', width: 260 },
      { name: 'caveats', label: 'Caveats', type: 'longtext', width: 260 },
      sourceRef,
      { name: 'other_sources', label: 'Other sources', type: 'text', width: 200, hidden: true },
      version
    ]
  },
  {
    name: 'theme',
    label: 'Themes',
    singular: 'theme',
    group: 'analysis',
    labelColumn: 'name',
    autoCode: { column: 'code', prefix: 'G', digits: 1 },
    description: 'A gap theme assessed for each country (midstream, heavy REE, recycling, ...).',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', width: 70 },
      { name: 'name', label: 'Theme', type: 'text', required: true, width: 300 },
      { name: 'summary', label: 'Summary', type: 'longtext', width: 360 },
      { name: 'notes', label: 'Notes', type: 'longtext', width: 300 },
      { name: 'evidence_codes', label: 'Evidence figures', type: 'text', width: 200, hidden: true },
      { name: 'retired', label: 'Retired', type: 'bool', width: 80 },
      { name: 'sort_order', label: 'Order', type: 'integer', width: 70, description: 'Position on the assessment board (lowest first; empty sorts by code).' },
      ...[1, 2, 3, 4, 5].map((level): ColumnDef => ({
        name: `rubric_${level}`,
        label: `Severity ${level} means`,
        type: 'longtext',
        width: 260,
        hidden: true,
        description: `What severity ${level} means for this theme.`
      })),
      version
    ]
  },
  {
    name: 'assessment',
    label: 'Assessments',
    singular: 'assessment',
    group: 'analysis',
    labelColumn: 'title',
    description: 'A judgement of one theme for one country: severity, trend, status and rationale.',
    columns: [
      id,
      { name: 'title', label: 'Title', type: 'text', required: true, width: 300 },
      { name: 'country_id', label: 'Country', type: 'ref', ref: 'country', required: true, width: 110 },
      { name: 'theme_id', label: 'Theme', type: 'ref', ref: 'theme', required: true, width: 220 },
      { name: 'severity', label: 'Severity', type: 'integer', min: 1, max: 5, width: 90, description: '1 (minor) to 5 (critical).' },
      { name: 'confidence', label: 'Confidence', type: 'enum', enumValues: CONFIDENCE, width: 110 },
      { name: 'trend', label: 'Trend', type: 'enum', enumValues: SEVERITY_TRENDS, width: 100 },
      { name: 'status', label: 'Status', type: 'enum', enumValues: ASSESSMENT_STATUS, required: true, width: 100 },
      { name: 'as_of', label: 'As of', type: 'date', width: 110 },
      { name: 'author', label: 'Author', type: 'text', width: 120 },
      { name: 'summary', label: 'Summary', type: 'longtext', width: 320 },
      { name: 'rationale', label: 'Rationale', type: 'longtext', width: 300 },
      { name: 'recommendations', label: 'Recommendations', type: 'longtext', width: 300 },
      version
    ]
  },
  {
    name: 'assessment_evidence',
    label: 'Evidence links',
    singular: 'evidence link',
    group: 'analysis',
    labelColumn: 'id',
    description: 'A row cited as evidence for an assessment, with why it matters.',
    columns: [
      id,
      { name: 'assessment_id', label: 'Assessment', type: 'ref', ref: 'assessment', required: true, width: 260 },
      {
        name: 'target_table',
        label: 'Row table',
        type: 'enum',
        enumValues: [...TABLE_NAMES, 'computed_indicator'],
        required: true,
        width: 130,
        description: "The cited row's table, or computed_indicator for a pinned indicator."
      },
      { name: 'target_id', label: 'Row id', type: 'integer', required: true, min: 1, width: 90 },
      { name: 'note', label: 'Why it matters', type: 'longtext', width: 320 },
      version
    ]
  },
  ...SCENARIO_TABLES
]

const byName = new Map(TABLES.map((t) => [t.name, t]))

export function isTableName(name: string): name is TableName {
  return byName.has(name as TableName)
}

export function tableDef(name: TableName): TableDef {
  const def = byName.get(name)
  if (!def) throw new Error(`Unknown table: ${name}`)
  return def
}

export function columnDef(table: TableName, column: string): ColumnDef | undefined {
  return tableDef(table).columns.find((c) => c.name === column)
}

/** Columns an analyst can write: everything but id, version and read-only columns. */
export function editableColumns(table: TableName): readonly ColumnDef[] {
  return tableDef(table).columns.filter((c) => !c.readOnly)
}
