// The import as plain functions: read the file, plan the mapping, then convert, validate and upsert every row
// in ONE transaction, reporting progress and checking a cancel flag between rows. A dry run (the preview) reads,
// converts and matches every row the same way but writes nothing (new keys are kept in memory), so its counts
// are the import's and it never holds up the analyst's edits. Cancel, a refused import (mode 'all'
// with invalid rows) and any failure (a full disk) roll everything back: the import is wholly there or absent.
import type {
  AnalystEdits,
  ImportTable,
  Mapping,
  PreviewRow,
  ReadOptions,
  SecondSources,
  SubjectWording,
  SourceColumn,
  TargetField
} from '../../shared/dataFiles'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { keyColumns, targetFields } from './keys'
import { planMapping, type Plan } from './plan'
import { RefResolver } from './refs'
import { openSource, type Source } from './source'
import { suggestMapping } from './suggest'
import { recognise, type Recognised } from './layouts'
import { ImportWriter } from './write'
import type { OtherSources } from './otherSources'
import { noAnalystEdits } from './analystEdits'
import { Tally } from './tally'
import { pauseForeignKeys, suspendIndexes } from './bulk'
import { walkRows, type Spare } from './walk'
import { FEED_MIN_ROWS, type FeedSpec } from './feed'
import { Run } from './run'
import { Wording, WordingSurvey } from './wording'

export interface PipelineOptions {
  read: ReadOptions
  table: ImportTable
  /** Omitted: the suggested mapping is used (preview). */
  mapping?: Mapping
  mode: 'all' | 'valid'
  dryRun: boolean
  actor: string
  /** The file's path as the user gave it (folder names can say what it is: oec_hs2846/); default: the file name. */
  hint?: string
  /**
   * Where a parse thread can start (the import worker's entry), given when the machine has idle cores for it
   * (task.ts, parseThreadWanted): a big CSV is then parsed and converted on another core while this thread writes.
   */
  feed?: Omit<FeedSpec, 'fileName' | 'read' | 'mapping'> & { entry: string }
}

export interface PipelineProgress {
  phase: 'reading' | 'importing' | 'indexing' | 'finishing'
  rowsDone: number
  /** Bytes (CSV) or rows (XLSX, JSON) read so far, and their total; while indexing, indexes built and how many. */
  done: number
  total: number
}

export interface PipelineHooks {
  progress?(p: PipelineProgress): void
  cancelled?(): boolean
  /**
   * Called once the import is known to change something, before its commit (the snapshot before an import:
   * taken from the committed file, so an import that changes nothing takes none). Throwing rolls it back.
   */
  beforeCommit?(): Promise<void>
}

export interface PipelineOutcome {
  fileName: string
  source: Pick<Source, 'layout' | 'comtrade' | 'sample'> & { columns: SourceColumn[] }
  targets: TargetField[]
  mapping: Mapping
  mappingProblems: string[]
  tally: ReturnType<Tally['snapshot']>
  rows: PreviewRow[]
  batchId: number
  committed: boolean
  cancelled: boolean
  /** Set when nothing was written because rows were invalid and mode was 'all'. */
  refused: string | null
  /** New records for flows or figures another source already reports (each is its own row). */
  secondSources: SecondSources
  /** Updates that replace values an analyst set in Lodestone (the preview warns of them). */
  analystEdits: AnalystEdits
  /** True when the rows were parsed and converted in a parse thread, on another core (feed.ts). */
  parseThread: boolean
}

function diskFull(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? ''
  return code === 'SQLITE_FULL' || /database or disk is full/i.test(String((e as Error).message))
}

function rollback(db: Db): void {
  if (db.inTransaction) db.exec('ROLLBACK')
}

function importLabel(fileName: string, table: ImportTable, t: Tally): string {
  const n = (x: number): string => x.toLocaleString('en-US')
  return `Import ${fileName} into ${tableDef(table).label} (${n(t.newCount)} new, ${n(t.updatedCount)} updated)`
}

/** The file's bytes, or a function reading them (so only the pipeline holds them, and lets go once parsed). */
export type FileBytes = Uint8Array | (() => Uint8Array)

