// Values as the starter data prints them -> value, low, high and qualifier; value_text always keeps the original.
// '10000-15000' is a range: value stays empty, low/high hold the ends. 'NA' is no value (qualifier 'NA').
// '2/3' is a fraction: value = 2/3 in the row's own unit ('fraction of world'), so it converts to 66.67 % of world.

export interface ParsedValue {
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  /** Exactly as printed (null only for an empty cell). */
  readonly text: string | null
  /** Qualifier implied by the text ('range', 'NA', '>', '~'), when the text carries one. */
  readonly impliedQualifier: string | null
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`

/** '1,234.5' -> 1234.5; null when it is not a plain number. */
export function parsePlainNumber(raw: string): number | null {
  const t = raw.trim()
  if (!new RegExp(`^[-+]?(?:${NUMBER})(?:[eE][-+]?\\d+)?$`).test(t)) return null
  return Number(t.replace(/,/g, ''))
}

const NA = /^(NA|N\/A|n\.a\.|not available)$/i
const RANGE = new RegExp(`^(${NUMBER})\\s*(?:-|\u2013|\u2014|to)\\s*(${NUMBER})$`)
const FRACTION = /^(\d+)\s*\/\s*(\d+)$/
const BOUND = new RegExp(`^(>=|<=|\u2265|\u2264|>|<|~|c\\.|about)\\s*(-?(?:${NUMBER}))$`, 'i')

const BOUND_QUALIFIER: Readonly<Record<string, string>> = {
  '>=': '>=',
  '<=': '<=',
  '\u2265': '>=',
  '\u2264': '<=',
  '>': '>',
  '<': '<',
  '~': '~',
  'c.': '~',
  about: '~'
}

function result(
  value: number | null,
  text: string | null,
  impliedQualifier: string | null,
  low: number | null = null,
  high: number | null = null
): ParsedValue {
  return { value, low, high, text, impliedQualifier }
}

/** Read one printed value. Never throws: an unreadable value comes back with value null and its text kept. */
export function parseValue(raw: string): ParsedValue {
  const t = raw.trim()
  if (t === '') return result(null, null, null)
  const plain = parsePlainNumber(t)
  if (plain !== null) return result(plain, t, null)
  if (NA.test(t)) return result(null, t, 'NA')
  const range = RANGE.exec(t)
  if (range) {
    const [low, high] = [parsePlainNumber(range[1])!, parsePlainNumber(range[2])!]
    if (low <= high) return result(null, t, 'range', low, high)
  }
  const fraction = FRACTION.exec(t)
  if (fraction && Number(fraction[2]) !== 0) return result(Number(fraction[1]) / Number(fraction[2]), t, null)
  const bound = BOUND.exec(t)
  if (bound) return result(parsePlainNumber(bound[2]), t, BOUND_QUALIFIER[bound[1].toLowerCase()] ?? null)
  return result(null, t, null)
}
