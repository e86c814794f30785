// Types of the contract's part for bringing data in and keeping it safe: import (read options, column mapping,
// preview, jobs), dataset files (info, recent, new, open, save as) and backups. The schemas of read options and
// mappings, and the types of every output; the methods are in contract/files.ts. Pure TS: no node, electron or DOM imports.
import { z } from 'zod'

/** Tables a file can be imported into, each upserted by its natural key. */
export const IMPORT_TABLES = ['observation', 'trade_flow', 'facility', 'initiative', 'organisation', 'source', 'country', 'unit'] as const
export type ImportTable = (typeof IMPORT_TABLES)[number]

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type Encoding = (typeof ENCODINGS)[number]
export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]
export type FileFormat = 'csv' | 'xlsx' | 'json'

/** Largest file the browser and the desktop app may upload through the contract (sent in chunks). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024
/** Largest single upload chunk, before base64 (the browser host's request limit is 64 MB). */
export const MAX_UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024
/** Rows shown in the preview. */
export const PREVIEW_ROWS = 100

export const readOptions = z
  .object({
    encoding: z.enum(['auto', ...ENCODINGS]).default('auto'),
    delimiter: z.enum(['auto', ...DELIMITERS]).default('auto'),
    decimal: z.enum(['auto', '.', ',']).default('auto'),
    /** XLSX: the sheet to read (default: the first one that holds a table). */
    sheet: z.string().max(100).optional(),
    /** 1-based row of the header in the file or sheet (default: found automatically). */
    headerRow: z.number().int().min(1).max(100_000).optional(),
    /** 1-based last data row; rows after it (footnotes) are skipped (default: found automatically). */
    lastRow: z.number().int().min(1).max(100_000_000).optional()
  })
  .strict()
export type ReadOptions = z.output<typeof readOptions>

const constant = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])

export const fieldMapping = z
  .object({
    /** The file's column (its header as shown in the preview). */
    column: z.string().max(300).optional().describe("The file's column: its header as the preview shows it."),
    /** A value for every row (used when there is no column, or the column's cell is empty). */
    constant: constant.optional().describe("A value for every row, used when there is no column or the column's cell is empty."),
    /** Translations of the column's values ("M" -> "import"); values not listed pass through. */
    values: z
      .record(z.string().max(300), constant)
      .optional()
      .describe('Translations of the column\'s values ("M" -> "import"); values not listed pass through.'),
    /** Text put before each non-empty value of the column ("OFR2002-189-" before a record id, to make a code). */
    prefix: z.string().max(100).optional().describe('Text put before each non-empty value of the column, e.g. to make a code.')
  })
  .strict()
export type FieldMapping = z.output<typeof fieldMapping>

export const FILTER_OPS_IMPORT = ['equals', 'startsWith', 'contains', 'in', 'notEmpty'] as const
export const rowFilter = z
  .object({
    column: z.string().max(300),
    op: z.enum(FILTER_OPS_IMPORT),
    value: z.union([z.string().max(300), z.array(z.string().max(300)).max(500)]).optional()
  })
  .strict()

/** Wide tables (one column per year): each listed column becomes its own record. */
export const unpivot = z
  .object({
    columns: z.array(z.string().max(300)).min(1).max(300),
    /** Field that receives each cell (e.g. value). */
    valueInto: z.string().max(64),
    /** Fields that receive the column's header (e.g. period and year). */
    headerInto: z.array(z.string().max(64)).min(1).max(4),
    /** Field that receives the cell right of each value cell, where tables put flags such as "e" or "r". */
    flagInto: z.string().max(64).optional()
  })
  .strict()

/** The source a mapping's rows cite, added to Sources when the dataset lacks it (a recognised layout names it). */
export const mappingSource = z
  .object({
    code: z.string().min(1).max(100),
    title: z.string().min(1).max(500),
    publisher: z.string().max(300).optional(),
    published: z.string().max(100).optional(),
    url: z.string().max(2000).optional()
  })
  .strict()

