// Supplier concentration (Herfindahl-Hirschman index) of a country's imports of one HS code, per year, from
// trade flows: partners' shares of the total (the World row where reported) squared and summed. Imports not
// attributed to a listed partner are left out and bound the index from above; the notes say by how much.
import type { IndicatorDef, IndicatorParams, IndicatorResult, IndicatorRowRef, IndicatorValue } from '../../shared/analysis'
import type { Db } from '../db/open'
import { countryByCode, stringParam, yearParam } from './params'
import { chart, computed, fmt, notComputable, round } from './result'
import { HS_PARAM, REPORTER_PARAM, measureParam, flowRef, flowSlice, measureOf, mixedTerms, type FlowRow, type Measure } from './trade'

export const hhiDef: IndicatorDef = {
  id: 'supplier_hhi',
  title: 'Supplier concentration (HHI)',
  definition: "How concentrated a country's imports of one product are across supplier countries: 10,000 is a single supplier.",
  formula:
    "For each year: each partner country's share of the reporter's imports (of the World total where the data give one, otherwise of the partners' sum), in percent; the index is the sum of the squared shares. Above 2,500 is highly concentrated, 1,500 to 2,500 moderately.",
  params: [
    REPORTER_PARAM,
    HS_PARAM,
    measureParam('Shares by traded value or by weight.'),
    { name: 'year', label: 'Year', kind: 'year', default: null, description: 'The year the headline shows; empty = the latest year with data.' }
  ]
}

interface YearHhi {
  year: number
  hhi: number
  unattributed: number
  totalFrom: 'World row' | 'sum of partners'
  shares: { partner: string; share: number }[]
  rows: FlowRow[]
  note?: string
}

function valueOf(row: FlowRow, measure: Measure): number | null {
  const m = measureOf(row, measure)
  if (!m.ok) throw new Error(m.message)
  return m.value
}

export function yearHhi(year: number, rows: FlowRow[], measure: Measure): YearHhi | undefined {
  const world = rows.find((r) => r.partnerCode === 'WLD' && valueOf(r, measure) !== null)
  const partners = rows.filter((r) => r.partnerKind === 'country' && valueOf(r, measure) !== null)
  const rest = rows.filter((r) => r.partnerKind !== 'country' && r.partnerCode !== 'WLD' && valueOf(r, measure) !== null)
  const listed = [...partners, ...rest].reduce((sum, r) => sum + (valueOf(r, measure) as number), 0)
  const worldValue = world ? (valueOf(world, measure) as number) : null
  const useWorld = worldValue !== null && worldValue >= listed * 0.999
  const total = useWorld ? (worldValue as number) : listed
  if (!(total > 0) || !partners.length) return undefined
  const shares = partners.map((r) => ({ partner: r.partnerName, share: ((valueOf(r, measure) as number) / total) * 100 })).sort((a, b) => b.share - a.share)
  const hhi = shares.reduce((sum, s) => sum + s.share * s.share, 0)
  const unattributed = Math.max(0, 100 - shares.reduce((sum, s) => sum + s.share, 0))
  const note =
    worldValue !== null && !useWorld
      ? `${year}: the World row (${fmt(worldValue, 0)}) is below the partners' sum (${fmt(listed, 0)}); used the sum.`
      : undefined
  return {
    year,
    hhi,
    unattributed,
    totalFrom: useWorld ? 'World row' : 'sum of partners',
    shares,
    rows: world && useWorld ? [...partners, ...rest, world] : [...partners, ...rest],
    note
  }
}

function byYear(rows: FlowRow[]): Map<number, FlowRow[]> {
  const map = new Map<number, FlowRow[]>()
  for (const r of rows) map.set(r.year, [...(map.get(r.year) ?? []), r])
  return map
}

function notesFor(h: YearHhi, all: YearHhi[]): string[] {
  const notes = all.flatMap((y) => (y.note ? [y.note] : []))
  if (h.unattributed > 0.05) {
    const upper = h.hhi + h.unattributed * h.unattributed
    notes.push(
      `${h.year}: ${fmt(h.unattributed, 1)}% of imports are not attributed to a listed partner; the index is between ${fmt(h.hhi, 0)} (that rest spread thinly) and ${fmt(upper, 0)} (all from one more partner).`
    )
  }
  const partnerOnly = all.filter((y) => y.totalFrom === 'sum of partners').map((y) => y.year)
  if (partnerOnly.length)
    notes.push(`No usable World total for ${partnerOnly.join(', ')}: shares there are of the listed partners only, which can overstate concentration.`)
  return notes
}

export function computeHhi(db: Db, params: IndicatorParams): IndicatorResult {
  const reporter = countryByCode(db, stringParam(params, 'reporter'))!
  const hs = stringParam(params, 'hs')
  const measure = stringParam(params, 'measure') as Measure
  const wanted = yearParam(params, 'year')
  const what = `${reporter.name}'s HS ${hs} imports`
  const slice = flowSlice(db, reporter.id, hs, 'import')
  const rows = slice.rows
  if (!rows.length) return notComputable(hhiDef, params, `no trade flows for ${what}.`)
  const terms = measure === 'value' ? mixedTerms(rows) : undefined
  if (terms)
    return notComputable(
      hhiDef,
      params,
      `${what}: ${terms}.`,
      rows.map((r) => flowRef(r, reporter.name, hs, 'import'))
    )
  let years: YearHhi[]
  try {
    years = [...byYear(rows)].flatMap(([year, list]) => yearHhi(year, list, measure) ?? [])
  } catch (e) {
    return notComputable(hhiDef, params, `${(e as Error).message}.`)
  }
  const head = wanted === null ? years[years.length - 1] : years.find((y) => y.year === wanted)
  if (!head)
    return notComputable(
      hhiDef,
      params,
      wanted === null
        ? `no ${measure === 'value' ? 'import values' : 'import quantities'} by partner for ${what}.`
        : `no ${wanted} ${measure === 'value' ? 'import value' : 'import quantity'} by partner for ${what}.`
    )
  const refs: IndicatorRowRef[] = years.flatMap((y) => y.rows.map((r) => flowRef(r, reporter.name, hs, 'import')))
  const values: IndicatorValue[] = [
    ...years.map((y) => ({
      label: `HHI ${y.year}`,
      value: round(y.hhi, 1),
      unit: 'points (0-10,000)',
      year: y.year,
      group: 'index',
      note: `shares of the ${y.totalFrom}`
    })),
    ...head.shares.map((s) => ({ label: s.partner, value: round(s.share, 2), unit: '%', year: head.year, group: `shares ${head.year}` }))
  ]
  return computed(hhiDef, params, {
    headline: {
      value: round(head.hhi, 1),
      unit: 'HHI points',
      year: head.year,
      label: `${what} by ${measure === 'value' ? 'value' : 'quantity'}, ${head.year}`
    },
    values,
    chart: chart({
      kind: 'line',
      title: `HHI of ${what} by ${measure} (points, 0-10,000)`,
      xTitle: 'Year',
      yTitle: 'HHI (points)',
      unit: 'points',
      categories: years.map((y) => String(y.year)),
      series: [{ name: 'HHI', values: years.map((y) => round(y.hhi, 1)) }],
      marks: [
        { value: 1500, label: 'moderately concentrated' },
        { value: 2500, label: 'highly concentrated' }
      ]
    }),
    rows: refs,
    choices: [],
    notes: [...notesFor(head, years), ...(slice.note ? [slice.note] : [])]
  })
}
