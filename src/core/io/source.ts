// One file to import, whatever its format: its layout (encoding, delimiter, sheet, header row, last row),
// its columns with sample values, and its data rows streamed one at a time with the row number the analyst
// sees in their spreadsheet or editor. Format comes from the bytes first, the file name second.
import type { FileLayout, ReadOptions, SourceColumn } from '../../shared/dataFiles'
import { EngineError } from '../errors'
import { headCsv, sniffDecimal, sniffDelimiter, streamCsv } from './csv'
import { decodeText, looksBinary } from './decode'
import { readJsonTable } from './json'
import { cellText, detectHeaderIndex, detectLastIndex, headerNames, isBlank, isHeadingRow, type Cell } from './layout'
import { isOldExcel, isZip, readWorkbook, type Sheet } from './xlsx'

export interface SourceRow {
  /** Row number as the analyst sees it (spreadsheet row; CSV record with the header counted; JSON record). */
  row: number
  cells: Cell[]
  /** Set when the row is malformed (CSV quoting, wrong number of fields). */
  error?: string
  /** A section heading inside a spreadsheet table ("Metals:"), skipped. */
  heading?: boolean
}

export interface Source {
  fileName: string
  layout: FileLayout
  columns: SourceColumn[]
  /** True for UN Comtrade API answers (mapping suggestions use it). */
  comtrade: boolean
  totalBytes: number
  /** Calls visit for each data row; stop by returning false. `progress` is bytes (CSV) or rows read. */
  eachRow(visit: (row: SourceRow, progress: number) => boolean | void): void
  /** Lets go of a CSV's text (a parse thread reads the file itself); eachRow cannot be called after. */
  release?(): void
  /** Rows or bytes: the unit `progress` counts in, and its total. */
  progressTotal: number
  /** The first data rows as text, to show the file itself while the mapping is not yet usable. */
  sample: string[][]
  /** About how many data rows the file holds (exact for workbooks and JSON, from line lengths for CSV). */
  estimatedRows: number
  /** A spreadsheet table's numbered footnotes below its last row ("3" -> "Official production quota. …"). */
  footnotes?: Readonly<Record<string, string>>
}

const SAMPLES = 5
const SAMPLE_ROWS = 20

function sampleRows(rows: readonly (readonly Cell[])[]): string[][] {
  return rows
    .filter((r) => !r.every(isBlank))
    .slice(0, SAMPLE_ROWS)
    .map((r) => r.map((c) => cellText(c)))
}

function emptyFile(name: string): EngineError {
  return new EngineError('invalid_input', `${name} is empty (0 bytes), so there is nothing to import.`)
}

function samplesFor(columns: string[], rows: readonly (readonly Cell[])[]): SourceColumn[] {
  return columns.map((name, index) => ({
    name,
    index,
    samples: rows
      .map((r) => cellText(r[index]))
      .filter((t) => t !== '')
      .slice(0, SAMPLES)
  }))
}

function checkHeaderRow(requested: number | undefined, available: number, name: string): void {
  if (requested !== undefined && requested > available) {
    throw new EngineError(
      'invalid_input',
      `The header row was set to row ${requested}, but ${name} has only ${available} rows. Choose a row that holds the column names.`
    )
  }
}

function gridSource(
  name: string,
  bytes: number,
  grid: Cell[][],
  width: number,
  layout: Omit<FileLayout, 'headerRow' | 'lastRow'>,
  read: ReadOptions,
  base: { comtrade: boolean; letters: boolean; headings: boolean }
): Source {
  checkHeaderRow(read.headerRow, grid.length, name)
  const headerIndex = read.headerRow !== undefined ? read.headerRow - 1 : detectHeaderIndex(grid)
  const lastIndex =
    read.lastRow !== undefined ? Math.min(read.lastRow - 1, grid.length - 1) : base.headings ? detectLastIndex(grid, headerIndex) : grid.length - 1
  const columns = headerNames(grid, headerIndex, width, base.letters)
  const data = grid.slice(headerIndex + 1, lastIndex + 1)
  return {
    fileName: name,
    layout: { ...layout, headerRow: headerIndex + 1, lastRow: lastIndex + 1 },
    columns: samplesFor(columns, data),
    comtrade: base.comtrade,
    totalBytes: bytes,
    progressTotal: data.length,
    sample: sampleRows(data),
    estimatedRows: data.length,
    footnotes: base.headings ? footnotesBelow(grid.slice(lastIndex + 1)) : {},
    eachRow(visit) {
      for (let i = 0; i < data.length; i++) {
        const cells = data[i]!
        if (cells.every(isBlank)) continue
        const heading = base.headings && isHeadingRow(cells)
        if (visit({ row: headerIndex + 2 + i, cells, heading }, i + 1) === false) return
      }
    }
  }
}

/** Numbered footnotes in the rows below a table: "3Official production quota. …" (the number set superscript). */
function footnotesBelow(rows: readonly (readonly Cell[])[]): Record<string, string> {
  const found: Record<string, string> = {}
  for (const row of rows) {
    const text = cellText(row.find((c) => !isBlank(c))).trim()
    const m = /^(\d{1,2})\s*([A-Z][\s\S]*)$/.exec(text)
    if (m && !(m[1]! in found)) found[m[1]!] = m[2]!.replace(/\s+/g, ' ').trim()
  }
  return found
}

function pickSheet(sheets: Sheet[], wanted: string | undefined, name: string): Sheet {
  if (wanted !== undefined) {
    const found = sheets.find((s) => s.name === wanted)
    if (!found)
      throw new EngineError('invalid_input', `${name} has no sheet called "${wanted}". Its sheets are: ${sheets.map((s) => `"${s.name}"`).join(', ')}.`)
    return found
  }
  const tableLike = (sheet: Sheet): boolean => sheet.rows.filter((r) => new Set(r.filter((c) => !isBlank(c)).map(cellText)).size >= 2).length >= 2
  return sheets.find(tableLike) ?? sheets[0]!
}

