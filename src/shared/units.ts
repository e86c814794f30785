// Units as sources print them ('t REO', 'USD (CIF)', 'INR crore', '% of world', 't/yr NdPr'): parsing into
// dimension, scale to the dimension's base unit and basis, and conversions that refuse, in words, to cross
// dimensions, bases, currencies or denominators. Pure TS: no node, electron or DOM imports.
import * as currencyCodes from 'currency-codes'
import type { DIMENSIONS } from './schema'
import { basisFromWords, massRatio, type Basis, type BasisWords } from './unitWords'

export type Dimension = (typeof DIMENSIONS)[number]
export type { Basis }

export interface ParsedUnit {
  /** The unit as given, trimmed, with runs of spaces collapsed. */
  readonly code: string
  /** False when Lodestone cannot read the unit (dimension 'other', scale null). */
  readonly known: boolean
  readonly dimension: Dimension
  /** Multiply by this to reach the dimension's base unit (BASE_UNITS); null when that needs an exchange rate. */
  readonly scale: number | null
  /** What the figure is a quantity of; 'not stated' when the unit does not say (plain 't', 'kg'). */
  readonly basis: Basis
  /** True when the unit text itself names the basis ('t REO' does, 't' does not). */
  readonly basisStated: boolean
  /** What is weighed or counted, as the unit names it: 'REO', 'Y2O3', 'NdPr', 'monazite', 'ore', 'magnets'. */
  readonly substance?: string
  /** For shares and counts: what the whole is ('world', 'apparent consumption', 'total REO', '17'). */
  readonly denominator?: string
  /** ISO 4217 code for money ('USD', 'INR'). */
  readonly currency?: string
  /** Multiply by this to reach whole units of `currency` (INR crore: 1e7 rupees); for prices, per kg. */
  readonly currencyScale?: number
  /** Delivery terms of a trade value. */
  readonly terms?: 'CIF' | 'FOB'
  /** Bracketed words the parser keeps but does not interpret ('top 3 combined', 'estimated'). */
  readonly remark?: string
}

/** The base unit of each dimension: scale converts to these. */
export const BASE_UNITS: Readonly<Record<Dimension, string>> = {
  mass: 'kg',
  'mass per year': 'kg/yr',
  currency: 'USD',
  price: 'USD/kg',
  share: '%',
  count: 'count',
  ratio: '%',
  'growth rate': '%/yr',
  other: ''
}

const MASS: Readonly<Record<string, number>> = { g: 1e-3, kg: 1, t: 1e3, tonne: 1e3, tonnes: 1e3, kt: 1e6, Mt: 1e9, Gt: 1e12 }
const PER_KG: Readonly<Record<string, number>> = { g: 1000, kg: 1, t: 1e-3, lb: 1 / 0.45359237 }
const MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, lakh: 1e5, million: 1e6, mn: 1e6, crore: 1e7, billion: 1e9, bn: 1e9 }
const CURRENCIES: Readonly<Record<string, string>> = {
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  inr: 'INR',
  rs: 'INR',
  'rs.': 'INR',
  eur: 'EUR',
  cny: 'CNY',
  rmb: 'CNY',
  aud: 'AUD',
  jpy: 'JPY'
}

/** A currency by its ISO 4217 code (every code, from currency-codes), or a common spelling ('US$', 'Rs'). */
function currencyOf(word: string): string | undefined {
  const listed = CURRENCIES[word.toLowerCase()]
  if (listed) return listed
  return /^[A-Za-z]{3}$/.test(word) ? currencyCodes.code(word.toUpperCase())?.code : undefined
}

/** Split 'USD (CIF)' into the body and its trailing bracketed groups ('per year, estimated' etc.). */
function splitBrackets(text: string): { body: string; groups: string[] } {
  let body = text
  const groups: string[] = []
  while (body.endsWith(')')) {
    let depth = 0
    let open = -1
    for (let i = body.length - 1; i >= 0; i--) {
      if (body[i] === ')') depth++
      else if (body[i] === '(' && --depth === 0) {
        open = i
        break
      }
    }
    if (open <= 0) break
    groups.unshift(body.slice(open + 1, -1).trim())
    body = body.slice(0, open).trim()
  }
  return { body, groups }
}

interface Extras {
  perYear: boolean
  terms?: 'CIF' | 'FOB'
  remark?: string
  /** A basis given in brackets: 'kg (gross weight)'. */
  basis?: BasisWords
}

function readExtras(groups: string[]): Extras {
  const extras: Extras = { perYear: false }
  const remarks: string[] = []
  for (const part of groups
    .flatMap((g) => g.split(/[,;]/))
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (/^(CIF|FOB)$/i.test(part)) extras.terms = part.toUpperCase() as 'CIF' | 'FOB'
    else if (/^per (year|annum)$/i.test(part)) extras.perYear = true
    else if (!extras.basis && basisFromWords(part)) extras.basis = basisFromWords(part)
    else remarks.push(part)
  }
  if (remarks.length > 0) extras.remark = remarks.join(', ')
  return extras
}

