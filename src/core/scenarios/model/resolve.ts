// From a scenario's stored assumptions to the numbers the model reads: each row either cites a figure (its value,
// or the end of its range named in pick, converted to the key's unit) or is an analyst value that must carry a
// note. Units convert through shared/units.ts; a mismatch (t REO for t of magnet, a rate for a stock, a share of
// something else) is refused with the reason, never summed. Pure: figures come through a lookup function.
import { convert, parseUnit, splitUnitText, whyNotConvertible, type ParsedUnit } from '../../../shared/units'
import type { CitedFigure, ScenarioInput } from '../../../shared/scenarios'
import { keyDef, requiredKeys, smcoRequiredKeys, usesSmco, type KeyDef } from './catalogue'

export interface AssumptionRow {
  id?: number
  key: string
  value: number | null
  unit: string
  figure: string | null
  pick: string | null
  note: string | null
}

export interface FigureLookup {
  figure(code: string): CitedFigure | undefined
  /** Other figures measuring the same parameter (conflicting sources), for sensitivity ranges. */
  siblings(code: string): CitedFigure[]
}

export type Resolved = { ok: true; input: Omit<ScenarioInput, 'from'> } | { ok: false; message: string }

/** Units units.ts cannot read that some inputs use: a multiple, a year, a number of years. */
const PLAIN_UNITS = ['x', 'year', 'years'] as const

function readableUnit(text: string): ParsedUnit | undefined {
  const u = parseUnit(text)
  if (u.known) return u
  return splitUnitText(text)?.unit
}

/** Factor from a figure's unit to the key's unit, or the reason there is none. */
function factorFor(figureUnit: string, restated: string | null, key: KeyDef, hasNote: boolean): { ok: true; factor: number } | { ok: false; message: string } {
  if ((PLAIN_UNITS as readonly string[]).includes(key.unit)) {
    const head = figureUnit.trim().split(/\s+/)[0] ?? ''
    return head === key.unit || (key.unit === 'years' && head === 'year')
      ? { ok: true, factor: 1 }
      : { ok: false, message: `${key.label} is in ${key.unit}, but the figure is in "${figureUnit}".` }
  }
  const from = readableUnit(figureUnit)
  if (!from) return { ok: false, message: `Lodestone cannot read the figure's unit "${figureUnit}", so it cannot be used as ${key.label} (${key.unit}).` }
  const target = parseUnit(restated ?? key.unit)
  if (restated) {
    // A restatement keeps the number: same dimension (or a one-year stock read as a rate) and scale, and no basis swapped.
    if (!target.known) return { ok: false, message: `Lodestone cannot read the unit "${restated}".` }
    const rate = from.dimension === 'mass' && target.dimension === 'mass per year'
    if (from.dimension !== target.dimension && !rate) return { ok: false, message: whyNotConvertible(from, target)! }
    if (from.basisStated && (from.basis !== target.basis || from.substance !== target.substance))
      return { ok: false, message: whyNotConvertible({ ...from, dimension: target.dimension }, target)! }
    if (!hasNote) return { ok: false, message: `Restating "${figureUnit}" as "${restated}" needs a note saying why (what the source measures).` }
    const direct = convert(
      1,
      { ...from, dimension: target.dimension, basis: target.basis, basisStated: true, substance: target.substance, denominator: target.denominator },
      target
    )
    if (!direct.ok) return direct
    const onward = convert(direct.value, target, key.unit)
    return onward.ok ? { ok: true, factor: onward.value } : onward
  }
  const c = convert(1, from, key.unit)
  if (c.ok) return { ok: true, factor: c.value }
  return { ok: false, message: `${c.message} To use this figure, restate its unit in Unit (for example "${key.unit}") and say why in the note.` }
}

function pickOf(f: CitedFigure, pick: string | null): { ok: true; value: number; pick: ScenarioInput['pick'] } | { ok: false; message: string } {
  if (f.value === null && f.low === null)
    return { ok: false, message: `Figure ${f.code} has no number (${f.valueText ?? 'NA'}); enter an assumption with a note instead.` }
  const mid = f.low !== null && f.high !== null ? (f.low + f.high) / 2 : null
  if (pick === 'low' || pick === 'high' || pick === 'mid') {
    const v = pick === 'low' ? f.low : pick === 'high' ? f.high : mid
    if (v === null) return { ok: false, message: `Figure ${f.code} is a single value (${f.valueText}); it has no ${pick} end. Leave Pick empty.` }
    return { ok: true, value: v, pick }
  }
  if (f.value === null) return { ok: false, message: `Figure ${f.code} is a range (${f.valueText} ${f.unit}): choose low, high or mid in Pick.` }
  return { ok: true, value: f.value, pick: 'value' }
}

