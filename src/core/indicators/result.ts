// Building an indicator's answer: the computed shape (headline, values, chart, rows, sources, choices, notes)
// or "not computable" with the reason in words; never NaN. Also the chart's log-scale rule and number words.
import type { IndicatorChart, IndicatorDef, IndicatorParams, IndicatorResult, IndicatorRowRef, SourceRef } from '../../shared/analysis'

export type Computed = Pick<IndicatorResult, 'headline' | 'values' | 'chart' | 'rows' | 'choices' | 'notes'>

/** Sources of the rows used, once each, in order of first use. */
export function sourcesOf(rows: IndicatorRowRef[]): SourceRef[] {
  const seen = new Map<number, SourceRef>()
  for (const r of rows) if (r.source && !seen.has(r.source.id)) seen.set(r.source.id, r.source)
  return [...seen.values()]
}

function uniqueRows(rows: IndicatorRowRef[]): IndicatorRowRef[] {
  const seen = new Set<string>()
  return rows.filter((r) => {
    const key = `${r.table}:${r.id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function finite(c: Computed): boolean {
  const numbers = [c.headline?.value, ...c.values.map((v) => v.value)].filter((v): v is number => v !== undefined)
  return numbers.every((n) => Number.isFinite(n))
}

export function computed(def: IndicatorDef, params: IndicatorParams, c: Computed): IndicatorResult {
  if (!finite(c)) return notComputable(def, params, 'the arithmetic gave no finite number (a zero or missing input)', c.rows, c.notes)
  const rows = uniqueRows(c.rows)
  return {
    id: def.id,
    title: def.title,
    definition: def.definition,
    formula: def.formula,
    params,
    computable: true,
    reason: null,
    ...c,
    rows,
    sources: sourcesOf(rows)
  }
}

export function notComputable(def: IndicatorDef, params: IndicatorParams, reason: string, rows: IndicatorRowRef[] = [], notes: string[] = []): IndicatorResult {
  const used = uniqueRows(rows)
  return {
    id: def.id,
    title: def.title,
    definition: def.definition,
    formula: def.formula,
    params,
    computable: false,
    reason: `not computable: ${reason}`,
    headline: null,
    values: [],
    chart: null,
    rows: used,
    sources: sourcesOf(used),
    choices: [],
    notes
  }
}

/** A value axis spanning a thousandfold or more is drawn on a log scale. */
export function needsLog(values: (number | null)[]): boolean {
  const positive = values.filter((v): v is number => v !== null && v > 0)
  if (positive.length < 2) return false
  return Math.max(...positive) / Math.min(...positive) >= 1000
}

export function chart(spec: Omit<IndicatorChart, 'log'>): IndicatorChart {
  return { ...spec, log: needsLog(spec.series.flatMap((s) => s.values)) }
}

export function fmt(n: number, digits = 2): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits })
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
