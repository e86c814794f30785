// `lodestone import`: the same contract methods the wizard uses (import.preview, then import.start, which takes
// the snapshot before writing), run in this process. Prints how the file was read, the mapping, the problems by
// row and column, and "N unchanged, M updated, K new". Takes the dataset's lock (refusing when another instance
// edits it), and writes nothing on a dry run or when rows are invalid without --only-valid.
import fs from 'node:fs'
import path from 'node:path'
import { mappingLacksSource, readOptions, SOURCE_REQUIRED_MESSAGE, summaryLine, type Mapping, type ReadOptions } from '../shared/dataFiles'
import { mappingFile } from '../shared/mappingFile'
import { tableDef } from '../shared/schema'
import type { JobStatus } from '../shared/dataFiles'
import type { Input, Method, Output } from '../shared/api'
import { createEngine, type Engine } from '../core/engine'
import { inlineRunner } from '../core/io/runners'
import { parseImportArgs, type ImportArgs } from './importArgs'
import { CliError, type Io } from './io'
import { describeAnalystEdits, describeLayout, describeMapping, describeProblems, describeSecondSources } from './importPrint'
import { viewOfPreview, type ImportView } from './importView'

/** A zod issue as "at mapping.fields.value.column: <message>", for the one line the CLI prints. */
function issueText(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'it does not match docs/mapping.schema.json'
  return `${issue.path.length ? `at ${issue.path.map(String).join('.')}: ` : ''}${issue.message}`
}

/** A mapping file (docs/mapping.md): { description?, read?, mapping }, or a bare mapping. */
function loadMapping(file: string, table: ImportArgs['table']): { mapping: Mapping; read: Partial<ReadOptions> } {
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new CliError(`the mapping file ${file} could not be read as JSON: ${(e as Error).message}`)
  }
  const wrapped = value !== null && typeof value === 'object' && 'mapping' in value
  const parsed = wrapped ? mappingFile.safeParse(value) : mappingFile.safeParse({ mapping: value })
  if (!parsed.success)
    throw new CliError(`the mapping file ${file} is not a Lodestone mapping (${issueText(parsed.error.issues[0])}); its format is in docs/mapping.md`)
  if (parsed.data.mapping.table !== table) throw new CliError(`the mapping file ${file} is for ${parsed.data.mapping.table}, but --table says ${table}`)
  return { mapping: parsed.data.mapping, read: parsed.data.read ?? {} }
}

function openForImport(dataset: string): Engine {
  if (!fs.existsSync(dataset)) throw new CliError(`there is no dataset at ${dataset}`)
  let engine: Engine
  try {
    engine = createEngine({ datasetPath: dataset, host: 'cli', lock: true, runner: inlineRunner(), actor: 'lodestone import' })
  } catch (e) {
    throw new CliError((e as Error).message)
  }
  return engine
}

/** The engine's answer, or its refusal in its own words as the CLI's error. */
async function invoke<M extends Method>(engine: Engine, method: M, input: Input<M>): Promise<Output<M>> {
  try {
    return await engine.invoke(method, input)
  } catch (e) {
    throw new CliError((e as Error).message)
  }
}

async function requireWritable(engine: Engine): Promise<void> {
  const info = await invoke(engine, 'datasets.info', {})
  if (info.readOnly) throw new CliError(info.readOnlyReason ?? 'the dataset is open read-only')
}

/** Starts the import and waits for its job to end. */
async function importJob(engine: Engine, input: Input<'import.start'>): Promise<JobStatus> {
  const ended = new Map<string, JobStatus>()
  let wake = (): void => undefined
  const off = engine.on('job.progress', (s) => {
    if (s.state === 'running') return
    ended.set(s.jobId, s)
    wake()
  })
  try {
    const started = await invoke(engine, 'import.start', input)
    while (!ended.has(started.jobId)) await new Promise<void>((resolve) => (wake = resolve))
    return ended.get(started.jobId)!
  } finally {
    off()
  }
}

/** The preview; with --source, again with that source for every row (the file's own source column wins). */
/** The preview with the suggested or given mapping, then with --source and --keep-edits applied to it. */
async function previewAsAsked(engine: Engine, input: Input<'import.preview'>, args: ImportArgs): Promise<Output<'import.preview'>> {
  const first = await invoke(engine, 'import.preview', input)
  let mapping = first.mapping
  if (args.source && mapping.fields.source_id?.column === undefined)
    mapping = { ...mapping, fields: { ...mapping.fields, source_id: { constant: args.source } } }
  if (args.keepEdits && mapping.edited !== 'keep') mapping = { ...mapping, edited: 'keep' }
  return mapping === first.mapping ? first : invoke(engine, 'import.preview', { ...input, mapping })
}