/**
 * A key repeated within one file is never settled by row order. 'list' (the default): every row of a repeated
 * key is left out and listed (so an import of all rows is refused). 'keep-first': the stated rule that the
 * first row of the key is kept and the later ones are listed.
 */
export const REPEAT_RULES = ['list', 'keep-first'] as const

/**
 * A value an analyst set in Lodestone (typed, pasted, corrected) since the row came in, which the file would
 * change: 'replace' (the default) takes the file's value (the import names each one; Undo brings them back),
 * 'keep' keeps the analyst's and takes the rest of the row from the file.
 */
export const EDITED_RULES = ['replace', 'keep'] as const

/** What a dash in a value cell (--, -, —, –) means, as the source's legend says: no figure (NA), or zero. */
export const DASH_MEANINGS = ['not available', 'zero'] as const

/**
 * Figures: a subject this file words otherwise than the dataset ("Mine production" where the dataset says "REO
 * total (rare-earth-oxide equivalent)"), for one indicator; the figure is stored under the dataset's words, so
 * it meets the other sources' figures in one conflict group, and the file's words go into its note.
 */
export const subjectWording = z
  .object({
    indicator: z.string().min(1).max(100).describe("The indicator's code (mine_production)."),
    from: z.string().min(1).max(2000).describe('The subject as the file words it.'),
    to: z.string().min(1).max(2000).describe('The subject as the dataset words it.')
  })
  .strict()
export type SubjectWording = z.output<typeof subjectWording>

export const mapping = z
  .object({
    table: z.enum(IMPORT_TABLES).describe('The table the rows go into.'),
    /** The recognised layout this mapping was proposed for ("USGS MCS world data, 2025 release"). */
    layout: z.string().max(200).optional().describe('The recognised layout this mapping was proposed for; informative only.'),
    /** Target column -> where its value comes from. */
    fields: z.record(z.string().max(64), fieldMapping).describe("Target column (see docs/mapping.md for each table's) -> where its value comes from."),
    /** One condition, or several that must all hold (Comtrade totals: 2nd partner World, all procedures, all modes). */
    filter: z
      .union([rowFilter, z.array(rowFilter).min(1).max(20)])
      .optional()
      .describe('Rows to import: one condition, or a list that must all hold. Other rows are skipped.'),
    unpivot: unpivot.optional().describe('Wide tables (one column per year): each listed column becomes its own record.'),
    source: mappingSource.optional().describe('The source the rows cite, added to Sources when the dataset lacks it.'),
    ask: z
      .record(z.string().max(64), z.string().max(500))
      .optional()
      .describe(
        'Target column -> what to tell the user when that required column has no value yet (a recognised layout says what the file does not: an OEC file does not name its product).'
      ),
    dash: z
      .enum(DASH_MEANINGS)
      .optional()
      .describe(
        "What a dash (--, -, —, –) in a Figures value cell means in the file's legend: 'not available' (the default: NA) or 'zero' (0). Either way the cell is kept as printed."
      ),
    subjects: z
      .array(subjectWording)
      .max(1000)
      .optional()
      .describe(
        "Figures: subjects stored in the dataset's words. Left out, the import proposes them where another source's figures repeat the file's values under other words; [] keeps the file's words."
      ),
    repeats: z
      .enum(REPEAT_RULES)
      .optional()
      .describe("A key repeated within the file: 'list' (default) leaves every such row out and lists it; 'keep-first' keeps the first."),
    edited: z
      .enum(EDITED_RULES)
      .optional()
      .describe(
        "A value an analyst set in Lodestone since the row came in, which the file would change: 'replace' (default) takes the file's, 'keep' keeps the analyst's and takes the rest of the row."
      )
  })
  .strict()
export type Mapping = z.output<typeof mapping>

/** Tables whose imported rows must cite a source. */
const NEED_A_SOURCE: readonly ImportTable[] = ['observation']

/** True when an import with this mapping would write figures with no source: no column and no value for Source. */
export function mappingLacksSource(m: Pick<Mapping, 'table' | 'fields'>): boolean {
  if (!NEED_A_SOURCE.includes(m.table)) return false
  const f = m.fields.source_id
  if (!f) return true
  if (f.column !== undefined) return false
  return f.constant === undefined || f.constant === null || String(f.constant).trim() === ''
}

