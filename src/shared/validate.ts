// Cell validation shared by the engine (authoritative) and the grid (instant feedback).
// Turns what an analyst typed or pasted into the value a column stores, or a sentence saying what is allowed.
// Reference columns are resolved by the engine (it knows the rows); here they only need to look like an id or a name.
import { indicatorLabel, measuresChange } from './indicatorLabels'
import type { ColumnDef } from './schema'
import { parseUnit } from './units'

export type CellValue = string | number | boolean | null
export type Coerced = { ok: true; value: string | number | null } | { ok: false; message: string }

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Where the decimal separator is a comma, say so: "1.234,5" and "1 234,5" and "2,75" are read that way; "1,234"
 * (three digits after one comma) stays a thousands separator, the usual English reading. Returns plain digits.
 */
function normaliseSeparators(text: string): string {
  const sign = /^[-+]/.test(text) ? text[0] : ''
  const body = sign ? text.slice(1) : text
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return sign + body.replace(/,/g, '')
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body)) return sign + body.replace(/\./g, '').replace(',', '.')
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(body)) return sign + body.replace(/\./g, '')
  if (/^\d{1,3}('\d{3})+(\.\d+)?$/.test(body)) return sign + body.replace(/'/g, '')
  if (/^\d+,(\d{1,2}|\d{4,})$/.test(body) || /^\d{4,},\d+$/.test(body) || /^0,\d+$/.test(body)) return sign + body.replace(',', '.')
  return text
}

/**
 * Parse a number as analysts write it: "1,234.5", "1 234", "12%", "1.234,5", "2,75" are fine; "1.2.3" and "abc" are
 * not (NaN); blank is null. "1,234" is one thousand two hundred and thirty-four.
 */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

export function parseNumber(raw: string): number | null {
  if (PLAIN_NUMBER.test(raw)) return Number(raw)
  const text = raw
    .trim()
    .replace(/[\u00a0\u202f ]/g, '')
    .replace(/%$/, '')
  if (text === '') return null
  const normalised = normaliseSeparators(text)
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return Number.NaN
  return Number(normalised)
}

function isBlank(raw: CellValue): boolean {
  return raw === null || (typeof raw === 'string' && raw.trim() === '')
}

function rangeMessage(col: ColumnDef): string {
  if (col.min !== undefined && col.max !== undefined) return `between ${col.min} and ${col.max}`
  if (col.min !== undefined) return col.min === 0 ? 'zero or more' : `at least ${col.min}`
  if (col.max !== undefined) return `at most ${col.max}`
  return ''
}

function coerceNumeric(col: ColumnDef, raw: CellValue): Coerced {
  const n = typeof raw === 'number' ? raw : typeof raw === 'boolean' ? Number.NaN : parseNumber(String(raw))
  const what = col.type === 'year' ? 'a year' : col.type === 'integer' ? 'a whole number' : 'a number'
  const refuse = (problem: string): Coerced => {
    const range = rangeMessage(col)
    return { ok: false, message: `${problem} ${col.label} must be ${what}${range ? ` ${range}` : ''}.` }
  }
  if (n === null || Number.isNaN(n) || !Number.isFinite(n)) return refuse(`"${String(raw)}" is not ${what}.`)
  if ((col.type === 'integer' || col.type === 'year') && !Number.isInteger(n)) return refuse(`${n} is not ${what}.`)
  if (col.type === 'year' && (n < 1000 || n > 9999)) return refuse(`${n} is not a four-digit year.`)
  if ((col.min !== undefined && n < col.min) || (col.max !== undefined && n > col.max)) return refuse(`${n} is out of range.`)
  return { ok: true, value: n }
}

function coerceDate(col: ColumnDef, raw: CellValue): Coerced {
  const text = String(raw).trim()
  const m = DATE_RE.exec(text)
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) {
    return { ok: false, message: `"${text}" is not a date. ${col.label} must be a date written YYYY-MM-DD, e.g. 2025-05-27.` }
  }
  return { ok: true, value: text }
}

