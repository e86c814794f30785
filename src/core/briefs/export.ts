// Producing a brief's export: render with a freshly computed dataset hash, then PDF (printed through the host's
// Printer, with title, author, subject, keywords and date written into its Info), HTML or Markdown.
// Delivery (download, native save dialog, CLI path) and the export log are the caller's.
import type { Brief, ExportFormat } from '../../shared/briefs'
import type { Db } from '../db/open'
import { datasetHash as hashDataset } from './hash'
import { htmlToMarkdown } from './markdown'
import { setPdfInfo } from './pdfInfo'
import { fileNameFor, PrinterUnavailableError, type Printer } from './printer'
import { renderBrief } from './render'

export const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json'
}

export interface ProducedFile {
  bytes: Buffer
  fileName: string
  format: ExportFormat
  mime: string
  datasetHash: string
}

export const NO_PRINTER =
  "PDF export needs a Chromium-based browser, and none was found. Install Chromium (e.g. apt-get install chromium) or set LODESTONE_CHROMIUM to the browser's path, then try again. HTML and Markdown export work without it."

export async function produceBrief(
  db: Db,
  brief: Brief,
  format: 'pdf' | 'html' | 'md',
  printer: Printer | undefined,
  appVersion = '0.1.0',
  today = new Date()
): Promise<ProducedFile> {
  if (format === 'pdf' && !printer) throw new PrinterUnavailableError(NO_PRINTER)
  const datasetHash = await hashDataset(db)
  const result = renderBrief(db, brief, { datasetHash, appVersion, today })
  let bytes: Buffer
  if (format === 'pdf' && printer) {
    const pdf = await printer.print(result.html, { paper: brief.paper, title: brief.title })
    bytes = setPdfInfo(pdf, { ...result.metadata, creator: `Lodestone ${appVersion}`, producer: `Lodestone ${appVersion} (Chromium print)` })
  } else if (format === 'html') bytes = Buffer.from(result.html, 'utf8')
  else bytes = Buffer.from(htmlToMarkdown(result.html), 'utf8')
  return { bytes, fileName: fileNameFor(brief.title, format), format, mime: MIME[format], datasetHash }
}