export const SOURCE_REQUIRED_MESSAGE =
  "Figures never come in without a source, and this mapping gives none: map the file's source column to Source, or give one source for every row (its code in Sources)"
export type MappingSource = z.output<typeof mappingSource>

export interface UploadResult {
  uploadId: string
  name: string
  bytes: number
}

export interface SourceColumn {
  name: string
  /** 0-based position in the file's rows. */
  index: number
  samples: string[]
}

export interface TargetField {
  name: string
  label: string
  type: string
  required: boolean
  /** Referenced table, for reference columns. */
  ref?: string
  /** True when the column is part of the table's natural key. */
  key: boolean
}

export type RowStatus = 'new' | 'update' | 'unchanged' | 'invalid' | 'skipped'

export interface ImportProblem {
  /** Row number as the file shows it (spreadsheet row, CSV record counting the header as row 1, JSON record). */
  row: number
  /** The file's column, when the problem is in one cell. */
  column: string | null
  /** The target field the problem concerns. */
  field: string | null
  message: string
  value?: string
}

export interface PreviewRow {
  row: number
  status: RowStatus
  /** Target field -> the value as it will be stored (reference columns show the matched label). */
  values: Record<string, string | number | null>
  /** Target field -> problem with that cell. */
  problems: Record<string, string>
  /** Whole-row problem (duplicate key, section heading). */
  note?: string
  /** Target field -> what happens to a value an analyst set in Lodestone there ("Kept (edited in Lodestone); the file has 700"). */
  edited?: Record<string, string>
}

export interface ImportCounts {
  /** Records read after the header (after unpivoting), excluding blank rows. */
  rows: number
  valid: number
  invalid: number
  new: number
  updated: number
  unchanged: number
  /** Rows left out by the filter or because they are section headings. */
  skipped: number
}

export interface FileLayout {
  format: FileFormat
  encoding: Encoding | null
  delimiter: Delimiter | null
  decimal: '.' | ','
  sheets: string[]
  sheet: string | null
  headerRow: number
  lastRow: number
}

/** A new record for a flow or figure another source already reports: its own row, beside the other source's. */
export interface SecondSourceRow {
  /** The file's row. */
  row: number
  /** The row of the other source, and its code where the table has codes (F0031). */
  existingId: number
  existingCode: string | null
  existingSource: string | null
  /** True when the other source's row has the same value (and unit): a repeat, not a disagreement. */
  sameValue: boolean
}

export interface SecondSources {
  count: number
  /** Of them, those that repeat the other source's value, and those whose values differ. */
  repeats: number
  differ: number
  /** "N would add a second source for an existing flow", or null when none. */
  message: string | null
  /** The first 500. */
  rows: SecondSourceRow[]
}

/** Updates that replace values an analyst set in Lodestone (typed, pasted, corrected) since the row came in. */
export interface AnalystEdits {
  count: number
  /** "2 updates would replace values edited in Lodestone (row 4: Note; …)", or null when none. */
  message: string | null
  /** The first 500: the file's row, the stored row, and the labels of the columns an analyst had set. */
  rows: { row: number; rowId: number; fields: string[] }[]
}

/** A mapping file Lodestone ships (resources/mappings), offered by name in the wizard. */
export interface SavedMapping {
  /** The file's name without .json ("usgs-mcs2026-rare-earths"). */
  name: string
  description: string | null
  table: ImportTable
  mapping: Mapping
  read: Partial<ReadOptions>
  /** True when the file being imported has every column the mapping reads. */
  matches: boolean
}

/** Where the preview's mapping came from: a recognised layout, a shipped mapping, the headers, or the caller. */
export interface MappingOrigin {
  kind: 'recognised' | 'saved' | 'suggested' | 'given'
  /** The layout's or the saved mapping's name; null for suggested and given. */
  name: string | null
  /** A saved mapping's read options, which the preview used and an import must use too. */
  read?: Partial<ReadOptions>
}