export async function runPipeline(db: Db, file: FileBytes, fileName: string, options: PipelineOptions, hooks: PipelineHooks = {}): Promise<PipelineOutcome> {
  let bytes: Uint8Array | null = typeof file === 'function' ? file() : file
  hooks.progress?.({ phase: 'reading', rowsDone: 0, done: 0, total: bytes.length })
  const found = await readAndRecognise(bytes, fileName, options)
  // A CSV is now text and a workbook a grid: the raw bytes are not needed any more, but by a parse thread.
  const { source, recognised } = found
  const spare: Spare | null = options.feed && source.layout.format === 'csv' && source.estimatedRows >= FEED_MIN_ROWS ? { bytes } : null
  bytes = null
  const fits = recognised && recognised.mapping.table === options.table
  const mapping = options.mapping ?? (fits ? recognised.mapping : suggestMapping(db, options.table, source.columns, source.comtrade))
  if (mapping.table !== options.table)
    throw new EngineError('invalid_input', `The mapping is for ${tableDef(mapping.table).label}, not ${tableDef(options.table).label}.`)
  const plan = planMapping(mapping, source.columns)
  if (recognised && !fits)
    plan.problems.unshift(
      `${fileName} looks like ${recognised.name}, which is imported into ${tableDef(recognised.mapping.table).label}, not ${tableDef(options.table).label}. Choose ${tableDef(recognised.mapping.table).label} to get its mapping.`
    )
  const base = {
    fileName,
    source: { layout: source.layout, comtrade: source.comtrade, columns: source.columns, sample: source.sample },
    targets: targetFields(mapping.table),
    mapping,
    mappingProblems: plan.problems
  }
  const empty = {
    tally: new Tally().snapshot(),
    rows: [],
    batchId: 0,
    committed: false,
    cancelled: false,
    refused: null,
    secondSources: noSecondSources,
    analystEdits: noAnalystEdits,
    parseThread: false
  }
  if (plan.problems.length) return { ...base, ...empty }
  // A key the file repeats is never settled by row order: unless the mapping states the rule 'keep-first', a
  // first pass that finds repeats is rolled back and a second leaves out (and lists) every row of those keys.
  // Figures the dataset holds from another source under other words: a pass that proposes the dataset's words
  // (mapping.subjects) is rolled back, and the next stores the figures in them.
  let first = await attempt(db, source, mapping, plan, options, hooks, base, null, spare)
  let worded = base
  if (first.wording.length && !first.outcome.cancelled) {
    worded = { ...base, mapping: { ...mapping, subjects: first.wording } }
    first = await attempt(db, source, worded.mapping, plan, options, hooks, worded, null, spare)
  }
  if (first.repeats.size === 0 || mapping.repeats === 'keep-first' || first.outcome.cancelled) return first.outcome
  return (await attempt(db, source, worded.mapping, plan, options, hooks, worded, first.repeats, spare)).outcome
}

/**
 * The file read, and the layout it is recognised as when no mapping is given. A workbook read without a chosen
 * sheet is read sheet by sheet until one is recognised (or fits the given mapping): the MYB tables are on T8.
 */
async function readAndRecognise(bytes: Uint8Array, fileName: string, options: PipelineOptions): Promise<{ source: Source; recognised: Recognised | null }> {
  const look = (s: Source): Recognised | null =>
    options.mapping ? null : recognise({ columns: s.columns, fileName, hint: options.hint ?? fileName, sheet: s.layout.sheet, sheets: s.layout.sheets })
  const fitsGiven = (s: Source): boolean => !options.mapping || planMapping(options.mapping, s.columns).problems.length === 0
  const first = await openSource(bytes, fileName, options.read)
  const recognised = look(first)
  if (recognised || (options.mapping && fitsGiven(first))) return { source: first, recognised }
  if (first.layout.format === 'xlsx' && options.read.sheet === undefined) {
    for (const sheet of first.layout.sheets) {
      if (sheet === first.layout.sheet) continue
      let other: Source
      try {
        other = await openSource(bytes, fileName, { ...options.read, sheet })
      } catch {
        continue // an empty sheet
      }
      const r = look(other)
      if (r || (options.mapping && fitsGiven(other))) return { source: other, recognised: r }
    }
  }
  return { source: first, recognised }
}

type Base = Pick<PipelineOutcome, 'fileName' | 'source' | 'targets' | 'mapping' | 'mappingProblems'>

