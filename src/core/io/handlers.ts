// Contract handlers for import: upload (chunks), preview (a dry run in the worker), start (snapshot, then the
// import in the worker; returns the job at once), cancel, job status and the problem report. Nothing is written
// before start; the engine refuses all but cancel on a read-only dataset, and announces a finished import's change.
import type { ImportPreview, ImportResult, ImportTable, Mapping, ReadOptions } from '../../shared/dataFiles'
import { summaryLine } from '../../shared/dataFiles'
import { snapshot } from '../backups/snapshot'
import type { DatasetControl } from '../datasets/control'
import { EngineError } from '../errors'
import type { HandlerContext, Handlers } from '../handlerContext'
import type { PipelineOutcome } from './pipeline'
import { reportCsv } from './report'
import { readSavedMappings } from './savedMappings'
import { previewWithSaved } from './savedPreview'
import type { ImportTask } from './task'

export type ImportMethod = 'import.upload' | 'import.preview' | 'import.start' | 'import.cancel' | 'import.report' | 'jobs.get'

const LISTED_PROBLEMS = 500

function task(
  ctx: HandlerContext,
  control: DatasetControl,
  kind: ImportTask['kind'],
  uploadId: string,
  read: ReadOptions,
  table: ImportTable,
  mapping: Mapping | undefined,
  mode: ImportTask['mode']
): { task: ImportTask; bytes: number } {
  const upload = control.uploads.get(uploadId)
  return {
    bytes: upload.bytes,
    task: {
      kind,
      datasetPath: ctx.info.datasetPath,
      nativeBinding: control.nativeBinding,
      filePath: upload.path,
      fileName: upload.name,
      read,
      table,
      mapping,
      mode,
      actor: ctx.actor
    }
  }
}

function toPreview(uploadId: string, o: PipelineOutcome): ImportPreview {
  return {
    uploadId,
    fileName: o.fileName,
    layout: o.source.layout,
    columns: o.source.columns,
    sample: o.source.sample,
    targets: o.targets,
    mapping: o.mapping,
    mappingProblems: o.mappingProblems,
    rows: o.rows,
    problems: o.tally.problems.slice(0, LISTED_PROBLEMS),
    problemCount: o.tally.problemCount,
    counts: o.tally.counts,
    created: o.tally.created,
    summary: summaryLine(o.tally.counts),
    secondSources: o.secondSources,
    analystEdits: o.analystEdits
  }
}

function toResult(o: PipelineOutcome, backupId: string | null, startedMs: number): ImportResult {
  return {
    table: o.mapping.table,
    counts: o.tally.counts,
    skippedRows: o.tally.skippedRows,
    problems: o.tally.problems.slice(0, LISTED_PROBLEMS),
    problemCount: o.tally.problemCount,
    created: o.tally.created,
    batchId: o.batchId,
    backupId,
    seconds: (Date.now() - startedMs) / 1000,
    summary: summaryLine(o.tally.counts),
    secondSources: o.secondSources,
    analystEdits: o.analystEdits,
    threads: o.parseThread ? 2 : 1
  }
}

export function importHandlers(ctx: HandlerContext, control: DatasetControl): Pick<Handlers, ImportMethod> {
  const lastOutcome = new Map<string, PipelineOutcome>()
  return {
    'import.upload': (input) => control.uploads.append(input.name, input.data, input.uploadId),
    'import.preview': async (input) => {
      const run = async (read: ReadOptions, mapping: Mapping | undefined): Promise<PipelineOutcome> => {
        const t = task(ctx, control, 'preview', input.uploadId, read, input.table, mapping, 'valid')
        return control.jobs.preview(t.task, t.bytes)
      }
      const chosen = await previewWithSaved(run, input, readSavedMappings(ctx.mappingsDir ?? null))
      lastOutcome.set(input.uploadId, chosen.outcome)
      return { ...toPreview(input.uploadId, chosen.outcome), origin: chosen.origin, savedMappings: chosen.saved }
    },
    'import.start': (input) => {
      const t = task(ctx, control, 'import', input.uploadId, input.read, input.mapping.table, input.mapping, input.mode)
      const startedMs = Date.now()
      let backupId: string | null = null
      return control.jobs.start(
        t.task,
        t.bytes,
        // The copy is written by the import's own thread (no second thread beside a big import).
        async (copyInTask) => {
          try {
            backupId = (await snapshot(ctx.db, ctx.info.datasetPath, 'before-import', null, copyInTask)).id
          } catch (e) {
            throw new EngineError(
              'internal',
              `Lodestone could not take the backup it takes before every import (${(e as Error).message}), so nothing was imported. Free some disk space and try again.`
            )
          }
        },
        (outcome) => {
          lastOutcome.set(input.uploadId, outcome)
          return toResult(outcome, backupId, startedMs)
        }
      )
    },
    'import.cancel': (input) => control.jobs.cancel(input.jobId),
    'jobs.get': (input) => control.jobs.get(input.jobId),
    'import.report': (input) => {
      const outcome = lastOutcome.get(input.uploadId)
      if (!outcome) throw new EngineError('not_found', 'There is no report for that file yet: preview it first.')
      return { fileName: outcome.fileName, csv: reportCsv(outcome.tally.problems, outcome.tally.problemCount), problemCount: outcome.tally.problemCount }
    }
  }
}