type Reading = Omit<ParsedUnit, 'code' | 'known' | 'remark' | 'terms'>

function readCurrency(body: string): Reading | undefined {
  const m = /^(\S+?)(?:\s+(thousand|lakh|million|mn|crore|billion|bn))?$/i.exec(body)
  const currency = m ? currencyOf(m[1]) : undefined
  if (!m || !currency) return undefined
  const factor = m[2] ? MULTIPLIERS[m[2].toLowerCase()] : 1
  return { dimension: 'currency', scale: currency === 'USD' ? factor : null, basis: 'currency', basisStated: true, currency, currencyScale: factor }
}

function readPrice(body: string): Reading | undefined {
  const m = /^(\S+?)\s*\/\s*(g|kg|t|lb)$/i.exec(body)
  const currency = m ? currencyOf(m[1]) : undefined
  if (!m || !currency) return undefined
  const factor = PER_KG[m[2].toLowerCase()]
  return { dimension: 'price', scale: currency === 'USD' ? factor : null, basis: 'currency', basisStated: true, currency, currencyScale: factor }
}

function readShare(body: string): Reading | undefined {
  const share = (scale: number, denominator?: string): Reading => ({
    dimension: 'share',
    scale,
    basis: 'share',
    basisStated: true,
    ...(denominator ? { denominator } : {})
  })
  if (/^(%|percent|per cent)$/i.test(body)) return share(1)
  if (/^(% ?(per year|\/ ?yr|p\.?a\.?))$/i.test(body)) return { dimension: 'growth rate', scale: 1, basis: 'not stated', basisStated: false }
  if (/^% change$/i.test(body)) return { dimension: 'ratio', scale: 1, basis: 'not stated', basisStated: false }
  let m = /^(?:wt ?%|%|percent|per cent) of (.+)$/i.exec(body)
  if (m) return share(1, m[1].trim())
  m = /^fraction(?: of (.+))?$/i.exec(body)
  if (m) return share(100, m[1]?.trim())
  if (/^ppm$/i.test(body)) return share(1e-4)
  const ratio = massRatio(body)
  return ratio ? { ...share(ratio.scale, ratio.denominator), ...(ratio.element ? { substance: ratio.element } : {}) } : undefined
}

function readCount(body: string): Reading | undefined {
  const m = /^(?:count|number)(?: of (\d+))?$/i.exec(body)
  if (!m) return undefined
  return { dimension: 'count', scale: 1, basis: 'count', basisStated: true, ...(m[1] ? { denominator: m[1] } : {}) }
}

function readMass(body: string, extras: Extras): Reading | undefined {
  const text = body.replace(/\s*(\/\s*(yr|year|a)|\bper (year|annum)|\bpa)(?=\s|$)/i, '/yr').replace(/^tpa\b/, 't/yr')
  const slash = text.indexOf('/yr')
  const before = slash >= 0 ? text.slice(0, slash) : text
  const after = slash >= 0 ? text.slice(slash + 3).trim() : ''
  const m = /^(g|kg|t|tonnes?|kt|Mt|Gt)(?:\s+(.+))?$/.exec(before.trim())
  if (!m || after.includes('/')) return undefined
  const words = [m[2], after].filter((w): w is string => Boolean(w))
  if (words.length > 1) return undefined
  const fromWords = words.length === 1 ? basisFromWords(words[0]) : undefined
  if (words.length === 1 && !fromWords) return undefined
  if (fromWords && extras.basis) return undefined
  const basis = fromWords ?? extras.basis
  const perYear = slash >= 0 || extras.perYear
  return {
    dimension: perYear ? 'mass per year' : 'mass',
    scale: MASS[m[1]],
    basis: basis?.basis ?? 'not stated',
    basisStated: Boolean(basis),
    ...(basis ? { substance: basis.substance } : {})
  }
}

/** Read a unit as a source prints it. Never throws: an unreadable unit comes back with known false. */
export function parseUnit(text: string): ParsedUnit {
  const code = text.trim().replace(/\s+/g, ' ')
  const { body, groups } = splitBrackets(code)
  const extras = readExtras(groups)
  const reading = readPrice(body) ?? readCurrency(body) ?? readShare(body) ?? readCount(body) ?? readMass(body, extras)
  const tail = { ...(extras.terms ? { terms: extras.terms } : {}), ...(extras.remark ? { remark: extras.remark } : {}) }
  const dim = reading?.dimension
  const misplaced =
    (extras.perYear && dim !== 'mass per year') || (extras.basis && dim !== 'mass' && dim !== 'mass per year') || (extras.terms && dim !== 'currency')
  if (!reading || misplaced) {
    return { code, known: false, dimension: 'other', scale: null, basis: 'not stated', basisStated: false, ...tail }
  }
  return { code, known: true, ...reading, ...tail }
}

