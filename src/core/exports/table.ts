// Exports one table, with the grid's current filter and sort, as CSV (RFC 4180, UTF-8 with BOM so spreadsheets
// read accents), XLSX (typed cells, units in the headers, a Sources sheet) or JSON (the rows with their columns,
// filter and the dataset hash). CSV text that could run as a formula under any common separator is neutralised
// (shared/spreadsheetSafe.ts); XLSX string cells are never formulas, so their text is written as it is. Rows are
// read and written in chunks with a pause between them, so a large table never holds the engine's thread for long.
import type ExcelJS from 'exceljs'
import type { Row } from '../../shared/api'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { MIME, type ProducedFile } from '../briefs/export'
import { datasetHash as hashDataset } from '../briefs/hash'
import { csvLine } from '../../shared/spreadsheetSafe'
import { describeColumns, exportValue, readAllRows, yieldToEvents, type ExportColumn, type ExportInput } from './rows'

/** exceljs is loaded when a workbook is first read or written: it takes ~180 ms, which a CSV import or a cold start need not pay. */
async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default
}

function baseName(input: ExportInput): string {
  const stamp = new Date().toISOString().slice(0, 10)
  return `${tableDef(input.table).label.toLowerCase().replace(/\s+/g, '-')}${input.filters.length ? '-filtered' : ''}-${stamp}`
}

const CHUNK = 2000

/** CSV in chunks of rows, pausing between them so a large table never holds the engine's thread for long. */
export async function toCsv(columns: ExportColumn[], rows: Row[]): Promise<string> {
  const parts = [`\ufeff${csvLine(columns.map((c) => c.label))}\r\n`]
  for (let i = 0; i < rows.length; i += CHUNK) {
    const lines = rows.slice(i, i + CHUNK).map((r) => csvLine(columns.map((c) => exportValue(c, r))))
    parts.push(`${lines.join('\r\n')}\r\n`)
    await yieldToEvents()
  }
  return parts.join('')
}

function xlsxValue(column: ExportColumn, row: Row): ExcelJS.CellValue {
  const value = exportValue(column, row)
  if (value === null) return null
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`)
  return value
}

interface SourceRow {
  code: string
  title: string
  publisher: string | null
  published: string | null
  url: string | null
}

function sourcesSheet(workbook: ExcelJS.Workbook, db: Db, rows: Row[]): void {
  const ids = [...new Set(rows.map((r) => r.source_id).filter((id): id is number => typeof id === 'number'))]
  const sheet = workbook.addWorksheet('Sources')
  sheet.columns = [
    { header: 'Source', key: 'code', width: 26 },
    { header: 'Title', key: 'title', width: 70 },
    { header: 'Publisher', key: 'publisher', width: 28 },
    { header: 'Date', key: 'published', width: 14 },
    { header: 'Link or path', key: 'url', width: 50 }
  ]
  const stmt = db.prepare('SELECT code, title, publisher, published, url FROM source WHERE id = ?')
  for (const id of ids) {
    const s = stmt.get(id) as SourceRow | undefined
    if (s)
      sheet.addRow({
        code: s.code,
        title: s.title,
        publisher: s.publisher,
        published: s.published,
        url: s.url
      })
  }
  sheet.getRow(1).font = { bold: true }
}

export async function toXlsx(db: Db, input: ExportInput, columns: ExportColumn[], rows: Row[], datasetHash: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook()
  workbook.creator = 'Lodestone'
  workbook.created = new Date()
  workbook.keywords = `dataset sha256 ${datasetHash}`
  const sheet = workbook.addWorksheet(tableDef(input.table).label.slice(0, 31))
  sheet.columns = columns.map((c) => ({ header: c.label, key: c.name, width: Math.min(60, Math.max(10, c.label.length + 2)) }))
  for (let i = 0; i < rows.length; i++) {
    sheet.addRow(Object.fromEntries(columns.map((c) => [c.name, xlsxValue(c, rows[i])])))
    if (i % CHUNK === CHUNK - 1) await yieldToEvents()
  }
  columns.forEach((c, i) => {
    if (c.type === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd'
    if (c.type === 'number') sheet.getColumn(i + 1).numFmt = '#,##0.###'
  })
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  if (rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  if (columns.some((c) => c.name === 'source_id')) sourcesSheet(workbook, db, rows)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export function toJson(input: ExportInput, columns: ExportColumn[], rows: Row[], datasetHash: string): string {
  const body = {
    table: input.table,
    label: tableDef(input.table).label,
    exportedAt: new Date().toISOString(),
    datasetHash,
    filters: input.filters,
    sort: input.sort,
    columns,
    rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, exportValue(c, r)])))
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

export async function exportTable(db: Db, input: ExportInput): Promise<ProducedFile> {
  const rows = await readAllRows(db, input)
  const columns = describeColumns(input.table, rows)
  const datasetHash = await hashDataset(db)
  const name = baseName(input)
  let bytes: Buffer
  if (input.format === 'csv') bytes = Buffer.from(await toCsv(columns, rows), 'utf8')
  else if (input.format === 'xlsx') bytes = await toXlsx(db, input, columns, rows, datasetHash)
  else bytes = Buffer.from(toJson(input, columns, rows, datasetHash), 'utf8')
  return { bytes, fileName: `${name}.${input.format}`, format: input.format, mime: MIME[input.format], datasetHash }
}
