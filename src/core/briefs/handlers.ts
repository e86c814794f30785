// The briefs and exports methods of the contract. Exports are produced in core, then delivered by the host:
// the desktop's save dialog when it gave one (ports.saveFile), else the bytes as base64 for a browser download.
// Every delivered export is logged with its dataset hash in the brief's history.
import type { ExportFormat, ExportResult } from '../../shared/briefs'
import type { Handlers, HandlerContext } from '../handlerContext'
import { exportTable } from '../exports/table'
import { countryById } from './data'
import { draftHighlights, draftTakeaway } from './draft'
import { produceBrief, type ProducedFile } from './export'
import { datasetHash } from './hash'
import { createBrief, duplicateBrief, patched } from './model'
import { preflight } from './preflight'
import type { HostPorts } from './printer'
import { renderBrief } from './render'
import { deleteBrief, exportHistory, getBrief, listBriefs, logExport, saveBrief } from './store'

type BriefMethods =
  | 'briefs.list'
  | 'briefs.get'
  | 'briefs.create'
  | 'briefs.update'
  | 'briefs.duplicate'
  | 'briefs.delete'
  | 'briefs.render'
  | 'briefs.preflight'
  | 'briefs.draftText'
  | 'briefs.exportPdf'
  | 'briefs.exportHtml'
  | 'briefs.exportMarkdown'
  | 'briefs.history'
  | 'exports.table'

export interface BriefHandlerContext extends HandlerContext {
  ports?: HostPorts
}

async function deliver(ctx: BriefHandlerContext, file: ProducedFile, briefId: number | null): Promise<ExportResult> {
  const result: ExportResult = { fileName: file.fileName, format: file.format, mime: file.mime, bytes: file.bytes.length, datasetHash: file.datasetHash }
  const log = (): void =>
    logExport(ctx.db, {
      briefId,
      fileName: result.savedTo ?? file.fileName,
      format: file.format as ExportFormat,
      datasetHash: file.datasetHash,
      bytes: file.bytes.length
    })
  if (ctx.ports?.saveFile) {
    const savedTo = await ctx.ports.saveFile(file.fileName, file.bytes, file.format)
    if (!savedTo) return { ...result, cancelled: true }
    result.savedTo = savedTo
    if (!ctx.info.readOnly) log()
    return result
  }
  if (!ctx.info.readOnly) log()
  return { ...result, base64: file.bytes.toString('base64') }
}

export function briefHandlers(ctx: BriefHandlerContext): Pick<Handlers, BriefMethods> {
  const exportAs = async (id: number, format: 'pdf' | 'html' | 'md'): Promise<ExportResult> => {
    const file = await produceBrief(ctx.db, getBrief(ctx.db, id), format, ctx.ports?.printer, ctx.info.appVersion)
    return deliver(ctx, file, id)
  }
  return {
    'briefs.list': () => listBriefs(ctx.db),
    'briefs.get': (input) => getBrief(ctx.db, input.id),
    'briefs.create': (input) => {
      return createBrief(ctx.db, input)
    },
    'briefs.update': (input) => {
      const current = getBrief(ctx.db, input.id)
      return saveBrief(ctx.db, patched(current, input.patch), input.expectedVersion ?? current.version)
    },
    'briefs.duplicate': (input) => {
      return duplicateBrief(ctx.db, getBrief(ctx.db, input.id))
    },
    'briefs.delete': (input) => {
      deleteBrief(ctx.db, input.id)
      return { id: input.id }
    },
    'briefs.render': async (input) => {
      const hash = await datasetHash(ctx.db)
      const started = performance.now()
      const result = renderBrief(ctx.db, getBrief(ctx.db, input.id), { datasetHash: hash, appVersion: ctx.info.appVersion })
      return { html: result.html, datasetHash: result.datasetHash, citations: result.sources.length, ms: Math.round(performance.now() - started) }
    },
    'briefs.preflight': async (input) => {
      const hash = await datasetHash(ctx.db)
      const brief = getBrief(ctx.db, input.id)
      return preflight(brief, renderBrief(ctx.db, brief, { datasetHash: hash }))
    },
    'briefs.draftText': (input) => {
      const brief = getBrief(ctx.db, input.id)
      const country = countryById(ctx.db, brief.countryId)
      return { text: input.part === 'highlights' ? draftHighlights(ctx.db, country, brief.config.leadSourceId) : draftTakeaway(ctx.db, country) }
    },
    'briefs.exportPdf': (input) => exportAs(input.id, 'pdf'),
    'briefs.exportHtml': (input) => exportAs(input.id, 'html'),
    'briefs.exportMarkdown': (input) => exportAs(input.id, 'md'),
    'briefs.history': (input) => exportHistory(ctx.db, input.id),
    'exports.table': async (input) => deliver(ctx, await exportTable(ctx.db, input), null)
  }
}
