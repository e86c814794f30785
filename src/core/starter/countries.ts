// Country names as the starter data writes them -> ISO 3166 alpha-3 codes (plus WLD, OTH, MUL aggregates),
// and splitting a place such as 'China (imports from Myanmar (Burma))' into a country and a scope.
// An unknown name is an error naming it, so a new starter country is added here rather than guessed.

export type CountryKind = 'country' | 'aggregate' | 'group'

export interface CountryInfo {
  readonly code: string
  readonly name: string
  readonly kind: CountryKind
}

const COUNTRIES: readonly (CountryInfo & { aliases?: readonly string[] })[] = [
  { code: 'WLD', name: 'World', kind: 'aggregate' },
  { code: 'OTH', name: 'Other countries', kind: 'aggregate' },
  { code: 'MUL', name: 'Multiple countries', kind: 'group', aliases: ['multilateral'] },
  { code: 'AUS', name: 'Australia', kind: 'country' },
  { code: 'BDI', name: 'Burundi', kind: 'country' },
  { code: 'BRA', name: 'Brazil', kind: 'country' },
  { code: 'CAN', name: 'Canada', kind: 'country' },
  { code: 'CHN', name: 'China', kind: 'country' },
  { code: 'DEU', name: 'Germany', kind: 'country' },
  { code: 'EST', name: 'Estonia', kind: 'country' },
  { code: 'GRL', name: 'Greenland', kind: 'country' },
  { code: 'HKG', name: 'Hong Kong', kind: 'country' },
  { code: 'IND', name: 'India', kind: 'country' },
  { code: 'JPN', name: 'Japan', kind: 'country' },
  { code: 'KAZ', name: 'Kazakhstan', kind: 'country' },
  { code: 'KGZ', name: 'Kyrgyzstan', kind: 'country' },
  { code: 'KOR', name: 'Republic of Korea', kind: 'country', aliases: ['South Korea', 'Rep. of Korea', 'Korea'] },
  { code: 'LAO', name: 'Laos', kind: 'country', aliases: ["Lao People's Democratic Republic", 'Lao PDR'] },
  { code: 'MDG', name: 'Madagascar', kind: 'country' },
  { code: 'MMR', name: 'Myanmar', kind: 'country', aliases: ['Myanmar (Burma)', 'Burma'] },
  { code: 'MYS', name: 'Malaysia', kind: 'country' },
  { code: 'NGA', name: 'Nigeria', kind: 'country' },
  { code: 'NLD', name: 'Netherlands', kind: 'country' },
  { code: 'RUS', name: 'Russia', kind: 'country', aliases: ['Russian Federation'] },
  { code: 'THA', name: 'Thailand', kind: 'country' },
  { code: 'TJK', name: 'Tajikistan', kind: 'country' },
  { code: 'TKM', name: 'Turkmenistan', kind: 'country' },
  { code: 'TZA', name: 'Tanzania', kind: 'country' },
  { code: 'USA', name: 'United States', kind: 'country', aliases: ['US', 'USA', 'United States of America'] },
  { code: 'UZB', name: 'Uzbekistan', kind: 'country' },
  { code: 'VNM', name: 'Vietnam', kind: 'country', aliases: ['Viet Nam'] },
  { code: 'ZAF', name: 'South Africa', kind: 'country' }
]

const byName = new Map<string, CountryInfo>()
const byCode = new Map<string, CountryInfo>()
for (const { aliases, ...info } of COUNTRIES) {
  byCode.set(info.code, info)
  for (const name of [info.name, ...(aliases ?? [])]) byName.set(name.toLowerCase(), info)
}

/** The country (or aggregate) with this exact name or alias, ignoring case. */
export function countryByName(name: string): CountryInfo | undefined {
  return byName.get(name.trim().toLowerCase())
}

export function countryByCode(code: string): CountryInfo | undefined {
  return byCode.get(code)
}

export interface Place {
  readonly code: string
  /** Company, partner or region detail; null when the text is just the country. */
  readonly scope: string | null
  /** For MUL: the codes of the countries the text names. */
  readonly members?: readonly string[]
}

/** Split on a separator at bracket depth 0 ('Brazil (Serra Verde, Pela Ema)' has no top-level comma). */
export function splitTopLevel(textIn: string, separators: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const ch of textIn) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current.trim())
      current = ''
    } else current += ch
  }
  parts.push(current.trim())
  return parts.filter(Boolean)
}

/** True when the first '(' closes at the very end, so '(a) and (b)' is not unwrapped. */
function balancedInside(t: string): boolean {
  let depth = 0
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++
    if (t[i] === ')') depth--
    if (depth === 0 && i < t.length - 1) return false
  }
  return true
}

/** '(MP Materials)' -> 'MP Materials'; 'total (rounded)' stays as it is. */
function unwrap(rest: string): string {
  const t = rest.trim()
  return t.startsWith('(') && t.endsWith(')') && balancedInside(t) ? t.slice(1, -1).trim() : t
}

function unknown(what: string): Error {
  return new Error(`"${what}" is not a country the starter loader knows; add it to core/starter/countries.ts.`)
}

/**
 * Read a place as the starter data writes it:
 * 'India' -> IND; 'United States (MP Materials)' -> USA + 'MP Materials';
 * 'China (imports from Myanmar (Burma))' -> CHN + 'imports from Myanmar (Burma)';
 * 'World total (rounded)' -> WLD + 'total (rounded)'; 'China, Australia, Myanmar' -> MUL + the text as written.
 */
export function parsePlace(textIn: string): Place {
  const t = textIn.trim().replace(/\s+/g, ' ')
  const exact = countryByName(t)
  if (exact) return { code: exact.code, scope: null }
  const members = splitTopLevel(t.replace(/\s*\(.*\)\s*$/, ''), ',/')
  if (members.length > 1) {
    const codes = members.map((m) => countryByName(m)?.code ?? '')
    const missing = members.find((_, i) => codes[i] === '')
    if (missing !== undefined) throw unknown(missing)
    return { code: 'MUL', scope: t, members: codes }
  }
  const names = [...byName.keys()].filter((n) => t.toLowerCase().startsWith(`${n} `)).sort((a, b) => b.length - a.length)
  const head = names[0]
  if (!head) throw unknown(t)
  return { code: byName.get(head)!.code, scope: unwrap(t.slice(head.length)) || null }
}

/** Country names inside a place or partner list ('Kazakhstan, Kyrgyzstan', 'Myanmar (Burma)'), for country rows. */
export function namesIn(textIn: string): string[] {
  return splitTopLevel(textIn, ',/').map((n) => n.trim())
}

export interface EntityPlace {
  readonly code: string
  /** Everyone else the row names ('Japan'; 'Kazakhstan, Kyrgyzstan, ...'), as written; null when none. */
  readonly partners: string | null
}

/**
 * Read the country column of entities.csv: 'India / Japan' -> IND with partners 'Japan';
 * 'multilateral (US-led)' -> MUL with partners 'multilateral (US-led)'.
 */
export function parseEntityCountry(textIn: string): EntityPlace {
  const t = textIn.trim().replace(/\s+/g, ' ')
  if (/^multilateral\b/i.test(t)) return { code: 'MUL', partners: t }
  const [main, ...rest] = t.split(/\s+\/\s+/)
  const place = parsePlace(main)
  return { code: place.code, partners: rest.length > 0 ? rest.join(' / ') : null }
}
