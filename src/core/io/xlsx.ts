// XLSX workbooks (exceljs) -> a grid of plain cells per sheet: rich text joined, formulas replaced by their
// results, dates as yyyy-mm-dd, error cells as their code (#N/A), merged cells repeating their value.
// Refuses in words what is not an .xlsx (old .xls, a zip of something else, a damaged file).
import type ExcelJS from 'exceljs'
import { EngineError } from '../errors'
import type { Cell } from './layout'

/** exceljs is loaded when a workbook is first read or written: it takes ~180 ms, which a CSV import or a cold start need not pay. */
async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default
}

export interface Sheet {
  name: string
  rows: Cell[][]
  width: number
}

type Raw = ExcelJS.CellValue

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10)
}

export function plainCell(value: Raw): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return isoDate(value)
  const v = value as unknown as Record<string, unknown>
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('')
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainCell((v.result ?? null) as Raw)
  if (typeof v.text === 'string') return v.text
  if (typeof v.error === 'string') return v.error
  return null
}

function sheetGrid(ws: ExcelJS.Worksheet): Sheet {
  const rows: Cell[][] = []
  const width = ws.columnCount
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells: Cell[] = []
    for (let c = 1; c <= width; c++) cells.push(plainCell(row.getCell(c).value))
    rows.push(cells)
  }
  return { name: ws.name, rows, width }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP)
}

export function isOldExcel(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE)
}

export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (isOldExcel(bytes)) {
    throw new EngineError(
      'invalid_input',
      `${fileName} is an old Excel 97-2003 (.xls) workbook, which Lodestone cannot read. Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.`
    )
  }
  const wb = new (await loadExcel()).Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch (e) {
    throw new EngineError(
      'invalid_input',
      `${fileName} could not be read as an Excel workbook (${String((e as Error).message).slice(0, 120)}). It may be damaged or not an .xlsx file; save it again from Excel, or export it as CSV.`
    )
  }
  const sheets = wb.worksheets.map(sheetGrid)
  if (sheets.length === 0) throw new EngineError('invalid_input', `${fileName} has no sheets, so there is nothing to import.`)
  return sheets
}
