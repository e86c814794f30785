// Periods as the starter data prints them ('2023', 'FY2024-25', '2021-2024', '2024 Q3', 'n.s.') -> a kind from
// PERIOD_KINDS and the calendar year the figure is filed under (start year for spans and fiscal years; null when
// the source gives no period). The period text itself is always kept as printed.
import type { PERIOD_KINDS } from '../../shared/schema'

export type PeriodKind = (typeof PERIOD_KINDS)[number]

export interface ParsedPeriod {
  readonly kind: PeriodKind
  readonly year: number | null
}

/** Which fiscal year 'FY2024-25' means when the text does not say: India's (Apr-Mar) or Australia's (Jul-Jun). */
export type FiscalConvention = 'india' | 'jul-jun'

const FY = /^FY\s?(\d{4})(?:[-/](\d{2,4}))?/i

function fiscalKind(text: string, convention: FiscalConvention): PeriodKind {
  if (/jul(y)?\s*-\s*jun/i.test(text)) return 'fiscal year (Jul-Jun)'
  if (/apr(il)?\s*-\s*mar/i.test(text)) return 'fiscal year (India, Apr-Mar)'
  return convention === 'jul-jun' ? 'fiscal year (Jul-Jun)' : 'fiscal year (India, Apr-Mar)'
}

function fiscal(text: string, convention: FiscalConvention): ParsedPeriod | undefined {
  const m = FY.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const rest = text.slice(m[0].length).trim()
  if (/^to\s+FY/i.test(rest)) return { kind: 'span of years', year }
  if (/^H[12]\b/i.test(rest)) return { kind: 'half year', year: halfYearStart(rest, year) }
  if (/^Q[1-4]\b/i.test(rest)) return { kind: 'quarter', year }
  return { kind: fiscalKind(rest, convention), year }
}

/** 'H1 (Apr-Sep 2025)' names its calendar year; otherwise the fiscal start year. */
function halfYearStart(rest: string, fyStart: number): number {
  const inside = /\((?:[A-Za-z]+\s*-\s*[A-Za-z]+\s+)?(\d{4})\)/.exec(rest)
  return inside ? Number(inside[1]) : fyStart
}

/** Read a period. `convention` says which fiscal year a bare 'FY2024-25' is (default India's). */
export function parsePeriod(raw: string, convention: FiscalConvention = 'india'): ParsedPeriod {
  const t = raw.trim()
  if (t === '' || /^(n\.?s\.?|not stated|n\.?d\.?)(\s|\(|$)/i.test(t) || /^as published\b/i.test(t)) return { kind: 'not stated', year: null }
  const fy = fiscal(t, convention)
  if (fy) return fy
  let m = /^(\d{4})\s*[-\u2013]\s*(\d{4})\b/.exec(t)
  if (m) return { kind: 'span of years', year: Number(m[1]) }
  m = /^(\d{4})\s*[-/]\s*(\d{2})(?:[-/]\d{2})?$/.exec(t)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { kind: 'month or date', year: Number(m[1]) }
  if (m && Number(m[2]) === (Number(m[1]) + 1) % 100) return { kind: 'span of years', year: Number(m[1]) }
  m = /^(\d{4})\s+Q[1-4]\b/i.exec(t) ?? /^Q[1-4]\s+(\d{4})\b/i.exec(t)
  if (m) return { kind: 'quarter', year: Number(m[1]) }
  m = /^(\d{4})\s+H[12]\b/i.exec(t) ?? /^H[12]\s+(\d{4})\b/i.exec(t)
  if (m) return { kind: 'half year', year: Number(m[1]) }
  m = /^(\d{4})\b(.*)$/.exec(t)
  if (m) return { kind: /\bas of\b/i.test(m[2]) ? 'month or date' : 'calendar year', year: Number(m[1]) }
  return { kind: 'not stated', year: null }
}
