// THE contract between the UI and the engine: every method once, with the zod schema of its input and the
// type of its output. The engine implements exactly this map (a missing or extra handler fails typecheck);
// Electron IPC and the browser host both carry `{method, args}` and return `{ok, value}` or `{ok: false, error}`.
import { z } from 'zod'
import { TABLE_NAMES, type TableName } from './schema'
import { fileInputs } from './dataFiles'
import { briefInputs, type BriefOutputs } from './briefs'
import { EVIDENCE_TABLES, INDICATOR_IDS } from './analysis'
import { gridInputs, type GridOutputs } from './grids'

const tableName = z.enum(TABLE_NAMES)
const rowId = z.number().int().positive()
const cellValue = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()])

export const FILTER_OPS = ['contains', 'equals', 'notEqual', 'startsWith', 'lessThan', 'greaterThan', 'blank', 'notBlank'] as const
const filter = z.object({
  column: z.string().max(64),
  op: z.enum(FILTER_OPS),
  value: z.union([z.string().max(1000), z.number()]).optional()
})
const sort = z.object({ column: z.string().max(64), dir: z.enum(['asc', 'desc']) })

const updateChange = z.object({
  kind: z.literal('update'),
  table: tableName,
  id: rowId,
  column: z.string().max(64),
  value: cellValue,
  /** The row version the writer saw; a different current version is a conflict. */
  expectedVersion: z.number().int().positive().optional()
})
const insertChange = z.object({
  kind: z.literal('insert'),
  table: tableName,
  values: z.record(z.string().max(64), cellValue)
})
const deleteChange = z.object({ kind: z.literal('delete'), table: tableName, id: rowId })
export const change = z.discriminatedUnion('kind', [updateChange, insertChange, deleteChange])
export type Change = z.infer<typeof change>

/** Parameters of a computed indicator: a few named scalars (which are allowed is checked per indicator). */
const indicatorParams = z.record(z.string().regex(/^[a-zA-Z]{1,32}$/), z.union([z.string().max(100), z.number().finite(), z.null()]))

export const inputs = {
  'app.info': z.object({}).strict(),
  'tables.list': z.object({}).strict(),
  'rows.page': z
    .object({
      table: tableName,
      offset: z.number().int().min(0).max(100_000_000),
      limit: z.number().int().min(1).max(5000),
      sort: z.array(sort).max(4).default([]),
      filters: z.array(filter).max(32).default([])
    })
    .strict(),
  'rows.get': z.object({ table: tableName, id: rowId }).strict(),
  'rows.lookup': z.object({ table: tableName, query: z.string().max(200), limit: z.number().int().min(1).max(200).default(50) }).strict(),
  'edits.apply': z.object({ label: z.string().max(200).optional(), changes: z.array(change).min(1).max(200_000) }).strict(),
  'history.state': z.object({}).strict(),
  'history.undo': z.object({}).strict(),
  'history.redo': z.object({}).strict(),
  'history.forRow': z.object({ table: tableName, id: rowId, limit: z.number().int().min(1).max(500).default(50) }).strict(),
  // Each capability adds its methods below its own marker (one block each, to keep merges clean).
  // --- assessments and indicators
  'assessments.board': z.object({ includeRetired: z.boolean().default(false) }).strict(),
  'assessments.get': z.object({ id: rowId }).strict(),
  'assessments.setStatus': z
    .object({
      id: rowId,
      status: z.enum(['draft', 'reviewed', 'published']),
      note: z.string().max(2000).optional(),
      expectedVersion: z.number().int().positive().optional()
    })
    .strict(),
  'assessments.linkEvidence': z
    .object({
      assessmentId: rowId,
      target: z.union([
        z.object({ table: z.enum(EVIDENCE_TABLES).exclude(['computed_indicator']), id: rowId }).strict(),
        z.object({ indicator: z.enum(INDICATOR_IDS), params: indicatorParams }).strict()
      ]),
      note: z.string().max(10_000).optional()
    })
    .strict(),
  'assessments.unlinkEvidence': z.object({ linkId: rowId }).strict(),
  'assessments.versions': z.object({ id: rowId }).strict(),
  'assessments.diff': z.object({ id: rowId, from: rowId, to: z.union([rowId, z.literal('current')]).default('current') }).strict(),
  'assessments.changedSince': z
    .object({ since: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'a date like 2026-03-01'), limit: z.number().int().min(1).max(1000).default(200) })
    .strict(),
  'themes.rubric': z.object({ themeId: rowId }).strict(),
  'themes.setRubric': z.object({ themeId: rowId, levels: z.array(z.string().max(2000).nullable()).length(5) }).strict(),
  'indicators.list': z.object({}).strict(),
  'indicators.compute': z.object({ id: z.enum(INDICATOR_IDS), params: indicatorParams.default({}) }).strict(),
  'indicators.computeAll': z.object({}).strict(),
  'figures.conflicts': z.object({ observationId: rowId.optional(), countryId: rowId.optional(), indicatorId: rowId.optional() }).strict(),
  'figures.prefer': z.object({ id: rowId, clear: z.boolean().default(false), over: z.array(rowId).max(50).default([]) }).strict(),
  // --- import, dataset files and backups
  ...fileInputs,
  // --- briefs and exports
  ...briefInputs,
  // --- grids: find, search, column state
  ...gridInputs
} as const

