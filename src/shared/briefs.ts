// Briefs as data: the saved configuration of a brief (template, sections, chosen rows, editable text) with its
// zod schema, and the shapes the briefs and exports methods answer. Pure: the engine renders, the UI edits.
// Free text may reference figures as {F0003} (value + citation) or {F0028/F0058} (a ratio of two figures).
import { z } from 'zod'
import { filter, sort } from './contract/primitives'
import { TABLE_NAMES } from './schema'

export const TEMPLATES = ['country', 'gaps', 'scenario', 'appendix'] as const
export type Template = (typeof TEMPLATES)[number]
export const TEMPLATE_LABELS: Record<Template, string> = {
  country: 'Country dependence brief',
  gaps: 'Gap assessment brief',
  scenario: 'Scenario brief',
  appendix: 'Data appendix'
}

export const SECTION_KINDS = ['highlights', 'strategy', 'gaps', 'figures', 'takeaway', 'assessments', 'tables', 'scenarios', 'sources'] as const
export type SectionKind = (typeof SECTION_KINDS)[number]
export const SECTION_LABELS: Record<SectionKind, string> = {
  highlights: 'Key highlights',
  strategy: 'Strategy',
  gaps: 'Gaps',
  figures: 'Context figures',
  takeaway: 'Takeaway',
  assessments: 'Assessments',
  tables: 'Data tables',
  scenarios: 'Scenarios',
  sources: 'Sources'
}
/** Which sections each template offers, in their default order. */
export const TEMPLATE_SECTIONS: Record<Template, readonly SectionKind[]> = {
  country: ['highlights', 'strategy', 'gaps', 'figures', 'takeaway', 'sources'],
  gaps: ['highlights', 'assessments', 'takeaway', 'sources'],
  scenario: ['highlights', 'scenarios', 'takeaway', 'sources'],
  appendix: ['tables', 'sources']
}

export const PAPERS = ['A4', 'Letter'] as const
export type Paper = (typeof PAPERS)[number]
export const CHART_KINDS = ['world_production', 'import_shares', 'magnet_output', 'reserves'] as const
export type ChartKind = (typeof CHART_KINDS)[number]
export const CHART_LABELS: Record<ChartKind, string> = {
  world_production: 'World mine production by country',
  import_shares: 'Share of imports from China, by product and year',
  magnet_output: "China's magnet output over time",
  reserves: 'Reserves by country'
}

const longText = z.string().max(20_000)
const section = z.object({ kind: z.enum(SECTION_KINDS), include: z.boolean(), title: z.string().max(200).optional() }).strict()
const tableSpec = z
  .object({
    table: z.enum(TABLE_NAMES),
    title: z.string().max(200).optional(),
    filters: z.array(filter).max(32).default([]),
    sort: z.array(sort).max(4).default([]),
    columns: z.array(z.string().max(64)).max(40).optional(),
    limit: z.number().int().min(1).max(2000).default(200)
  })
  .strict()
export type TableSpec = z.infer<typeof tableSpec>

export const briefConfig = z
  .object({
    sections: z.array(section).max(20),
    /** Assessment ids; empty means every assessment of the brief's country. */
    assessmentIds: z.array(z.number().int().positive()).max(200).default([]),
    /** Initiative and facility ids for the strategy table; null means the default pick for the country. */
    initiativeIds: z.array(z.number().int().positive()).max(200).nullable().default(null),
    facilityIds: z.array(z.number().int().positive()).max(200).nullable().default(null),
    charts: z.array(z.enum(CHART_KINDS)).max(8).default([]),
    tables: z.array(tableSpec).max(12).default([]),
    /** Scenarios the Scenarios section shows; empty means the dataset's first four. */
    scenarioIds: z.array(z.number().int().positive()).max(4).default([]),
    /** Bullets, one per line starting with "- "; null means drafted from the data at render time. */
    highlights: longText.nullable().default(null),
    takeaway: longText.default(''),
    /** Source id the brief carries the substance of (named under the title); null for none. */
    leadSourceId: z.number().int().positive().nullable().default(null),
    /** The pre-flight check flags figures older than this many years. */
    staleYears: z.number().int().min(1).max(100).default(5)
  })
  .strict()
export type BriefConfig = z.infer<typeof briefConfig>
export type BriefConfigInput = z.input<typeof briefConfig>

export const briefFields = z
  .object({
    title: z.string().trim().min(1, 'A brief needs a title').max(200),
    author: z.string().max(200),
    classification: z.string().max(80),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written yyyy-mm-dd'),
    paper: z.enum(PAPERS),
    countryId: z.number().int().positive().nullable(),
    config: briefConfig
  })
  .partial()
  .strict()
export type BriefPatch = z.input<typeof briefFields>

export interface Brief {
  id: number
  title: string
  template: Template
  countryId: number | null
  countryCode: string | null
  countryName: string | null
  author: string
  classification: string
  date: string
  paper: Paper
  config: BriefConfig
  createdAt: string
  updatedAt: string
  version: number
}
export type BriefSummary = Omit<Brief, 'config'> & { exports: number }

export interface PreflightItem {
  kind: 'uncited' | 'stale' | 'draft' | 'missing' | 'empty' | 'long' | 'conflict'
  level: 'warning' | 'error'
  section: SectionKind | 'document'
  message: string
}

export interface RenderedBrief {
  html: string
  datasetHash: string
  citations: number
  /** Milliseconds the engine spent rendering (for the status line). */
  ms: number
}

export const EXPORT_FORMATS = ['pdf', 'html', 'md', 'csv', 'xlsx', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export interface ExportResult {
  fileName: string
  format: ExportFormat
  mime: string
  bytes: number
  datasetHash: string
  /** Browser host and CLI-less callers: the file itself, for a download. */
  base64?: string
  /** Desktop: where the file was saved after the native dialog. */
  savedTo?: string
  /** Desktop: the analyst closed the save dialog. */
  cancelled?: boolean
}
export interface BriefExport {
  id: number
  at: string
  fileName: string
  format: ExportFormat
  datasetHash: string
  bytes: number
}
