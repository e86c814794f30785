// Figures (observations) as statistical tables print them: "270,000", ">95" (a bound), "50–300" (a range),
// "NA", and codes for no value ("W" withheld, "--" none, "XX" not applicable) kept as published; a mapping whose
// source's legend says a dash is zero (mapping.dash) reads dashes as 0.
// Flags beside a value ("e", "r", a footnote number) become the qualifier or a note; period and year fill each
// other; the basis defaults to the unit's own.
import { QUALIFIERS } from '../../shared/schema'
import { parseValue } from '../starter/values'
import type { CellValue } from '../../shared/validate'
import type { Converted } from './converted'
import type { Plan } from './plan'
import type { Mapping } from '../../shared/dataFiles'
import type { RefResolver } from './refs'

interface Raw {
  value: CellValue | undefined
  column: string | null
}

/** Printed codes that mean "no number here": kept in value_text, with qualifier NA. */
const NO_VALUE = new Set(['na', 'n.a.', 'n/a', 'w', 'e', 'xx', '--', '-', '—', '–', 's', '(d)', 'nil'])
/** Dashes, which a source's legend may define as zero instead (mapping.dash). */
const DASHES = new Set(['--', '-', '—', '–'])
const FLAG_WORDS: Readonly<Record<string, string>> = { estimated: 'e', estimate: 'e', revised: 'r', approximately: '~', projected: 'proj', projection: 'proj' }

function normaliseDecimal(text: string, decimal: '.' | ','): string {
  if (decimal === '.' || !/\d,\d/.test(text)) return text
  return text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\.(?=\d{3}(\D|$))/g, '')
    .replace(/,/g, '.')
}

function appendNote(rec: Converted, note: string): void {
  const current = rec.values.note
  rec.values.note = typeof current === 'string' && current.trim() !== '' ? `${current} ${note}` : note
  rec.display.note = rec.values.note
}

function problem(rec: Converted, field: string, raw: Raw | undefined, message: string): void {
  rec.problems.push({ field, column: raw?.column ?? null, message, value: raw?.value === undefined || raw.value === null ? undefined : String(raw.value) })
}

function setValue(rec: Converted, raw: Raw, decimal: '.' | ',', dash: Mapping['dash']): string | null {
  const v = raw.value
  if (v === undefined) return null
  if (v === null || (typeof v === 'string' && v.trim() === '')) {
    Object.assign(rec.values, { value: null, value_text: null })
    return null
  }
  if (typeof v === 'number') {
    Object.assign(rec.values, { value: v, value_low: null, value_high: null, value_text: String(v) })
    rec.display.value = v
    return null
  }
  const text = String(v).trim()
  if (dash === 'zero' && DASHES.has(text)) {
    Object.assign(rec.values, { value: 0, value_low: null, value_high: null, value_text: text })
    rec.display.value = 0
    return ''
  }
  const parsed = parseValue(normaliseDecimal(text, decimal))
  const readable = parsed.value !== null || parsed.low !== null || parsed.impliedQualifier !== null
  if (!readable && !NO_VALUE.has(text.toLowerCase())) {
    problem(rec, 'value', raw, `"${text}" is not a number. Value takes a number (1,234.5), a range (10-20), a bound (>95), or a code for no value (NA, W, --).`)
    rec.display.value = text
    return null
  }
  Object.assign(rec.values, { value: parsed.value, value_low: parsed.low, value_high: parsed.high, value_text: text })
  rec.display.value = parsed.value ?? text
  return readable ? parsed.impliedQualifier : 'NA'
}

/** "Footnote 3: Official production quota. …" when the table's footnotes were read, else "Footnote 3 in the source." */
function footnoteNote(n: string, footnotes: Readonly<Record<string, string>>): string {
  const text = footnotes[n]
  return text ? `Footnote ${n}: ${text}` : `Footnote ${n} in the source.`
}

function setQualifier(rec: Converted, raw: Raw | undefined, implied: string | null, readValue: boolean, footnotes: Readonly<Record<string, string>>): void {
  const text = raw?.value === undefined || raw.value === null ? '' : String(raw.value).trim()
  for (const n of rec.marks?.footnotes ?? []) appendNote(rec, footnoteNote(n, footnotes))
  if (text === '' && rec.marks?.marker && implied === null) {
    rec.values.qualifier = rec.marks.marker
    rec.display.qualifier = rec.marks.marker
    return
  }
  if (text === '') {
    // A value cell read says what the qualifier is even with no qualifier column: a plain number has none, so a
    // figure re-imported as 2,900 where it was NA loses its NA (the preview counts it updated).
    if (raw !== undefined || implied !== null || readValue) rec.values.qualifier = implied ?? ''
    rec.display.qualifier = rec.values.qualifier ?? null
    return
  }
  if (/^\d{1,2}$/.test(text)) {
    appendNote(rec, footnoteNote(text, footnotes))
    rec.values.qualifier = implied ?? ''
    return
  }
  const word = FLAG_WORDS[text.toLowerCase().replace(/\.$/, '')] ?? text
  const match = QUALIFIERS.find((q) => q.toLowerCase() === word.toLowerCase())
  if (match === undefined) {
    problem(rec, 'qualifier', raw, `"${text}" is not a qualifier. Qualifier takes one of e (estimated), r (revised), ~, >, <, >=, <=, range, proj or NA.`)
    return
  }
  rec.values.qualifier = match
  rec.display.qualifier = match
}

/** Value, low, high, as-published text and qualifier of a figure from its printed value and flag. */
export function figureValue(
  rec: Converted,
  value: Raw | undefined,
  qualifier: Raw | undefined,
  decimal: '.' | ',',
  dash?: Mapping['dash'],
  footnotes: Readonly<Record<string, string>> = {}
): void {
  const implied = value ? setValue(rec, value, decimal, dash) : null
  const readValue = value !== undefined && value.value !== undefined && value.value !== null && String(value.value).trim() !== ''
  setQualifier(rec, qualifier, implied, readValue && !rec.problems.some((p) => p.field === 'value'), footnotes)
}

const YEAR_IN = /\b(19|20)\d{2}\b/

/** Period from year and back; basis from the unit when the file gives none. */
export function deriveFigure(rec: Converted, plan: Plan, resolver: RefResolver): void {
  const v = rec.values
  if ((v.period === undefined || v.period === null) && typeof v.year === 'number') {
    v.period = String(v.year)
    rec.display.period = v.period
  }
  if ((v.year === undefined || v.year === null) && typeof v.period === 'string') {
    const m = YEAR_IN.exec(v.period)
    if (m) {
      v.year = Number(m[0])
      rec.display.year = v.year
    }
  }
  const basisMapped = plan.fields.some((f) => f.col.name === 'basis')
  if (!basisMapped && typeof v.unit_id === 'number') {
    v.basis = resolver.unitBasis(v.unit_id) ?? 'not stated'
    rec.display.basis = v.basis
  }
}
