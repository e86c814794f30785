// How a figure reads on the page: "more than 160,000 t/yr", "about two-thirds", "20–40 t", "270,000 t REO (est.)".
// Prose and table cells share these rules, so a number looks the same wherever a brief shows it.
import type { Figure } from './data'

const FRACTIONS: [number, string][] = [
  [1 / 2, 'half'],
  [1 / 3, 'one-third'],
  [2 / 3, 'two-thirds'],
  [1 / 4, 'one-quarter'],
  [3 / 4, 'three-quarters']
]

const QUALIFIER_PREFIX: Record<string, string> = { '~': 'about ', '>': 'more than ', '<': 'less than ', '>=': 'at least ', '<=': 'up to ' }
const QUALIFIER_SUFFIX: Record<string, string> = { e: ' (est.)', r: ' (revised)', proj: ' (projected)' }

export function formatNumber(n: number): string {
  const abs = Math.abs(n)
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(n)
}

/** A value with its unit: "90%", "10% per year", "3,000 kg/yr", "two-thirds". */
export function withUnit(value: number, unit: string): string {
  if (unit === 'fraction of world' || unit === 'fraction') {
    const word = FRACTIONS.find(([f]) => Math.abs(f - value) < 0.005)
    return word ? word[1] : `${formatNumber(value * 100)}%`
  }
  if (unit.startsWith('%')) {
    const rest = unit.slice(1).trim()
    return `${formatNumber(value)}%${rest && !rest.startsWith('of ') ? ` ${rest}` : ''}`
  }
  if (Math.abs(value) >= 1_000_000 && /^t\b/.test(unit)) return `${formatNumber(value / 1_000_000)} million ${unit}`
  return `${formatNumber(value)} ${unit}`
}

export function formatValue(f: Pick<Figure, 'value' | 'valueLow' | 'valueHigh' | 'qualifier' | 'unit' | 'valueText'>): string {
  const q = f.qualifier ?? ''
  if (f.value === null) {
    if (f.valueLow !== null && f.valueHigh !== null) {
      const low = withUnit(f.valueLow, f.unit)
      const high = withUnit(f.valueHigh, f.unit)
      const lowNumber = low.replace(/[^\d.,]+$/, '').replace(/%.*$/, '')
      return `${lowNumber}\u2013${high}`
    }
    return f.valueText && f.valueText !== 'NA' ? f.valueText : 'not available'
  }
  return `${QUALIFIER_PREFIX[q] ?? ''}${withUnit(f.value, f.unit)}${QUALIFIER_SUFFIX[q] ?? ''}`
}

/** Compact form for tables: "~90%", ">160,000 t/yr". */
export function formatCell(f: Pick<Figure, 'value' | 'valueLow' | 'valueHigh' | 'qualifier' | 'unit' | 'valueText'>): string {
  const q = f.qualifier ?? ''
  if (f.value === null) return formatValue(f)
  const prefix = ['~', '>', '<', '>=', '<='].includes(q) ? q.replace('>=', '\u2265').replace('<=', '\u2264') : ''
  const suffix = q === 'e' ? ' e' : ''
  const unit = f.unit === 'fraction of world' ? '%' : f.unit
  const value = f.unit === 'fraction of world' ? f.value * 100 : f.value
  return `${prefix}${withUnit(value, unit)}${suffix}`
}

export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100)}%`
}

/** Dates print in the app's one format (src/shared/dates.ts): "27 May 2025", "February 2026", "n.d.". */
export { formatDate } from '../../shared/dates'