export type Method = keyof typeof inputs
export type Input<M extends Method> = z.input<(typeof inputs)[M]>
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>

export type Row = Record<string, string | number | null>

export interface AppInfo {
  appVersion: string
  datasetPath: string
  datasetName: string
  sizeBytes: number
  schemaVersion: number
  readOnly: boolean
  host: 'electron' | 'web' | 'cli' | 'test'
}
export interface TableSummary {
  name: TableName
  label: string
  group: 'data' | 'reference' | 'analysis'
  rowCount: number
}
export interface Page {
  /** Rows with every column; reference columns also carry `<column>__label` with the referenced row's label. */
  rows: Row[]
  total: number
}
export interface LookupItem {
  id: number
  label: string
  detail: string
}
export interface AppliedEdit {
  batchId: number
  /** Ids of inserted rows, in the order of the insert changes. */
  insertedIds: number[]
  /** Every row the batch touched, as it is now (deleted rows are absent). */
  rows: { table: TableName; row: Row }[]
  deleted: { table: TableName; id: number }[]
  /** Tables changed wholesale (undo or redo of a bulk import): their rows are not listed; reload them. */
  bulkTables?: TableName[]
}
export interface HistoryState {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}
export interface UndoResult extends HistoryState {
  applied: AppliedEdit | null
  label: string | null
}
export interface RowChange {
  batchId: number
  at: string
  actor: string
  label: string
  origin: 'user' | 'undo' | 'redo' | 'import' | 'system'
  op: 'insert' | 'update' | 'delete'
  column: string | null
  before: string | number | null
  after: string | number | null
}

