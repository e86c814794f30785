// A country's magnet-making capacity against China's magnet output: the capacities of its operating magnet
// plants (Facilities) and China's output for a year (Figures), put in the same unit with units.ts convert and
// on the same basis, or refused with the reason. An annual output in t is read as t per year.
import type { IndicatorDef, IndicatorParams, IndicatorResult, IndicatorRowRef } from '../../shared/analysis'
import { convert, parseUnit } from '../../shared/units'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import { chooseFigure, figureLabel, figureRef, figuresOf, type Figure } from './figures'
import { countryByCode, stringParam, yearParam, type Country } from './params'
import { chart, computed, fmt, notComputable } from './result'

export const magnetsDef: IndicatorDef = {
  id: 'magnet_capacity_vs_china',
  title: 'Magnet capacity against China',
  definition: "A country's rare-earth magnet-making capacity as a share of China's magnet output in a year.",
  formula:
    "Sum of the capacities of the country's operating, commissioning and pilot magnet plants (Facilities), converted to China's unit, divided by China's magnet output for the year (Figures, magnet_production), in percent. Both must be on the same basis.",
  params: [
    { name: 'country', label: 'Country', kind: 'country', default: 'IND', description: 'Whose magnet capacity (ISO3 code).' },
    { name: 'year', label: "Year of China's output", kind: 'year', default: null, description: 'Empty = the latest year with a figure.' }
  ]
}

interface Plant {
  id: number
  code: string | null
  name: string
  stage: string
  status: string
  capacity: number
  unit: string | null
  basis: string | null
  year: string | null
  sourceId: number | null
  sourceCode: string | null
  sourceTitle: string | null
}

function plantsOf(db: Db, country: Country): Plant[] {
  return prepared(
    db,
    `SELECT f.id, f.code, f.name, f.stage, f.status, f.capacity, u.code AS unit, f.capacity_basis AS basis, f.year, f.source_id AS sourceId,
      s.code AS sourceCode, s.title AS sourceTitle FROM facility f LEFT JOIN unit u ON u.id = f.capacity_unit_id LEFT JOIN source s ON s.id = f.source_id
      WHERE f.country_id = ? AND f.stage = 'magnet' AND f.status IN ('operating', 'commissioning', 'pilot') AND f.capacity IS NOT NULL ORDER BY f.id`
  ).all(country.id) as Plant[]
}

function plantRef(p: Plant): IndicatorRowRef {
  return {
    table: 'facility',
    id: p.id,
    label: p.code ? `${p.code} ${p.name}` : p.name,
    what: `${p.stage} plant, ${p.status}, ${fmt(p.capacity)} ${p.unit ?? '(no unit)'} (${p.basis ?? 'basis not stated'})`,
    value: p.capacity,
    unit: p.unit,
    year: p.year && /^\d{4}$/.test(p.year) ? Number(p.year) : null,
    source: p.sourceId === null ? null : { id: p.sourceId, code: p.sourceCode ?? String(p.sourceId), title: p.sourceTitle ?? '' }
  }
}

/** The output figure's unit as a rate: an annual output in 't' is 't/yr'. */
function rateUnit(f: Figure): string {
  return parseUnit(f.unit).dimension === 'mass' ? `${f.unit.trim()}/yr` : f.unit
}

function chinaOutput(db: Db, wanted: number | null): { figure: Figure; choice: ReturnType<typeof chooseFigure>['choice'] } | string {
  const figures = figuresOf(db, 'magnet_production', 'CHN').filter((f) => f.value !== null && f.year !== null)
  if (!figures.length) return "no figure for China's magnet output (magnet_production)"
  const year = wanted ?? Math.max(...figures.map((f) => f.year as number))
  const inYear = figures.filter((f) => f.year === year)
  if (!inYear.length) return `no ${year} figure for China's magnet output; figures exist for ${[...new Set(figures.map((f) => f.year))].join(', ')}`
  return chooseFigure(inYear, `China's magnet output in ${year}`)
}

export function computeMagnets(db: Db, params: IndicatorParams): IndicatorResult {
  const country = countryByCode(db, stringParam(params, 'country'))!
  const plants = plantsOf(db, country)
  const refs = plants.map(plantRef)
  if (!plants.length)
    return notComputable(magnetsDef, params, `no operating, commissioning or pilot magnet plant with a capacity for ${country.name} in Facilities.`)
  const china = chinaOutput(db, yearParam(params, 'year'))
  if (typeof china === 'string') return notComputable(magnetsDef, params, `${china}.`, refs)
  const { figure, choice } = china
  const target = rateUnit(figure)
  const used = [...refs, figureRef(figure)]
  let capacity = 0
  for (const p of plants) {
    if ((p.basis ?? 'not stated') !== figure.basis) {
      return notComputable(
        magnetsDef,
        params,
        `${p.name} has its capacity on a "${p.basis ?? 'not stated'}" basis and China's output ${figureLabel(figure)} is on a "${figure.basis}" basis; a tonne of one is not a tonne of the other.`,
        used
      )
    }
    const c = convert(p.capacity, p.unit ?? '', target)
    if (!c.ok) return notComputable(magnetsDef, params, `${p.name}'s capacity: ${c.message}`, used)
    capacity += c.value
  }
  const output = figure.value as number
  const notes = parseUnit(figure.unit).dimension === 'mass' ? [`${figureLabel(figure)} gives a year's output in ${figure.unit}; read as ${target}.`] : []
  if (figure.qualifier && !['e', 'r'].includes(figure.qualifier)) notes.push(`${figureLabel(figure)} is qualified "${figure.qualifier}" in its source.`)
  const year = figure.year as number
  return computed(magnetsDef, params, {
    headline: { value: (capacity / output) * 100, unit: '%', year, label: `${country.name}'s magnet capacity as a share of China's ${year} output` },
    values: [
      { label: `${country.name} magnet capacity`, value: capacity, unit: target, year: null, note: `${plants.length} plant${plants.length === 1 ? '' : 's'}` },
      { label: `China magnet output ${year}`, value: output, unit: target, year },
      { label: `Capacity as a share of China's output`, value: (capacity / output) * 100, unit: '%', year },
      { label: "China's output over the capacity", value: capacity > 0 ? output / capacity : 0, unit: 'times', year }
    ],
    chart: chart({
      kind: 'bar',
      title: `Magnets: ${country.name}'s capacity and China's ${year} output (${target})`,
      xTitle: 'Country',
      yTitle: `Magnets (${target})`,
      unit: target,
      categories: [`${country.name} capacity`, `China output ${year}`],
      series: [{ name: target, values: [capacity, output] }]
    }),
    rows: used,
    choices: choice ? [choice] : [],
    notes
  })
}
