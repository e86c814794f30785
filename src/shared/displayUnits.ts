// Showing a quantity column in another unit of the same dimension (t, kt, kg; USD, USD million) without
// changing what is stored, reading a value typed in that unit back, and adding up a selection in one unit
// (or saying, in words, why it cannot). Conversions go through units.ts; basis and substance are kept.
import { convert, parseUnit, type ParsedUnit } from './units'

/** The scales a column can be shown in, by the dimension of its units. */
export const SCALE_CHOICES = {
  mass: ['kg', 't', 'kt', 'Mt'],
  currency: ['USD', 'USD thousand', 'USD million', 'USD billion']
} as const
export type ScaleChoice = (typeof SCALE_CHOICES)[keyof typeof SCALE_CHOICES][number]

const MASS_HEAD = /^(g|kg|t|tonnes?|kt|Mt|Gt)(?=$|\s|\/)/
const MONEY_HEAD = /^(USD|US\$|\$)(\s+(thousand|million|mn|billion|bn))?(?=$|\s)/i

export function isScaleChoice(value: string): value is ScaleChoice {
  return (Object.values(SCALE_CHOICES) as readonly (readonly string[])[]).some((list) => list.includes(value))
}

/** Which family of scales fits a unit: mass and mass per year share one, USD amounts the other. */
export function scaleFamily(unit: string | ParsedUnit): keyof typeof SCALE_CHOICES | null {
  const u = typeof unit === 'string' ? parseUnit(unit) : unit
  if (!u.known) return null
  if (u.dimension === 'mass' || u.dimension === 'mass per year') return MASS_HEAD.test(u.code) ? 'mass' : null
  if (u.dimension === 'currency' && u.currency === 'USD') return MONEY_HEAD.test(u.code) ? 'currency' : null
  return null
}

/** The unit a row's unit becomes at another scale, keeping everything after the scale: 't REO' at kt is 'kt REO'. */
export function rescaleUnit(code: string, choice: ScaleChoice): string | null {
  const family = scaleFamily(code)
  if (!family || !(SCALE_CHOICES[family] as readonly string[]).includes(choice)) return null
  const head = family === 'mass' ? MASS_HEAD : MONEY_HEAD
  return code.trim().replace(/\s+/g, ' ').replace(head, choice)
}

export type Shown = { ok: true; value: number; unit: string } | { ok: false; message: string }

/** A stored value in `unit`, as it reads at the chosen scale. */
export function toScale(value: number, unit: string, choice: ScaleChoice): Shown {
  const target = rescaleUnit(unit, choice)
  if (!target) return { ok: false, message: `"${unit}" cannot be shown in ${choice}.` }
  const converted = convert(value, unit, target)
  return converted.ok ? { ok: true, value: converted.value, unit: target } : converted
}

/** A value typed at the chosen scale, as it must be stored for a row whose unit is `unit`. */
export function fromScale(value: number, unit: string, choice: ScaleChoice): Shown {
  const typedIn = rescaleUnit(unit, choice)
  if (!typedIn) return { ok: false, message: `A value in ${choice} cannot be stored in "${unit}".` }
  const converted = convert(value, typedIn, unit)
  return converted.ok ? { ok: true, value: converted.value, unit } : converted
}

export interface Quantity {
  value: number
  /** The unit as stored (a unit code), or null for a plain number. */
  unit: string | null
}

export type Totals =
  { ok: true; count: number; sum: number; average: number; min: number; max: number; unit: string | null } | { ok: false; count: number; message: string }

function describeMix(a: ParsedUnit, b: ParsedUnit): string {
  if (a.dimension !== b.dimension) return `${a.code} and ${b.code} measure different things (${a.dimension}, ${b.dimension})`
  if (a.basis !== b.basis || a.substance !== b.substance)
    return `${a.code} and ${b.code} are on different bases (${a.basis}${a.substance ? `: ${a.substance}` : ''}; ${b.basis}${b.substance ? `: ${b.substance}` : ''})`
  return `${a.code} and ${b.code} cannot be converted into each other`
}

/** Count, sum, average, min and max in one unit (the first value's, or `target`), or why they cannot be added. */
export function totals(values: Quantity[], target?: string): Totals {
  const count = values.length
  if (count === 0) return { ok: false, count, message: 'No numbers selected.' }
  const unitFor = target ?? values[0]!.unit
  const units = new Set(values.map((v) => v.unit))
  if (units.has(null) && units.size > 1) return { ok: false, count, message: 'Cannot add them: some values have a unit and some do not.' }
  const numbers: number[] = []
  for (const v of values) {
    if (v.unit === null || unitFor === null || v.unit === unitFor) {
      numbers.push(v.value)
      continue
    }
    const converted = convert(v.value, v.unit, unitFor)
    if (!converted.ok) return { ok: false, count, message: `Cannot add them: ${describeMix(parseUnit(unitFor), parseUnit(v.unit))}.` }
    numbers.push(converted.value)
  }
  let [sum, min, max] = [0, Infinity, -Infinity]
  for (const n of numbers) {
    sum += n
    if (n < min) min = n
    if (n > max) max = n
  }
  return { ok: true, count, sum, average: sum / count, min, max, unit: unitFor }
}