export interface ImportPreview {
  uploadId: string
  fileName: string
  layout: FileLayout
  columns: SourceColumn[]
  /** The first data rows of the file as text (one string per column), shown while the mapping is not usable. */
  sample: string[][]
  targets: TargetField[]
  mapping: Mapping
  /** Why this mapping cannot be used as it is (a column the file lacks, a required field with no source). */
  mappingProblems: string[]
  rows: PreviewRow[]
  problems: ImportProblem[]
  problemCount: number
  counts: ImportCounts
  /** Reference rows the import would add (countries and units Lodestone knows). */
  created: { table: string; label: string }[]
  /** The summary line: "N unchanged, M updated, K new". */
  summary: string
  /** New records another source already reports (each its own row): "N would add a second source for an existing flow". */
  secondSources?: SecondSources
  analystEdits?: AnalystEdits
  /** Where the mapping came from, and the shipped mappings the wizard offers (those for other tables too). */
  origin?: MappingOrigin
  savedMappings?: SavedMapping[]
}

export interface ImportResult {
  table: ImportTable
  counts: ImportCounts
  /** Row numbers of rows skipped as invalid (first 1,000). */
  skippedRows: number[]
  problems: ImportProblem[]
  problemCount: number
  created: { table: string; label: string }[]
  /** The change-log batch (0 when nothing changed); undo takes the whole import back. */
  batchId: number
  /** The snapshot taken before writing. */
  backupId: string | null
  seconds: number
  summary: string
  secondSources?: SecondSources
  analystEdits?: AnalystEdits
  /** Threads that read and wrote the file: 2 when a parse thread converted it on another core. */
  threads?: 1 | 2
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface JobStatus {
  jobId: string
  /** 'undo' and 'redo': of a bulk import, run off the thread that answers the UI. */
  kind: 'import' | 'preview' | 'undo' | 'redo'
  state: JobState
  phase: string
  rowsDone: number
  /** How far the phase is: bytes (CSV) or rows read; while indexing, indexes built (of bytesTotal indexes). */
  bytesDone: number
  bytesTotal: number
  rowsPerSecond: number
  /** Estimated seconds left; null while unknown. */
  secondsLeft: number | null
  startedAt: string
  result?: ImportResult
  error?: { code: string; message: string }
}

export interface ImportReport {
  fileName: string
  /** CSV: row, column, field, value, problem. */
  csv: string
  problemCount: number
}

export interface LockHolder {
  pid: number
  hostname: string
  host: string
  since: string
}

export interface DatasetInfo {
  path: string
  name: string
  sizeBytes: number
  readOnly: boolean
  /** Why it is read-only, in words (held by another instance, read-only on disk), or null. */
  readOnlyReason: string | null
  /** Who holds the file for writing when this instance opened it read-only. */
  heldBy: LockHolder | null
  backupsDir: string
  lastBackupAt: string | null
  /**
   * The integrity check after opening: still running (writes wait for it, then go ahead or are refused in words),
   * passed, found damage (the file is then open read-only), or could not run (integrityNote says why).
   */
  integrity: IntegrityState
  /** Why the check could not run, in words; null otherwise. */
  integrityNote: string | null
}

export type IntegrityState = 'checking' | 'ok' | 'damaged' | 'not-checked'

export interface RecentDataset {
  path: string
  name: string
  openedAt: string
  exists: boolean
  sizeBytes: number
}

export const BACKUP_KINDS = ['named', 'manual', 'on-open', 'before-import', 'before-migration', 'before-restore'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export interface BackupItem {
  id: string
  kind: BackupKind
  name: string | null
  createdAt: string
  sizeBytes: number
  schemaVersion: number
}

export interface BackupList {
  dir: string
  keep: number
  items: BackupItem[]
}

export interface RestoreResult {
  restored: BackupItem
  /** The snapshot of the state before the restore. */
  safety: BackupItem
}

export function summaryLine(counts: Pick<ImportCounts, 'new' | 'updated' | 'unchanged'>): string {
  const n = (x: number): string => x.toLocaleString('en-US')
  return `${n(counts.unchanged)} unchanged, ${n(counts.updated)} updated, ${n(counts.new)} new`
}