/**
 * Split text that starts with a unit and goes on in words ('t/yr integrated REPM capacity',
 * 't REO mining quota') into the longest readable unit and the rest. Undefined when no prefix is a unit.
 */
export function splitUnitText(text: string): { unit: ParsedUnit; rest: string } | undefined {
  const words = text.trim().split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const head = words.slice(0, n)
    if (head.some((w) => w.includes('(') || w.includes(')'))) continue
    const unit = parseUnit(head.join(' '))
    if (unit.known) return { unit, rest: words.slice(n).join(' ') }
  }
  return undefined
}

function asUnit(unit: string | ParsedUnit): ParsedUnit {
  return typeof unit === 'string' ? parseUnit(unit) : unit
}

/** True when both units are readable and measure the same kind of thing (mass, price, share, ...). */
export function sameDimension(a: string | ParsedUnit, b: string | ParsedUnit): boolean {
  const ua = asUnit(a)
  const ub = asUnit(b)
  return ua.known && ub.known && ua.dimension === ub.dimension
}

const DIMENSION_WORDS: Readonly<Record<Dimension, string>> = {
  mass: 'a mass',
  'mass per year': 'a mass per year (a rate)',
  currency: 'an amount of money',
  price: 'a price',
  share: 'a share',
  count: 'a count',
  ratio: 'a ratio',
  'growth rate': 'a growth rate',
  other: 'not a unit Lodestone can read'
}

function basisWords(u: ParsedUnit): string {
  if (!u.basisStated) return 'does not say what is weighed'
  return u.substance && u.substance !== u.basis && u.basis !== 'REO equivalent' ? `is ${u.basis} (${u.substance})` : `is ${u.basis}`
}

/** Why a value in unit a cannot be re-expressed in unit b, or undefined when it can. */
export function whyNotConvertible(a: ParsedUnit, b: ParsedUnit): string | undefined {
  const pair = `"${a.code}" to "${b.code}"`
  for (const u of [a, b]) if (!u.known) return `Cannot convert ${pair}: Lodestone cannot read the unit "${u.code}".`
  if (a.dimension !== b.dimension)
    return `Cannot convert ${pair}: "${a.code}" is ${DIMENSION_WORDS[a.dimension]} and "${b.code}" is ${DIMENSION_WORDS[b.dimension]}.`
  if (a.currency !== b.currency) {
    return `Cannot convert ${pair}: they are different currencies (${a.currency ?? 'none'} and ${b.currency ?? 'none'}); that needs an exchange rate for a stated date.`
  }
  if (a.dimension === 'share' && a.substance !== b.substance) {
    const of = (u: ParsedUnit): string => (u.substance ? `is a share of ${u.substance}` : 'does not say of which element')
    return `Cannot convert ${pair}: "${a.code}" ${of(a)} and "${b.code}" ${of(b)}.`
  }
  if (a.basis !== b.basis || a.substance !== b.substance) {
    return `Cannot convert ${pair}: "${a.code}" ${basisWords(a)} and "${b.code}" ${basisWords(b)}. A tonne of one is not a tonne of the other; pick a unit that states the same basis.`
  }
  if (a.denominator !== b.denominator) {
    const of = (u: ParsedUnit): string => (u.denominator ? `a share of ${u.denominator}` : 'does not say what it is a share of')
    return `Cannot convert ${pair}: "${a.code}" is ${of(a)} and "${b.code}" ${b.denominator ? `is ${of(b)}` : of(b)}.`
  }
  if (a.terms !== b.terms) {
    const t = (u: ParsedUnit): string => (u.terms ? `is a ${u.terms} value` : 'does not say CIF or FOB')
    return `Cannot convert ${pair}: "${a.code}" ${t(a)} and "${b.code}" ${t(b)}.`
  }
  return undefined
}

export type Conversion = { ok: true; value: number } | { ok: false; message: string }

/**
 * Re-express a value in another unit of the same dimension and basis: 5 't REO' -> 5000 'kg REO'.
 * Refuses in words (ok false) across dimensions, bases, currencies, shares of different wholes or CIF/FOB.
 */
export function convert(value: number, fromUnit: string | ParsedUnit, toUnit: string | ParsedUnit): Conversion {
  const a = asUnit(fromUnit)
  const b = asUnit(toUnit)
  const why = whyNotConvertible(a, b)
  if (why) return { ok: false, message: why }
  const fa = a.currency ? a.currencyScale : a.scale
  const fb = b.currency ? b.currencyScale : b.scale
  if (fa == null || fb == null) return { ok: false, message: `Cannot convert "${a.code}" to "${b.code}": one of them has no known scale.` }
  if (!Number.isFinite(value)) return { ok: false, message: `Cannot convert ${String(value)}: it is not a number.` }
  return { ok: true, value: fa === fb ? value : (value * fa) / fb }
}