/** Workbooks already parsed, by their bytes: reading another sheet of the same file does not parse it again. */
const parsed = new WeakMap<Uint8Array, Sheet[]>()

async function xlsxSource(bytes: Uint8Array, name: string, read: ReadOptions): Promise<Source> {
  const sheets = parsed.get(bytes) ?? (await readWorkbook(bytes, name))
  parsed.set(bytes, sheets)
  const sheet = pickSheet(sheets, read.sheet, name)
  if (sheet.rows.every((r) => r.every(isBlank))) throw new EngineError('invalid_input', `Sheet "${sheet.name}" of ${name} is empty. Choose another sheet.`)
  const layout = { format: 'xlsx' as const, encoding: null, delimiter: null, decimal: '.' as const, sheets: sheets.map((s) => s.name), sheet: sheet.name }
  return gridSource(name, bytes.length, sheet.rows, sheet.width, layout, read, { comtrade: false, letters: true, headings: true })
}

function jsonSource(text: string, bytes: number, name: string, read: ReadOptions, encoding: FileLayout['encoding']): Source {
  const table = readJsonTable(text, name)
  const grid: Cell[][] = [table.columns, ...table.rows]
  const layout = { format: 'json' as const, encoding, delimiter: null, decimal: '.' as const, sheets: [], sheet: null }
  return gridSource(
    name,
    bytes,
    grid,
    table.columns.length,
    layout,
    { ...read, headerRow: 1, lastRow: undefined },
    { comtrade: table.comtrade, letters: false, headings: false }
  )
}

function csvSource(text: string, bytes: number, name: string, read: ReadOptions, encoding: FileLayout['encoding']): Source {
  if (text.trim() === '') throw new EngineError('invalid_input', `${name} holds no text (only blank lines or spaces), so there is nothing to import.`)
  const delimiter = read.delimiter === 'auto' ? sniffDelimiter(text) : read.delimiter
  const head = headCsv(text, delimiter, 40)
  checkHeaderRow(read.headerRow, head.length, name)
  const grid = head.map((r) => r.fields as Cell[])
  const headerIndex = read.headerRow !== undefined ? read.headerRow - 1 : detectHeaderIndex(grid)
  const header = head[headerIndex]!.fields
  const columns = headerNames(grid, headerIndex, header.length, false)
  const decimal = read.decimal === 'auto' ? sniffDecimal(grid.slice(headerIndex + 1)) : read.decimal
  const lastRow = read.lastRow ?? Number.MAX_SAFE_INTEGER
  let body: string | null = text
  return {
    fileName: name,
    layout: { format: 'csv', encoding, delimiter, decimal, sheets: [], sheet: null, headerRow: headerIndex + 1, lastRow: read.lastRow ?? 0 },
    columns: samplesFor(columns, grid.slice(headerIndex + 1)),
    comtrade: false,
    totalBytes: bytes,
    progressTotal: text.length,
    sample: sampleRows(grid.slice(headerIndex + 1)),
    estimatedRows: estimateRows(text, head),
    release() {
      body = null
    },
    eachRow(visit) {
      if (body === null) throw new Error(`the text of ${name} was let go of`)
      streamCsv(body, delimiter, (rec) => {
        const row = rec.index + 1
        if (row <= headerIndex + 1) return true
        if (row > lastRow) return false
        // a blank line, or a line made only of delimiters (",,,,," left by a spreadsheet): skipped, as blank sheet rows are
        if (!rec.error && rec.fields.every((f) => f.trim() === '')) return true
        const error =
          rec.error ??
          (rec.fields.length !== header.length
            ? `this row has ${rec.fields.length} field${rec.fields.length === 1 ? '' : 's'} where the header has ${header.length}. Check for a missing or extra ${delimiter === '\t' ? 'tab' : `"${delimiter}"`}, or an unquoted one inside a value.`
            : undefined)
        return visit({ row, cells: rec.fields, error }, rec.cursor)
      })
    }
  }
}

/** Rows in a CSV from the average length of its first records. */
function estimateRows(text: string, head: { cursor: number }[]): number {
  const last = head[head.length - 1]
  if (!last || head.length < 2) return head.length
  return Math.round((text.length / last.cursor) * head.length)
}

export function formatOf(bytes: Uint8Array, fileName: string): 'csv' | 'xlsx' | 'json' {
  if (isZip(bytes) || isOldExcel(bytes) || /\.xlsx?$/i.test(fileName)) return 'xlsx'
  let i = 0
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09 || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)
  )
    i++
  if (bytes[i] === 0x7b || bytes[i] === 0x5b || /\.json$/i.test(fileName)) return 'json'
  return 'csv'
}

export async function openSource(bytes: Uint8Array, fileName: string, read: ReadOptions): Promise<Source> {
  if (bytes.length === 0) throw emptyFile(fileName)
  const format = formatOf(bytes, fileName)
  if (format === 'xlsx') return xlsxSource(bytes, fileName, read)
  if (looksBinary(bytes)) {
    throw new EngineError(
      'invalid_input',
      `${fileName} is not a text file (it holds binary data), so it cannot be read as CSV or JSON. Import a CSV, an .xlsx workbook or a JSON file.`
    )
  }
  const decoded = decodeText(bytes, read.encoding)
  if (format === 'json') return jsonSource(decoded.text, bytes.length, fileName, read, decoded.encoding)
  return csvSource(decoded.text, bytes.length, fileName, read, decoded.encoding)
}
