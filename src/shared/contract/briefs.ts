// The contract's part for briefs and data exports: list, get, create, update, duplicate and delete briefs,
// render and pre-flight them, draft their text, export them (PDF, HTML, Markdown) and any table (CSV, XLSX,
// JSON), and each brief's export history. The brief's own schema and types live in ../briefs.ts.
import { z } from 'zod'
import {
  briefFields,
  PAPERS,
  TEMPLATES,
  type Brief,
  type BriefExport,
  type BriefSummary,
  type ExportResult,
  type PreflightItem,
  type RenderedBrief
} from '../briefs'
import { job, read, returns, write } from './method'
import { filters, rowId, sorts, tableName } from './primitives'

const briefId = z.object({ id: rowId }).strict()

export const briefMethods = {
  'briefs.list': read(z.object({}).strict(), returns<BriefSummary[]>()),
  'briefs.get': read(briefId, returns<Brief>()),
  'briefs.create': write(
    z
      .object({
        template: z.enum(TEMPLATES),
        countryId: rowId.nullable().optional(),
        title: z.string().max(200).optional(),
        author: z.string().max(200).optional(),
        classification: z.string().max(80).optional(),
        paper: z.enum(PAPERS).optional()
      })
      .strict(),
    returns<Brief>()
  ),
  'briefs.update': write(z.object({ id: rowId, patch: briefFields, expectedVersion: z.number().int().positive().optional() }).strict(), returns<Brief>()),
  'briefs.duplicate': write(briefId, returns<Brief>()),
  'briefs.delete': write(briefId, returns<{ id: number }>()),
  'briefs.render': read(briefId, returns<RenderedBrief>()),
  'briefs.preflight': read(briefId, returns<PreflightItem[]>()),
  'briefs.draftText': read(z.object({ id: rowId, part: z.enum(['highlights', 'takeaway']) }).strict(), returns<{ text: string }>()),
  // Exports run on a read-only dataset too (they are logged in the brief's history only where it is writable).
  'briefs.exportPdf': job(briefId, returns<ExportResult>()),
  'briefs.exportHtml': job(briefId, returns<ExportResult>()),
  'briefs.exportMarkdown': job(briefId, returns<ExportResult>()),
  'briefs.history': read(briefId, returns<BriefExport[]>()),
  'exports.table': job(z.object({ table: tableName, format: z.enum(['csv', 'xlsx', 'json']), filters, sort: sorts }).strict(), returns<ExportResult>())
}
