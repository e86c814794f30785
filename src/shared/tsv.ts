// Tab-separated blocks as spreadsheets put them on the clipboard (Excel, LibreOffice, Google Sheets): cells split
// by tabs, rows by CRLF or LF, a cell holding a tab, a newline or a leading quote wrapped in double quotes with
// inner quotes doubled. parse(format(block)) returns the block; text is never evaluated (a formula stays text).

/** A block of cells, row by row. Rows may differ in length (a "ragged" paste). */
export type Block = string[][]

function needsQuotes(cell: string, delimiter: string): boolean {
  return cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r') || cell.startsWith('"')
}

function quoteCell(cell: string, delimiter: string): string {
  return needsQuotes(cell, delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** A block as text: one line per row, CRLF after each row (as Excel writes it). An empty block is "". */
export function formatDelimited(block: Block, delimiter = '\t'): string {
  return block.map((row) => `${row.map((cell) => quoteCell(cell, delimiter)).join(delimiter)}\r\n`).join('')
}

export function formatTsv(block: Block): string {
  return formatDelimited(block, '\t')
}

function isRowEnd(text: string, i: number): boolean {
  return text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n') || text[i] === '\r'
}

function rowEndLength(text: string, i: number): number {
  return text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
}

/** A quoted cell starting at `start` (on its opening quote): its value and where it ends, or null when it is not well formed. */
function readQuoted(text: string, start: number, delimiter: string): { value: string; end: number } | null {
  let value = ''
  let i = start + 1
  for (;;) {
    const quote = text.indexOf('"', i)
    if (quote < 0) return null
    value += text.slice(i, quote)
    if (text[quote + 1] === '"') {
      value += '"'
      i = quote + 2
      continue
    }
    const after = quote + 1
    if (after === text.length || text[after] === delimiter || isRowEnd(text, after)) return { value, end: after }
    return null
  }
}

/** An unquoted cell: everything up to the next delimiter or line end. */
function readPlain(text: string, start: number, delimiter: string): { value: string; end: number } {
  let i = start
  while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i += 1
  return { value: text.slice(start, i), end: i }
}

/** Drop the one line break a spreadsheet puts after its last row. */
function withoutFinalBreak(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2)
  if (text.endsWith('\n') || text.endsWith('\r')) return text.slice(0, -1)
  return text
}

/**
 * Parse delimited text into a block. A cell that opens with a quote but is not a well-formed quoted cell
 * (no closing quote, or text after it) is read literally, quotes included, rather than swallowing later rows.
 */
export function parseDelimited(raw: string, delimiter = '\t'): Block {
  if (raw === '') return []
  const text = withoutFinalBreak(raw)
  const block: Block = []
  let row: string[] = []
  let i = 0
  for (;;) {
    const cell = (text[i] === '"' ? readQuoted(text, i, delimiter) : null) ?? readPlain(text, i, delimiter)
    row.push(cell.value)
    i = cell.end
    if (i >= text.length) break
    if (text[i] === delimiter) {
      i += 1
      continue
    }
    block.push(row)
    row = []
    i += rowEndLength(text, i)
  }
  block.push(row)
  return block
}

export function parseTsv(text: string): Block {
  return parseDelimited(text, '\t')
}

export function parseCsv(text: string): Block {
  return parseDelimited(text, ',')
}

/** The widest row of a block (a ragged block's shorter rows leave the rest of their cells untouched). */
export function blockWidth(block: Block): number {
  return block.reduce((w, row) => Math.max(w, row.length), 0)
}

/** Counts the cells of a block. */
export function cellCount(block: Block): number {
  return block.reduce((n, row) => n + row.length, 0)
}
