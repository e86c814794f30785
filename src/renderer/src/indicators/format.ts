// Numbers on indicator cards: a few significant digits for small shares (0.00125 %), thousands separators
// for large values, so a card never shows 0 for a tiny number or twenty digits for a big one.
export function formatIndicator(value: number): string {
  const abs = Math.abs(value)
  if (abs !== 0 && abs < 0.01) return value.toPrecision(3).replace(/0+$/, '').replace(/\.$/, '')
  if (abs < 100) return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}
