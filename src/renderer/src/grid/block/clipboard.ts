// The clipboard's side of copy and paste: a block of the grid as TSV (what Excel and Sheets paste), and what
// came in on a paste read as cells, or refused in words when it is not cells (HTML only, a file, binary data).
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { ScaleChoice } from '../../../../shared/displayUnits'
import { columnDef, type TableName } from '../../../../shared/schema'
import { formatTsv, parseCsv, parseTsv, type Block as Cells } from '../../../../shared/tsv'
import { copyText } from '../cellText'
import { rowsAt } from '../gridView'
import type { Rect } from './range'

export type ClipboardCells = { ok: true; block: Cells } | { ok: false; message: string }

/** Control characters other than tab, line feed and carriage return mean binary data, not text. */
function looksBinary(text: string): boolean {
  let odd = 0
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i)
    if (c === 0) return true
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) odd += 1
  }
  return odd > 0 && odd / sample.length > 0.01
}

/** What a paste brought, as cells: tab-separated text (or CSV when the source says it is CSV). */
export function readClipboard(data: DataTransfer | null): ClipboardCells {
  if (!data) return { ok: false, message: 'Nothing came from the clipboard. Copy the cells again and paste.' }
  const types = Array.from(data.types)
  const text = data.getData('text/plain')
  if (!text && (data.files.length > 0 || types.includes('Files'))) {
    return {
      ok: false,
      message: 'The clipboard holds a file or an image, not cells, so nothing was pasted. Copy cells from a spreadsheet, or bring the file in with Import.'
    }
  }
  if (!text && types.includes('text/html')) {
    return {
      ok: false,
      message:
        'The clipboard holds formatted text (HTML) without plain cells, so nothing was pasted. Copy the cells from the spreadsheet itself, or paste as plain text.'
    }
  }
  if (!text) return { ok: false, message: 'The clipboard is empty, so nothing was pasted.' }
  return readText(text, types.includes('text/csv') ? data.getData('text/csv') : '')
}

export function readText(text: string, csv = ''): ClipboardCells {
  if (looksBinary(text)) return { ok: false, message: 'The clipboard holds binary data, not cells, so nothing was pasted.' }
  const block = csv && !text.includes('\t') ? parseCsv(csv) : parseTsv(text)
  return block.length ? { ok: true, block } : { ok: false, message: 'The clipboard is empty, so nothing was pasted.' }
}

function textOf(table: TableName, rows: Row[], cols: string[], scales: Record<string, ScaleChoice>): string {
  const defs = cols.map((c) => columnDef(table, c))
  return formatTsv(rows.map((row) => defs.map((col) => (col ? copyText(col, row, scales[col.name]) : ''))))
}

/** The block as TSV when all its rows are loaded (so a copy event can answer at once), else null. */
export function blockTextNow(api: GridApi<Row>, table: TableName, rect: Rect, scales: Record<string, ScaleChoice>): string | null {
  const rows: Row[] = []
  for (let i = rect.top; i <= rect.bottom; i += 1) {
    const data = api.getDisplayedRowAtIndex(i)?.data
    if (!data) return null
    rows.push(data)
  }
  return textOf(table, rows, rect.cols, scales)
}

/** The block as TSV, fetching rows that are not loaded. */
export async function blockText(api: GridApi<Row>, table: TableName, rect: Rect, scales: Record<string, ScaleChoice>): Promise<string> {
  return textOf(table, await rowsAt(api, table, rect.top, rect.bottom), rect.cols, scales)
}