function rangeFor(def: KeyDef, value: number, f: CitedFigure | null, factor: number, lookup: FigureLookup): { low: number; high: number; rangeFrom: string } {
  const clamp = (x: number): number => Math.min(def.max, Math.max(def.min, x))
  if (f && f.low !== null && f.high !== null && f.low < f.high)
    return { low: clamp(f.low * factor), high: clamp(f.high * factor), rangeFrom: `the range of ${f.code}` }
  if (f) {
    const others = lookup.siblings(f.code).filter((s) => s.unit === f.unit && s.value !== null)
    if (others.length) {
      const all = [value, ...others.map((s) => s.value! * factor)]
      const [low, high] = [Math.min(...all), Math.max(...all)]
      if (low < high) return { low: clamp(low), high: clamp(high), rangeFrom: `conflicting figures ${[f.code, ...others.map((s) => s.code)].join(', ')}` }
    }
  }
  if (def.unit === 'year') return { low: clamp(value - 2), high: clamp(value + 2), rangeFrom: '2 years either side' }
  if (def.unit === 'years') return { low: clamp(value - 1), high: clamp(value + 1), rangeFrom: '1 year either side' }
  return { low: clamp(value * 0.8), high: clamp(value * 1.2), rangeFrom: '20% either side' }
}

/** One assumption row to the value the model uses, or the reason it cannot be used. */
export function resolveRow(row: AssumptionRow, lookup: FigureLookup): Resolved {
  const def = keyDef(row.key)
  if (!def) return { ok: false, message: `"${row.key}" is not an input of the scenario model.` }
  const note = row.note?.trim() ? row.note.trim() : null
  let value: number
  let figure: CitedFigure | null = null
  let pick: ScenarioInput['pick'] = null
  let factor = 1
  let restated: string | null = null
  if (row.figure?.trim()) {
    const f = lookup.figure(row.figure.trim())
    if (!f)
      return {
        ok: false,
        message: `There is no figure ${row.figure.trim()} in this dataset (S-codes are scenario figures, F-codes figures, E-codes facilities).`
      }
    const picked = pickOf(f, row.pick)
    if (!picked.ok) return picked
    const given = row.unit?.trim() || null
    const same = (a: string, b: string): boolean =>
      a === b || (PLAIN_UNITS as readonly string[]).includes(b) || Boolean(readableUnit(a) && convert(1, readableUnit(a)!, b).ok)
    restated = given && !same(f.unit.trim(), given) ? given : null
    const conv = factorFor(f.unit, restated, def, note !== null)
    if (!conv.ok) return { ok: false, message: `${def.label} cannot cite ${f.code}: ${conv.message}` }
    ;({ factor } = conv)
    value = picked.value * factor
    figure = f
    pick = picked.pick
  } else {
    if (row.value === null || !Number.isFinite(row.value)) return { ok: false, message: `${def.label} needs a value or a cited figure.` }
    if (!note) return { ok: false, message: `${def.label} = ${row.value} is an assumption: add a note saying where it comes from (there is no bare number).` }
    const c = row.unit.trim() === def.unit ? { ok: true as const, value: row.value } : factorFor(row.unit, null, def, true)
    if (!c.ok) return { ok: false, message: `${def.label}: ${c.message}` }
    value = 'factor' in c ? row.value * c.factor : c.value
  }
  if (!(value >= def.min && value <= def.max))
    return { ok: false, message: `${def.label} must be between ${def.min} and ${def.max} ${def.unit}; ${value} is not.` }
  return {
    ok: true,
    input: {
      key: row.key,
      label: def.label,
      group: def.group,
      value,
      unit: def.unit,
      kind: figure ? 'cited' : 'assumption',
      figure,
      pick,
      note,
      restatedUnit: restated,
      ...rangeFor(def, value, figure, factor, lookup)
    }
  }
}

export interface ScenarioLayer {
  scenarioId: number
  name: string
  rows: readonly AssumptionRow[]
}

/** A scenario and the scenarios it copies (own first): each key takes the nearest layer's row. */
export function resolveLayers(
  layers: readonly ScenarioLayer[],
  lookup: FigureLookup
): { inputs: ScenarioInput[]; values: Map<string, number>; problems: string[] } {
  const seen = new Map<string, ScenarioInput>()
  const problems: string[] = []
  for (const layer of layers) {
    for (const row of layer.rows) {
      if (seen.has(row.key)) continue
      const r = resolveRow(row, lookup)
      if (!r.ok) problems.push(`${layer.name}: ${r.message}`)
      else seen.set(row.key, { ...r.input, from: { scenarioId: layer.scenarioId, name: layer.name } })
    }
  }
  for (const key of requiredKeys())
    if (!seen.has(key) && !problems.some((p) => p.includes(keyDef(key)!.label)))
      problems.push(`${layers[0]?.name ?? 'The scenario'} has no value for ${keyDef(key)!.label} (${key}).`)
  // The Sm option: once any SmCo input is given, the ones the Sm chain cannot run without are required too.
  const keys = layers.flatMap((l) => l.rows.map((r) => r.key))
  if (usesSmco(keys)) {
    const name = layers[0]?.name ?? 'The scenario'
    for (const key of smcoRequiredKeys())
      if (!seen.has(key) && !problems.some((p) => p.includes(keyDef(key)!.label)))
        problems.push(`${name} models SmCo magnets but has no value for ${keyDef(key)!.label} (${key}).`)
    if (!keys.some((k) => /^smco\.demand\.\d{4}$/.test(k)))
      problems.push(`${name} models SmCo magnets but has no SmCo magnet demand: give smco.demand.YEAR (t/yr SmCo magnet) for at least one year.`)
  }
  const inputs = [...seen.values()]
  return { inputs, values: new Map(inputs.map((i) => [i.key, i.value])), problems }
}