export interface Outputs {
  'app.info': AppInfo
  'tables.list': TableSummary[]
  'rows.page': Page
  'rows.get': Row
  'rows.lookup': LookupItem[]
  'edits.apply': AppliedEdit
  'history.state': HistoryState
  'history.undo': UndoResult
  'history.redo': UndoResult
  'history.forRow': RowChange[]
  // --- assessments and indicators
  'assessments.board': import('./analysis').AssessmentBoard
  'assessments.get': import('./analysis').AssessmentDetail
  'assessments.setStatus': import('./analysis').SetStatusResult
  'assessments.linkEvidence': import('./analysis').LinkResult
  'assessments.unlinkEvidence': AppliedEdit
  'assessments.versions': import('./analysis').VersionSummary[]
  'assessments.diff': import('./analysis').AssessmentDiff
  'assessments.changedSince': import('./analysis').AssessmentMove[]
  'themes.rubric': import('./analysis').ThemeRubric
  'themes.setRubric': import('./analysis').ThemeRubric & { applied: AppliedEdit }
  'indicators.list': import('./analysis').IndicatorDef[]
  'indicators.compute': import('./analysis').IndicatorResult
  'indicators.computeAll': import('./analysis').IndicatorResult[]
  'figures.conflicts': import('./analysis').FigureConflict[]
  'figures.prefer': AppliedEdit
  // --- import, dataset files and backups
  'import.upload': import('./dataFiles').UploadResult
  'import.preview': import('./dataFiles').ImportPreview
  'import.start': import('./dataFiles').JobStatus
  'import.cancel': import('./dataFiles').JobStatus
  'import.report': import('./dataFiles').ImportReport
  'jobs.get': import('./dataFiles').JobStatus
  'datasets.info': import('./dataFiles').DatasetInfo
  'datasets.recent': import('./dataFiles').RecentDataset[]
  'datasets.new': import('./dataFiles').DatasetInfo
  'datasets.open': import('./dataFiles').DatasetInfo
  'datasets.saveAs': import('./dataFiles').DatasetInfo
  'backups.list': import('./dataFiles').BackupList
  'backups.create': import('./dataFiles').BackupItem
  'backups.restore': import('./dataFiles').RestoreResult
  'backups.setKeep': import('./dataFiles').BackupList
  // --- briefs and exports
  'briefs.list': BriefOutputs['briefs.list']
  'briefs.get': BriefOutputs['briefs.get']
  'briefs.create': BriefOutputs['briefs.create']
  'briefs.update': BriefOutputs['briefs.update']
  'briefs.duplicate': BriefOutputs['briefs.duplicate']
  'briefs.delete': BriefOutputs['briefs.delete']
  'briefs.render': BriefOutputs['briefs.render']
  'briefs.preflight': BriefOutputs['briefs.preflight']
  'briefs.draftText': BriefOutputs['briefs.draftText']
  'briefs.exportPdf': BriefOutputs['briefs.exportPdf']
  'briefs.exportHtml': BriefOutputs['briefs.exportHtml']
  'briefs.exportMarkdown': BriefOutputs['briefs.exportMarkdown']
  'briefs.history': BriefOutputs['briefs.history']
  'exports.table': BriefOutputs['exports.table']
  // --- grids: find, search, column state
  'rows.ids': GridOutputs['rows.ids']
  'rows.position': GridOutputs['rows.position']
  'rows.find': GridOutputs['rows.find']
  'search.all': GridOutputs['search.all']
  'edits.paste': GridOutputs['edits.paste']
  'history.deleted': GridOutputs['history.deleted']
  'history.restore': GridOutputs['history.restore']
  'grid.state': GridOutputs['grid.state']
  'grid.saveState': GridOutputs['grid.saveState']
}
export type Output<M extends Method> = Outputs[M]

/** Compile-time check that inputs and outputs name the same methods. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never
export const contractIsComplete: SameKeys<typeof inputs, Outputs> = true

export const ERROR_CODES = ['invalid_input', 'validation', 'not_found', 'conflict', 'constraint', 'read_only', 'unknown_method', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]
export interface CellProblem {
  /** 0-based index of the change in the batch. */
  change: number
  table: TableName
  id?: number
  column?: string
  message: string
  current?: string | number | null
  attempted?: string | number | boolean | null
}
export interface ApiError {
  code: ErrorCode
  message: string
  details?: { problems?: CellProblem[]; path?: string; [key: string]: unknown }
}
export type CallResult<M extends Method> = { ok: true; value: Output<M> } | { ok: false; error: ApiError }

/** Events pushed from the engine to every window or tab. */
export interface Events {
  'dataset.changed': { batchId: number; tables: TableName[]; origin: RowChange['origin'] }
  /** Progress of a long job (import, preview): rows, rate, time left, and its end. */
  'job.progress': import('./dataFiles').JobStatus
  /** Another dataset file is open now (or the open one was restored from a backup): reload everything. */
  'dataset.opened': import('./dataFiles').DatasetInfo
  // --- Foundation/host: sent by a host, never by the engine (the browser host sends none)
  /** The desktop File menu asks the window to show a view: Import (with the file it uploaded) or Backups. */
  'app.command': { command: 'import' | 'backups'; upload?: import('./dataFiles').UploadResult }
}
export type EventName = keyof Events

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(inputs, name)
}
