// CSV text -> rows of fields (papaparse), with the delimiter and the decimal mark sniffed from the first lines.
// Rows stream one at a time to a visitor so a 1,000,000-row file never sits in memory as arrays; a malformed
// row (an unclosed quote, a stray quote) comes with a sentence saying what is wrong with it.
import Papa from 'papaparse'
import { DELIMITERS, type Delimiter } from '../../shared/dataFiles'

const SNIFF_LINES = 30

/** Count a delimiter outside double quotes on one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false
  let n = 0
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '"') inQuotes = !inQuotes
    else if (ch === delimiter && !inQuotes) n++
  }
  return n
}

/** The delimiter that splits the first lines into the same number (> 0) of fields most consistently. */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, SNIFF_LINES)
  let best: Delimiter = ','
  let bestScore = 0
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d))
    const mode = modeOf(counts)
    if (mode === 0) continue
    const consistent = counts.filter((c) => c === mode).length
    const score = consistent * 1000 + mode
    if (score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return best
}

function modeOf(values: number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let mode = 0
  let most = 0
  for (const [v, n] of counts) if (n > most || (n === most && v > mode)) [mode, most] = [v, n]
  return mode
}

const COMMA_DECIMAL = /^-?\d{1,3}(\.\d{3})+,\d+$|^-?\d+,\d{1,2}$|^-?\d+,\d{4,}$/
const POINT_DECIMAL = /^-?\d{1,3}(,\d{3})+\.\d+$|^-?\d+\.\d+$/

/** '1.234,5' and '12,5' mean a decimal comma; '1,234.5' and '12.5' a decimal point. Ties go to the point. */
export function sniffDecimal(rows: readonly (readonly unknown[])[]): '.' | ',' {
  let comma = 0
  let point = 0
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue
      const t = cell.trim()
      if (COMMA_DECIMAL.test(t)) comma++
      else if (POINT_DECIMAL.test(t)) point++
    }
  }
  return comma > point ? ',' : '.'
}

export interface CsvRecord {
  /** 0-based record index (the header is a record too). */
  index: number
  fields: string[]
  /** Characters consumed so far, for progress. */
  cursor: number
  /** A sentence when the record is malformed. */
  error?: string
}

function describeError(e: Papa.ParseError): string {
  if (e.code === 'MissingQuotes')
    return 'a quoted field is never closed (a " is missing), so the rest of the file ran into this field. Close the quote or remove it.'
  if (e.code === 'InvalidQuotes') return 'a quoted field has text after its closing quote. Put the whole field in quotes and double any " inside it ("").'
  return e.message
}

const CHUNK_CHARS = 64 * 1024

/** Stream every record to `visit`; return false from it to stop early. */
export function streamCsv(text: string, delimiter: Delimiter, visit: (record: CsvRecord) => boolean | void): void {
  let index = 0
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    // 64 KB at a time: papaparse splits a chunk without quotes into lines at once, which for a whole 50 MB
    // file held a million line strings (about the file's size again) until the end; and a chunk's lines outlive
    // the young generation when the chunk is large (1 MB: 20,000 lines), so they were promoted and the import
    // thread's heap peaked anywhere from 400 to 670 MB in runs of the same 1M-row file (64 KB: 370-380 MB).
    chunkSize: CHUNK_CHARS,
    step: (results, parser) => {
      const fields = results.data
      const error = results.errors.length ? describeError(results.errors[0]!) : undefined
      const keepGoing = visit({ index: index++, fields, cursor: results.meta.cursor, error })
      if (keepGoing === false) parser.abort()
    }
  })
}

/** The first `n` records, for sniffing the layout. */
export function headCsv(text: string, delimiter: Delimiter, n: number): CsvRecord[] {
  const out: CsvRecord[] = []
  streamCsv(text.slice(0, 2 * 1024 * 1024), delimiter, (r) => {
    out.push(r)
    return out.length < n
  })
  return out
}
