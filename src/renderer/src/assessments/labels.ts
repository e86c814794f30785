// Words and glyphs for assessment values, one place for the board, the editor and diffs.
export const TREND_GLYPH: Record<string, string> = { improving: '↘', stable: '→', worsening: '↗' }

export function trendText(trend: string | null): string {
  return trend ? `${TREND_GLYPH[trend] ?? ''} ${trend}`.trim() : 'no trend'
}

export function shortDate(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(d.getTime())) return iso
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: iso.length === 10 ? 'UTC' : undefined })
}

export function dateTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
}

export function valueText(value: number | string | null, unit: string | null): string {
  if (value === null || value === '') return 'no value'
  const v = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : value
  return unit ? `${v} ${unit}` : v
}