async function attempt(
  db: Db,
  source: Source,
  mapping: Mapping,
  plan: Plan,
  options: PipelineOptions,
  hooks: PipelineHooks,
  base: Base,
  leaveOut: Map<string, number[]> | null,
  spare: Spare | null
): Promise<{ outcome: PipelineOutcome; repeats: Map<string, number[]>; wording: SubjectWording[] }> {
  const resolver = new RefResolver(db, mapping.source)
  const writer = new ImportWriter(db, mapping.table, keyColumns(mapping), options.actor, source.estimatedRows, options.dryRun, mapping.edited === 'keep')
  const figures = mapping.table === 'observation'
  const words = {
    wording: figures && mapping.subjects?.length ? new Wording(db, mapping.subjects) : null,
    survey: figures && mapping.subjects === undefined ? new WordingSurvey(db) : null
  }
  const run = new Run(mapping, resolver, writer, options, leaveOut, words)
  const fileName = base.fileName
  const resumeForeignKeys = writer.bulk && !options.dryRun ? pauseForeignKeys(db) : null
  db.exec(options.dryRun ? 'BEGIN' : 'BEGIN IMMEDIATE') // a dry run only reads: it never holds up the analyst's edits
  try {
    writer.begin(`Import ${fileName}`)
    const indexes = writer.bulk && !options.dryRun ? suspendIndexes(db, mapping.table, writer.bulk) : null
    const feed = spare && options.feed ? { ...options.feed, mapping, read: options.read, spare } : null
    const cancelled = walkRows(run, source, plan, resolver, hooks, feed)
    writer.flush()
    // Building the indexes is a third of a big import: progress says which of them, and a cancel stops between two.
    const indexStep = (built: number, count: number): boolean => {
      hooks.progress?.({ phase: 'indexing', rowsDone: run.tally.rowCount, done: built, total: count })
      return !hooks.cancelled?.()
    }
    if (indexes) indexStep(0, indexes.count)
    else hooks.progress?.({ phase: 'finishing', rowsDone: run.tally.rowCount, done: source.progressTotal, total: source.progressTotal })
    if (!cancelled && indexes && !indexes.buildKeyIndex()) run.leaveOutRepeats(indexes)
    const refused = options.dryRun ? null : refusal(run.tally, fileName, options.mode)
    const secondSources = secondSourcesOf(writer.others, mapping.table, options.dryRun)
    const analystEdits = writer.analystEdits.summary(options.dryRun)
    const outcome = {
      ...base,
      tally: run.tally.snapshot(resolver.created),
      rows: run.rows,
      cancelled,
      refused,
      secondSources,
      analystEdits,
      parseThread: feed !== null
    }
    const wording = cancelled ? [] : (words.survey?.proposal() ?? [])
    const again = (run.repeats.size > 0 && mapping.repeats !== 'keep-first' && !cancelled) || wording.length > 0
    if (cancelled || refused || options.dryRun || again) {
      rollback(db)
      return { outcome: { ...outcome, batchId: 0, committed: false }, repeats: run.repeats, wording }
    }
    if (indexes && !indexes.buildOthers(indexStep)) {
      rollback(db)
      return { outcome: { ...outcome, cancelled: true, batchId: 0, committed: false }, repeats: run.repeats, wording }
    }
    const broken = resumeForeignKeys ? writer.brokenReference() : null
    if (broken) throw new EngineError('internal', broken)
    hooks.progress?.({ phase: 'finishing', rowsDone: run.tally.rowCount, done: source.progressTotal, total: source.progressTotal })
    const batchId = writer.finish(importLabel(fileName, mapping.table, run.tally))
    if (batchId !== 0) await hooks.beforeCommit?.()
    if (hooks.cancelled?.()) {
      rollback(db)
      return { outcome: { ...outcome, cancelled: true, batchId: 0, committed: false }, repeats: run.repeats, wording }
    }
    db.exec('COMMIT')
    return { outcome: { ...outcome, batchId, committed: true }, repeats: run.repeats, wording }
  } catch (e) {
    rollback(db)
    if (diskFull(e))
      throw new EngineError(
        'internal',
        `The disk is full, so the import of ${fileName} stopped and was rolled back: the dataset is exactly as it was. Free some disk space and import again.`
      )
    throw e
  } finally {
    resumeForeignKeys?.() // after the commit or rollback: SQLite ignores it inside a transaction
  }
}

const noSecondSources: SecondSources = { count: 0, repeats: 0, differ: 0, message: null, rows: [] }

/**
 * "3 would add a second source for an existing flow: 2 repeat a flow of another source (same value), 1 differs"
 * (preview) or "... added ..." (import), with the first rows.
 */
function secondSourcesOf(others: OtherSources | null, table: ImportTable, dryRun: boolean): SecondSources {
  const n = others?.count ?? 0
  if (!others || n === 0) return noSecondSources
  const what = table === 'trade_flow' ? 'flow' : tableDef(table).singular
  const count = (x: number): string => x.toLocaleString('en-US')
  const repeats = others.sameValueCount
  const differ = n - repeats
  const rows = others.listed.map((s) => ({ ...s }))
  const listed = rows
    .slice(0, 3)
    .map(
      (r) =>
        `row ${r.row}: ${r.existingCode ?? `${tableDef(table).singular} ${r.existingId}`} from ${r.existingSource ?? 'no source'}${r.sameValue ? ', same value' : ''}`
    )
    .join('; ')
  const message =
    `${count(n)} ${dryRun ? 'would add' : 'added'} a second source for an existing ${what}: ` +
    `${count(repeats)} repeat${repeats === 1 ? 's' : ''} a ${what} of another source (same value), ${count(differ)} differ${differ === 1 ? 's' : ''}. ` +
    `Each is its own row beside the other source's${table === 'observation' ? ', in one group with it, so indicators use one of them' : ''} (${listed}${n > 3 ? '; …' : ''}).`
  return { count: n, repeats, differ, message, rows }
}

function refusal(t: Tally, fileName: string, mode: PipelineOptions['mode']): string | null {
  if (t.rowCount === 0) return `${fileName} has no data rows${t.skippedCount ? ' that pass the filter' : ''}, so there is nothing to import.`
  if (mode === 'valid' && t.validCount === 0)
    return `None of the ${t.rowCount.toLocaleString('en-US')} rows of ${fileName} is valid, so nothing was imported. The problems are listed by row and column.`
  if (mode === 'valid' || t.invalidCount === 0) return null
  const n = t.invalidCount
  return `${fileName} has ${n.toLocaleString('en-US')} invalid row${n === 1 ? '' : 's'}, so nothing was imported. Fix ${n === 1 ? 'it' : 'them'} in the file, or import only the valid rows (the invalid ones are listed).`
}