function printOutcome(o: ImportView, args: ImportArgs, io: Io): void {
  io.out(describeLayout(o))
  for (const line of describeMapping(o, args.mapping === 'auto')) io.out(line)
  const c = o.tally.counts
  io.out(
    `${c.rows.toLocaleString('en-US')} row${c.rows === 1 ? '' : 's'}: ${c.valid.toLocaleString('en-US')} valid, ${c.invalid.toLocaleString('en-US')} invalid, ${c.skipped.toLocaleString('en-US')} skipped (filtered out, headings).`
  )
  for (const line of describeProblems(o)) io.out(line)
  for (const created of o.tally.created) io.out(`Added to ${tableDef(created.table as 'country').label}: ${created.label}`)
  for (const line of describeSecondSources(o)) io.out(line)
  for (const line of describeAnalystEdits(o)) io.out(line)
}

/** Why a dry run that found nothing to import fails: a script checking the exit code must not take it for success. */
function noValidRow(name: string, o: ImportView): string {
  const c = o.tally.counts
  if (c.rows === 0) return `${name} has no data rows, so an import would add nothing`
  const why =
    c.invalid === 0
      ? 'every row is filtered out or a heading'
      : c.rows === 1
        ? 'its one row is invalid (the problem is listed above)'
        : `all ${c.rows.toLocaleString('en-US')} rows are invalid or skipped (the problems are listed above)`
  return `no row of ${name} can be imported: ${why}; fix the file or the mapping before importing`
}

export async function runImportCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseImportArgs(argv)
  const dataset = path.resolve(args.dataset)
  const file = path.resolve(args.file)
  if (!fs.existsSync(file)) throw new CliError(`there is no file at ${file}`)
  const given = args.mapping === 'auto' ? { mapping: undefined, read: {} } : loadMapping(path.resolve(args.mapping), args.table)
  const read = readOptions.parse({ ...given.read, ...args.read })
  const engine = openForImport(dataset)
  try {
    await requireWritable(engine)
    const name = path.basename(file)
    const { uploadId } = engine.uploadFile(file)
    const preview = await previewAsAsked(engine, { uploadId, read, table: args.table, mapping: given.mapping }, args)
    const dry = viewOfPreview(preview)
    printOutcome(dry, args, io)
    if (args.report) fs.writeFileSync(path.resolve(args.report), (await invoke(engine, 'import.report', { uploadId })).csv)
    if (dry.mappingProblems.length)
      throw new CliError(
        `the mapping cannot be used: ${dry.mappingProblems[0]}${dry.mappingProblems.length > 1 ? ` (and ${dry.mappingProblems.length - 1} more, listed above)` : ''}`
      )
    if (mappingLacksSource(preview.mapping))
      throw new CliError(`${SOURCE_REQUIRED_MESSAGE}: add --source CODE (e.g. --source USGS-MCS2026-DR), or a source in the mapping file; nothing was imported`)
    const label = tableDef(args.table).label
    if (args.dryRun) {
      io.out(`Dry run, nothing was written. Importing into ${label} would give: ${summaryLine(dry.tally.counts)}.`)
      if (dry.tally.counts.valid === 0) throw new CliError(noValidRow(name, dry))
      return 0
    }
    if (dry.tally.counts.invalid > 0 && !args.onlyValid) {
      const n = dry.tally.counts.invalid
      throw new CliError(
        `${name} has ${n} invalid row${n === 1 ? '' : 's'}, so nothing was imported; fix ${n === 1 ? 'it' : 'them'}, or add --only-valid to import the valid rows`
      )
    }
    const status = await importJob(engine, { uploadId, read, mapping: preview.mapping, mode: args.onlyValid ? 'valid' : 'all' })
    const done = status.result
    if (status.state !== 'done' || !done) throw new CliError(status.error?.message ?? `the import of ${name} stopped before it finished; nothing was imported`)
    const skipped = done.counts.invalid ? ` (${done.counts.invalid} invalid row${done.counts.invalid === 1 ? '' : 's'} skipped)` : ''
    io.out(
      `Imported into ${label}: ${summaryLine(done.counts)}${skipped}. ${done.backupId ? `Backup taken before: ${done.backupId}.` : 'Nothing changed, so no backup was taken.'}`
    )
    return 0
  } finally {
    engine.close()
  }
}
