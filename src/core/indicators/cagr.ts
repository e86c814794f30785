// Import growth: the compound annual growth rate of a country's imports of one HS code from one partner (the
// World row by default) between two years, from trade flows. Refuses, in words, a window without a start or
// end value, a zero start, or values that mix CIF and FOB.
import type { IndicatorDef, IndicatorParams, IndicatorResult } from '../../shared/analysis'
import type { Db } from '../db/open'
import { countryByCode, stringParam, yearParam } from './params'
import { chart, computed, fmt, notComputable, round } from './result'
import { HS_PARAM, REPORTER_PARAM, measureParam, flowRef, flowSlice, measureOf, measureUnit, mixedTerms, type FlowRow, type Measure } from './trade'

export const cagrDef: IndicatorDef = {
  id: 'import_cagr',
  title: 'Import growth (CAGR)',
  definition: "How fast a country's imports of one product grew each year, on average, over a chosen window.",
  formula: 'CAGR = (value in the last year / value in the first year) ^ (1 / number of years between them) - 1, as a percentage per year.',
  params: [
    REPORTER_PARAM,
    { name: 'partner', label: 'Partner', kind: 'country', default: 'WLD', description: 'Imports from this partner; WLD = the World total row.' },
    HS_PARAM,
    measureParam('Growth of the traded value or of the weight.'),
    { name: 'from', label: 'First year', kind: 'year', default: null, description: 'Start of the window; empty = the first year with data.' },
    { name: 'to', label: 'Last year', kind: 'year', default: null, description: 'End of the window; empty = the latest year with data.' }
  ]
}

function point(rows: FlowRow[], year: number, measure: Measure): { row: FlowRow; value: number } | { message: string } | undefined {
  const row = rows.find((r) => r.year === year)
  if (!row) return undefined
  const m = measureOf(row, measure)
  if (!m.ok) return { message: m.message }
  return m.value === null ? undefined : { row, value: m.value }
}

export function computeCagr(db: Db, params: IndicatorParams): IndicatorResult {
  const reporter = countryByCode(db, stringParam(params, 'reporter'))!
  const partner = countryByCode(db, stringParam(params, 'partner'))!
  const hs = stringParam(params, 'hs')
  const measure = stringParam(params, 'measure') as Measure
  const what = `${reporter.name}'s HS ${hs} imports from ${partner.name}`
  const noun = measure === 'value' ? 'import value' : 'import quantity'
  const slice = flowSlice(db, reporter.id, hs, 'import')
  const rows = slice.rows.filter((r) => r.partnerCode === partner.code)
  const years = rows.filter((r) => (measure === 'value' ? r.valueUsd : r.quantity) !== null).map((r) => r.year)
  if (!years.length) return notComputable(cagrDef, params, `no ${noun} in trade flows for ${what}.`)
  const from = yearParam(params, 'from') ?? Math.min(...years)
  const to = yearParam(params, 'to') ?? Math.max(...years)
  if (to <= from)
    return notComputable(
      cagrDef,
      params,
      `the window ${from}-${to} must end after it starts (data for ${what} cover ${Math.min(...years)}-${Math.max(...years)}).`
    )
  const window = rows.filter((r) => r.year >= from && r.year <= to)
  const terms = measure === 'value' ? mixedTerms(window) : undefined
  if (terms)
    return notComputable(
      cagrDef,
      params,
      `${what}: ${terms}.`,
      window.map((r) => flowRef(r, reporter.name, hs, 'import'))
    )
  const start = point(rows, from, measure)
  const end = point(rows, to, measure)
  for (const [p, y] of [
    [start, from],
    [end, to]
  ] as const) {
    if (!p) return notComputable(cagrDef, params, `no ${y} ${noun} for ${what}.`)
    if ('message' in p) return notComputable(cagrDef, params, `${p.message}.`)
  }
  const a = start as { row: FlowRow; value: number }
  const b = end as { row: FlowRow; value: number }
  if (a.value <= 0)
    return notComputable(cagrDef, params, `the ${from} ${noun} for ${what} is zero, so growth from it has no rate.`, [
      flowRef(a.row, reporter.name, hs, 'import')
    ])
  const cagr = (Math.pow(b.value / a.value, 1 / (to - from)) - 1) * 100
  const series = window.map((r) => ({ year: r.year, value: measure === 'value' ? r.valueUsd : (measureOf(r, measure) as { value: number | null }).value }))
  const unit = measureUnit(measure)
  return computed(cagrDef, params, {
    headline: { value: round(cagr, 2), unit: '% per year', year: to, label: `${what} by ${measure}, ${from}-${to}` },
    values: [
      { label: `CAGR ${from}-${to}`, value: round(cagr, 2), unit: '% per year', year: to },
      { label: `${from} ${noun}`, value: a.value, unit, year: from },
      { label: `${to} ${noun}`, value: b.value, unit, year: to }
    ],
    chart: chart({
      kind: 'line',
      title: `${what} (${unit})`,
      xTitle: 'Year',
      yTitle: `${measure === 'value' ? 'Value' : 'Quantity'} (${unit})`,
      unit,
      categories: series.map((s) => String(s.year)),
      series: [{ name: `${measure === 'value' ? 'Value' : 'Quantity'} (${unit})`, values: series.map((s) => s.value) }]
    }),
    rows: [a.row, ...window.filter((r) => r.id !== a.row.id && r.id !== b.row.id), b.row].map((r) => flowRef(r, reporter.name, hs, 'import')),
    choices: [],
    notes: [
      `From ${fmt(a.value, 0)} ${unit} in ${from} to ${fmt(b.value, 0)} ${unit} in ${to}: a factor of ${fmt(b.value / a.value, 3)} over ${to - from} year${to - from === 1 ? '' : 's'}.`,
      ...(slice.note ? [slice.note] : [])
    ]
  })
}
