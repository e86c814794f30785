// Where the table is in a grid of cells: the header row (after titles such as "TABLE 8" or "(Metric tons)"),
// header text from the rows just above it (merged "2021" over "Gross weight" over "(kilograms)"), and the
// last data row before footnotes. Works on the first and last rows only, so it is cheap for any file size.
export type Cell = string | number | boolean | null

const SCAN_ROWS = 30

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  return typeof cell === 'string' ? cell.trim() : String(cell)
}

function distinctFilled(row: readonly Cell[]): number {
  return new Set(row.filter((c) => !isBlank(c)).map((c) => cellText(c))).size
}

function filledCount(row: readonly Cell[]): number {
  let n = 0
  for (const c of row) if (!isBlank(c)) n++
  return n
}

const YEARISH = /^(19|20)\d{2}$/

/** A header cell is text or a year; plain data numbers make a row look like data, not a header. */
function headerLike(row: readonly Cell[]): boolean {
  const filled = row.filter((c) => !isBlank(c))
  const numbers = filled.filter((c) => typeof c === 'number' && !YEARISH.test(String(c))).length
  return numbers <= filled.length / 3
}

function median(values: number[]): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** 0-based index (into `rows`) of the header: the first header-like row about as wide as the rows below it. */
export function detectHeaderIndex(rows: readonly (readonly Cell[])[]): number {
  const limit = Math.min(rows.length, SCAN_ROWS)
  for (let i = 0; i < limit; i++) {
    const distinct = distinctFilled(rows[i]!)
    if (distinct < 1 || !headerLike(rows[i]!)) continue
    const below = rows
      .slice(i + 1, i + 11)
      .map(filledCount)
      .filter((n) => n > 0)
    const typical = Math.max(median(below), 1)
    if (distinct >= Math.max(2, typical * 0.5) || (below.length === 0 && distinct >= 1) || (typical <= 1 && distinct >= 1)) return i
  }
  return 0
}

/** Excel-style letters for a 0-based column index: 0 -> A, 27 -> AB. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** Rows directly above the header that label groups of columns (not titles: a title repeats one text). */
function bandAbove(rows: readonly (readonly Cell[])[], headerIndex: number): (readonly Cell[])[] {
  const band: (readonly Cell[])[] = []
  for (let i = headerIndex - 1; i >= 0 && band.length < 2; i--) {
    const row = rows[i]!
    if (filledCount(row) === 0 || distinctFilled(row) < 2) break
    band.unshift(row)
  }
  return band
}

/**
 * Header names: the header row's text, prefixed by group labels from up to two rows above it; empty headers
 * become "(column C)"; repeated names get " (2)", " (3)".
 */
export function headerNames(rows: readonly (readonly Cell[])[], headerIndex: number, width: number, letters: boolean): string[] {
  const header = rows[headerIndex] ?? []
  const band = bandAbove(rows, headerIndex)
  const seen = new Map<string, number>()
  const names: string[] = []
  for (let c = 0; c < width; c++) {
    const parts = [...band.map((r) => cellText(r[c])), cellText(header[c])].filter((p) => p !== '')
    const joined = parts
      .filter((p, i) => parts.indexOf(p) === i)
      .join(' ')
      .replace(/\s+/g, ' ')
    const base = joined || (letters ? `(column ${columnLetter(c)})` : `(column ${c + 1})`)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    names.push(count === 1 ? base : `${base} (${count})`)
  }
  return names
}

const FOOTNOTE = /^(\d{1,2}|[a-zA-Z]{1,2})[A-Z][a-z]|^(source|sources|note|notes)\b|^[a-z]{1,2}[A-Z][a-z]+\.|^do\.,/i

/** A footnote or title row: one distinct text (often merged across the table), or a single long note. */
export function isNoteRow(row: readonly Cell[]): boolean {
  const distinct = distinctFilled(row)
  if (distinct === 0) return true
  if (distinct > 1) return false
  const text = cellText(row.find((c) => !isBlank(c)) ?? null)
  return typeof row.find((c) => !isBlank(c)) === 'string' && (text.length > 30 || FOOTNOTE.test(text) || filledCount(row) > 1)
}

/** 0-based index of the last data row: trailing blank and footnote rows are left out. */
export function detectLastIndex(rows: readonly (readonly Cell[])[], headerIndex: number): number {
  let last = rows.length - 1
  while (last > headerIndex && isNoteRow(rows[last]!)) last--
  return last
}

/** A section heading inside a table ("Compounds:", "Metals:"): text in one cell only. */
export function isHeadingRow(row: readonly Cell[]): boolean {
  return filledCount(row) === 1 && typeof row.find((c) => !isBlank(c)) === 'string'
}
