// What a cell pasted from a spreadsheet means for a column: Excel serial dates and day/month/year dates for date
// and year columns, formulas refused where a value is needed (never evaluated), then the shared cell rules.
// Used by the engine's paste; typing in a cell keeps the plain rules of validate.ts.
import type { ColumnDef } from './schema'
import { coerceCell, type Coerced } from './validate'

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** An Excel serial day number (1900 date system) as an ISO date; serial 60 is Excel's non-existent 29 Feb 1900. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466 || Math.floor(serial) === 60) return null
  const whole = Math.floor(serial)
  const days = whole < 60 ? whole + 1 : whole
  return new Date(EXCEL_EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10)
}

type DateReading = { ok: true; iso: string } | { ok: false; message: string } | null

/** "2023-03-15", "2023-03-15 00:00:00", "15/03/2023", "3/15/2023"; null when the text is not date-like at all. */
function readDateText(col: ColumnDef, text: string): DateReading {
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text)
  if (isoLike) {
    const value = iso(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3]))
    return value ? { ok: true, iso: value } : { ok: false, message: `"${text}" is not a real date.` }
  }
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text)
  if (!dmy) return null
  const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
  if (a <= 12 && b <= 12 && a !== b) {
    return { ok: false, message: `"${text}" could be ${a}/${b} as day/month or as month/day. Write it as YYYY-MM-DD for ${col.label}.` }
  }
  const value = a > 12 ? iso(y, b, a) : b > 12 ? iso(y, a, b) : iso(y, b, a)
  return value ? { ok: true, iso: value } : { ok: false, message: `"${text}" is not a real date.` }
}

function pastedDate(col: ColumnDef, text: string): Coerced {
  if (/^\d+(\.\d+)?$/.test(text)) {
    const value = excelSerialToIso(Number(text))
    if (value) return coerceCell(col, value)
  }
  const read = readDateText(col, text)
  if (read?.ok) return coerceCell(col, read.iso)
  if (read) return { ok: false, message: `${read.message} ${col.label} must be a date written YYYY-MM-DD, e.g. 2025-05-27.` }
  return coerceCell(col, text)
}

/** Five-digit whole numbers cannot be years, so in a year column they are Excel dates (10000 is 18 May 1927). */
function pastedYear(col: ColumnDef, text: string): Coerced {
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const value = excelSerialToIso(Number(text))
    if (value) return coerceCell(col, Number(value.slice(0, 4)))
  }
  const read = readDateText(col, text)
  if (read?.ok) return coerceCell(col, Number(read.iso.slice(0, 4)))
  return coerceCell(col, text)
}

const NUMERIC = new Set(['number', 'integer', 'year'])

/** Coerce one pasted cell for a column (references are resolved later by the engine). */
export function coercePasted(col: ColumnDef, raw: string | number | boolean | null): Coerced {
  if (typeof raw !== 'string') return coerceCell(col, raw)
  const text = raw.trim()
  if (/^=[A-Za-z(]/.test(text) && NUMERIC.has(col.type)) {
    return {
      ok: false,
      message: `"${text.slice(0, 60)}" is a spreadsheet formula; Lodestone keeps values, not formulas. Paste the values instead (in Excel: Paste Special, Values).`
    }
  }
  if (col.type === 'date' && !col.readOnly && text !== '') return pastedDate(col, text)
  if (col.type === 'year' && !col.readOnly && text !== '') return pastedYear(col, text)
  return coerceCell(col, raw)
}