function coerceBool(col: ColumnDef, raw: CellValue): Coerced {
  if (typeof raw === 'boolean') return { ok: true, value: raw ? 1 : 0 }
  if (raw === 1 || raw === 0) return { ok: true, value: raw }
  const text = String(raw).trim().toLowerCase()
  if (['true', 'yes', 'y', '1', 'x'].includes(text)) return { ok: true, value: 1 }
  if (['false', 'no', 'n', '0'].includes(text)) return { ok: true, value: 0 }
  return { ok: false, message: `"${String(raw)}" is not yes or no. ${col.label} takes yes or no.` }
}

function coerceEnum(col: ColumnDef, raw: CellValue): Coerced {
  const text = String(raw).trim()
  const values = col.enumValues ?? []
  const match = values.find((v) => v.toLowerCase() === text.toLowerCase())
  if (match === undefined) {
    const shown = values.filter((v) => v !== '').map((v) => `"${v}"`)
    return { ok: false, message: `"${text}" is not allowed in ${col.label}. Choose one of ${shown.join(', ')}.` }
  }
  return { ok: true, value: match }
}

/**
 * Coerce one cell. Blank becomes null (refused when the column is required).
 * `ref` values pass through as an integer id or trimmed text for the engine to resolve.
 */
export function coerceCell(col: ColumnDef, raw: CellValue | undefined): Coerced {
  if (col.readOnly) return { ok: false, message: `${col.label} is read-only.` }
  if (raw === undefined || isBlank(raw)) {
    if (col.required) return { ok: false, message: `${col.label} is required and cannot be empty.` }
    return { ok: true, value: col.type === 'enum' && col.enumValues?.includes('') ? '' : null }
  }
  switch (col.type) {
    case 'number':
    case 'integer':
    case 'year':
      return coerceNumeric(col, raw)
    case 'date':
      return coerceDate(col, raw)
    case 'bool':
      return coerceBool(col, raw)
    case 'enum':
      return coerceEnum(col, raw)
    case 'ref':
      if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? { ok: true, value: raw } : { ok: false, message: `${raw} is not a row id.` }
      return { ok: true, value: String(raw).trim() }
    case 'text':
    case 'longtext':
      return { ok: true, value: typeof raw === 'string' ? raw : String(raw) }
  }
}

/** What a figure's value is checked against besides its column: its unit and indicator (codes as stored). */
export interface FigureContext {
  unit: string | null | undefined
  indicator: string | null | undefined
}

function shareWords(value: number, unit: string): string {
  return unit.startsWith('fraction') ? `${value} (${value * 100}%)` : `${value}${unit.startsWith('%') ? '%' : ` ${unit}`}`
}

/**
 * A share must lie between 0 and 100 % (a fraction between 0 and 1) unless its indicator measures growth or change
 * (import_cagr, export_quota_change): "-5 %" or "250 %" of world output is a typing slip, not a figure. Growth-rate and
 * change units ("% per year", "% change") are not shares and pass. Checks a value, a range's low or high alike.
 */
export function checkFigureValue(value: number | null | undefined, figure: FigureContext, label = 'Value'): Coerced {
  if (value === null || value === undefined || !figure.unit) return { ok: true, value: value ?? null }
  const unit = parseUnit(figure.unit)
  if (unit.dimension !== 'share' || unit.scale === null || measuresChange(figure.indicator ?? '')) return { ok: true, value }
  const percent = value * unit.scale
  if (percent >= 0 && percent <= 100 + 1e-9) return { ok: true, value }
  const limit = unit.code.startsWith('fraction') ? 'between 0 and 1' : 'between 0 and 100'
  const indicator = figure.indicator ? `${indicatorLabel(figure.indicator)} is a share of a whole` : 'A share is part of a whole'
  return {
    ok: false,
    message: `${shareWords(value, unit.code)} is not a share: ${label} in ${unit.code} must be ${limit}. ${indicator}, not a growth rate: check the number, or file a growth rate under a growth or change indicator (unit "% per year" or "% change").`
  }
}
