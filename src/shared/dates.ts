// Dates as Lodestone shows them: one format everywhere (brief, cards, inspector, history), from the stored ISO forms
// (yyyy, yyyy-mm, yyyy-mm-dd, yyyy-yyyy spans, timestamps) in the given locale; "n.d." for undated. Also splits a
// source's date field into the bibliographic date and any note an analyst left in it ("year not shown; likely 2024").
// Pure: Intl only, no node or DOM.

export const DEFAULT_LOCALE = 'en-GB'

export interface DateFormat {
  /** BCP 47 locale; the app passes the user's, briefs print en-GB (day month year, month in words). */
  locale?: string
  /** 'long' prints "28 November 2025" (briefs, cards), 'short' "28 Nov 2025" (narrow cells). */
  month?: 'long' | 'short'
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/
const YEAR = /^\d{4}$/
const SPAN = /^(\d{4})\s*[-\u2013/]\s*(\d{4})$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const UNDATED = /^n\.?\s?d\.?$/i

function validDay(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null
}

function intl(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
  } catch {
    return new Intl.DateTimeFormat(DEFAULT_LOCALE, { timeZone: 'UTC', ...options })
  }
}

/**
 * "27 May 2025" from 2025-05-27, "May 2025" from 2025-05, "2025" from 2025, "2021–2024" from 2021-2024, the local
 * day of a timestamp, "n.d." for undated; any other text is returned as given (never guessed at).
 */
export function formatDate(text: string | null | undefined, format: DateFormat = {}): string {
  const raw = (text ?? '').trim()
  if (!raw || UNDATED.test(raw)) return 'n.d.'
  const locale = format.locale ?? DEFAULT_LOCALE
  const month = format.month ?? 'long'
  let m = FULL.exec(raw)
  if (m) {
    const d = validDay(Number(m[1]), Number(m[2]), Number(m[3]))
    return d ? intl(locale, { day: 'numeric', month, year: 'numeric' }).format(d) : raw
  }
  m = MONTH.exec(raw)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return intl(locale, { month, year: 'numeric' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)))
  if (YEAR.test(raw)) return raw
  m = SPAN.exec(raw)
  if (m) return `${m[1]}\u2013${m[2]}`
  if (TIMESTAMP.test(raw)) {
    const d = new Date(raw)
    if (!Number.isNaN(d.getTime())) return new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric' }).format(d)
  }
  return raw
}

/** A timestamp with its local time: "28 November 2025, 14:03". */
export function formatDateTime(iso: string, format: DateFormat = {}): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const locale = format.locale ?? DEFAULT_LOCALE
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: format.month ?? 'long', year: 'numeric' }).format(d)
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(d)
  return `${day}, ${time}`
}

/** True when the text is a date form formatDate understands (what a bibliographic date may hold). */
export function isDateForm(text: string): boolean {
  const t = text.trim()
  return FULL.test(t) || MONTH.test(t) || YEAR.test(t) || SPAN.test(t) || UNDATED.test(t)
}

export interface SourceDate {
  /** The bibliographic date: yyyy, yyyy-mm, yyyy-mm-dd, a span yyyy-yyyy, or 'n.d.'; null when the field was empty. */
  date: string | null
  /** What else the field said (a guess, a retrieval note, an edition remark): for the analyst, never printed. */
  note: string | null
}

/**
 * Split a source's date field as sources.csv holds it: "2025-05-27" stays a date; "2026-02 (v1.3 reposted …)" is
 * the date 2026-02 and a note; "April 24 (year not shown in excerpt; likely 2024)" or "retrieved 2026-07-10 by …"
 * has no bibliographic date ("n.d.") and the whole field becomes the note. Nothing is lost: the note keeps the text.
 */
export function splitSourceDate(field: string | null | undefined): SourceDate {
  const raw = (field ?? '').trim().replace(/\s+/g, ' ')
  if (!raw) return { date: null, note: null }
  const paren = /^(.*?)\s*\((.*)\)$/.exec(raw)
  const main = (paren ? paren[1] : raw).trim()
  if (isDateForm(main)) {
    const span = SPAN.exec(main)
    const date = UNDATED.test(main) ? 'n.d.' : span ? `${span[1]}-${span[2]}` : main
    return { date, note: paren ? raw : null }
  }
  return { date: 'n.d.', note: raw }
}

/** The date a brief prints for a source: the bibliographic part of the stored field, formatted; "n.d." when none. */
export function bibliographicDate(field: string | null | undefined, format: DateFormat = {}): string {
  return formatDate(splitSourceDate(field).date, format)
}
