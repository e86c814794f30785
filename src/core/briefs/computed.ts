// Numbers a brief computes from cited figures (a share of a world total): which way a bound carries through a
// division (6.9 Mt of ">90 Mt" is "at most 7.7%"), how many digits the inputs' precision allows (6.9 and 90
// give two, never 7.67), and the words that print it. Pure: no database, no React.

/** What a figure's qualifier says about its value: a lower bound ('>' '>='), an upper bound ('<' '<='), approximate ('~'). */
export type Bound = 'exact' | 'about' | 'lower' | 'upper'

export function boundOf(qualifier: string | null | undefined): Bound {
  switch ((qualifier ?? '').trim()) {
    case '>':
    case '>=':
      return 'lower'
    case '<':
    case '<=':
      return 'upper'
    case '~':
      return 'about'
    default:
      return 'exact'
  }
}

/**
 * The bound of top / bottom. A lower bound on top gives a lower bound; a lower bound below gives an upper one
 * (dividing by more than 90 gives less than the quotient). Bounds pulling both ways leave nothing to say: null.
 */
export function ratioBound(top: Bound, bottom: Bound): Bound | null {
  const pulls = new Set<number>()
  if (top === 'lower' || bottom === 'upper') pulls.add(1)
  if (top === 'upper' || bottom === 'lower') pulls.add(-1)
  if (pulls.size === 2) return null
  if (pulls.has(1)) return 'lower'
  if (pulls.has(-1)) return 'upper'
  return top === 'about' || bottom === 'about' ? 'about' : 'exact'
}

/**
 * Significant digits of a value as published: 6.9 -> 2, 90,000,000 -> 1 (trailing zeros of a whole number are
 * taken as rounding), 0.0250 -> 3, 2,900 -> 2. The published text is used when it holds the number.
 */
export function significantDigits(value: number, published?: string | null): number {
  const printed = (published ?? '').replace(/[,\s]/g, '')
  const text = /^-?\d+(\.\d+)?$/.test(printed) ? printed : String(Math.abs(value))
  if (/e/i.test(text)) return 15
  const digits = text.replace(/^-/, '')
  if (digits.includes('.')) {
    const all = digits.replace('.', '').replace(/^0+/, '')
    return Math.max(1, all.length)
  }
  const whole = digits.replace(/^0+/, '').replace(/0+$/, '')
  return Math.max(1, whole.length)
}

/** Digits a computed number may show: the fewest of its inputs, but at least two (one digit hides too much). */
export function computedPrecision(inputs: readonly { value: number; published?: string | null }[]): number {
  return Math.max(2, Math.min(...inputs.map((i) => significantDigits(i.value, i.published))))
}

const BOUND_WORDS: Record<Bound, string> = { exact: '', about: 'about ', lower: 'at least ', upper: 'at most ' }

/** "at most 7.7%", "69%", "about 12%": a ratio as a percentage, rounded to `digits` significant digits. */
export function formatComputedPercent(ratio: number, digits: number, bound: Bound): string {
  const percent = ratio * 100
  const rounded = Number(percent.toPrecision(digits))
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(rounded) || 1)))
  const text = new Intl.NumberFormat('en-GB', { maximumFractionDigits: Math.min(decimals, 6) }).format(rounded)
  return `${BOUND_WORDS[bound]}${text}%`
}
