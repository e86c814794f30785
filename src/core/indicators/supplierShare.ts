// A supplier's share of a country's rare-earth imports (China's share of India's by default), by volume and by
// value and by product where the figures allow: published share figures first; where none exists for a product
// and year, the share computed from an import figure "from China" over the total from the same source.
import type { IndicatorChoice, IndicatorDef, IndicatorParams, IndicatorResult, IndicatorRowRef, IndicatorValue } from '../../shared/analysis'
import { convert } from '../../shared/units'
import type { Db } from '../db/open'
import { chooseFigure, figureLabel, figureRef, figuresOf, type Figure } from './figures'
import { countryByCode, stringParam, yearParam, type Country } from './params'
import { chart, computed, fmt, notComputable, round } from './result'

export const supplierShareDef: IndicatorDef = {
  id: 'supplier_share_of_imports',
  title: "Supplier's share of rare-earth imports",
  definition: "The share of a country's rare-earth imports that comes from one supplier (China's share of India's), by volume and by value, per product.",
  formula:
    'The published share figures (import_share_volume, import_share_value) whose product names the supplier; where a product and year has none, the import figure from the supplier divided by the total import figure of the same source, year and product. Several figures for one product and year: the preferred one, else the most confident.',
  params: [
    { name: 'importer', label: 'Importing country', kind: 'country', default: 'IND', description: 'Whose imports (ISO3 code).' },
    { name: 'supplier', label: 'Supplier', kind: 'country', default: 'CHN', description: 'The supplying country (ISO3 code).' },
    {
      name: 'year',
      label: 'Year',
      kind: 'year',
      default: null,
      description: 'Only figures filed under this year; empty = every year, headline from the latest.'
    }
  ]
}

type Basis = 'volume' | 'value'
const BASIS_OF: Record<string, Basis> = { import_share_volume: 'volume', import_share_value: 'value', import_volume: 'volume', import_value: 'value' }

export function productOf(subject: string): string {
  if (/magnet/i.test(subject)) return 'Permanent magnets'
  if (/compound/i.test(subject)) return 'Rare-earth compounds'
  if (/metal/i.test(subject)) return 'Rare-earth metals'
  return 'All rare earths'
}

interface Entry {
  basis: Basis
  product: string
  year: number
  period: string
  share: number
  rows: IndicatorRowRef[]
  choice: IndicatorChoice | null
  how: string
}

function mentions(subject: string, supplier: Country): boolean {
  const words = [supplier.name, supplier.code].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`\\b(${words.join('|')})\\b`, 'i').test(subject)
}

/** Shares computed from "imports from <supplier>" over the same source's total for the same product and year. */
function computedShares(db: Db, importer: Country, supplier: Country): Entry[] {
  const figures = [...figuresOf(db, 'import_volume', importer.code), ...figuresOf(db, 'import_value', importer.code)].filter(
    (f) => f.value !== null && f.year !== null
  )
  const entries: Entry[] = []
  for (const num of figures.filter((f) => mentions(f.subject, supplier))) {
    const den = figures.find(
      (d) =>
        d.indicatorCode === num.indicatorCode &&
        d.sourceId === num.sourceId &&
        d.year === num.year &&
        !mentions(d.subject, supplier) &&
        productOf(d.subject) === productOf(num.subject) &&
        d.basis === num.basis
    )
    const c = den ? convert(num.value as number, num.unit, den.unit) : undefined
    if (!den || !c?.ok || !(den.value as number)) continue
    entries.push({
      basis: BASIS_OF[num.indicatorCode]!,
      product: productOf(num.subject),
      year: num.year as number,
      period: num.period,
      share: (c.value / (den.value as number)) * 100,
      rows: [figureRef(num), figureRef(den)],
      choice: null,
      how: `${figureLabel(num)} / ${figureLabel(den)} = ${fmt(num.value as number)} / ${fmt(den.value as number)} ${den.unit}`
    })
  }
  return entries
}

function keyOf(e: { basis: Basis; product: string; year: number }): string {
  return `${e.basis}|${e.product}|${e.year}`
}

function reportedShares(figures: Figure[]): Entry[] {
  const groups = new Map<string, Figure[]>()
  for (const f of figures) {
    const key = keyOf({ basis: BASIS_OF[f.indicatorCode]!, product: productOf(f.subject), year: f.year as number })
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups.values()].map((group) => {
    const g = group[0]!
    const basis = BASIS_OF[g.indicatorCode]!
    const { figure, choice } = chooseFigure(group, `${productOf(g.subject)} by ${basis}, ${g.year}`)
    return {
      basis,
      product: productOf(g.subject),
      year: figure.year as number,
      period: figure.period,
      share: figure.value as number,
      rows: [figureRef(figure)],
      choice,
      how: `${figureLabel(figure)} as published`
    }
  })
}

function unusedNotes(importer: Country, supplier: Country, db: Db, all: Figure[]): string[] {
  const unspecified = figuresOf(db, 'import_share_unspecified', importer.code).filter((f) => mentions(f.subject, supplier))
  const notes: string[] = []
  if (unspecified.length)
    notes.push(
      `Not used, the source does not say whether by volume or value: ${unspecified.map((f) => `${figureLabel(f)} (${f.qualifier ?? ''}${f.value ?? 'NA'}%, ${f.period})`).join(', ')}.`
    )
  const undated = all.filter((f) => f.year === null || f.value === null)
  if (undated.length) notes.push(`Not used, no year or no value: ${undated.map((f) => `${figureLabel(f)} (${f.period})`).join(', ')}.`)
  return notes
}

function sortEntries(a: Entry, b: Entry): number {
  return a.basis.localeCompare(b.basis) || a.product.localeCompare(b.product) || a.year - b.year
}

export function computeSupplierShare(db: Db, params: IndicatorParams): IndicatorResult {
  const importer = countryByCode(db, stringParam(params, 'importer'))!
  const supplier = countryByCode(db, stringParam(params, 'supplier'))!
  const wanted = yearParam(params, 'year')
  const all = [...figuresOf(db, 'import_share_volume', importer.code), ...figuresOf(db, 'import_share_value', importer.code)].filter((f) =>
    mentions(f.subject, supplier)
  )
  const reported = reportedShares(all.filter((f) => f.year !== null && f.value !== null))
  const derived = computedShares(db, importer, supplier)
  const have = new Set(reported.map(keyOf))
  const notes = unusedNotes(importer, supplier, db, all)
  for (const d of derived.filter((x) => have.has(keyOf(x)))) {
    const r = reported.find((x) => keyOf(x) === keyOf(d))!
    notes.push(`Cross-check, ${d.product} by ${d.basis} ${d.period}: ${d.how} gives ${fmt(d.share, 2)}% against the published ${fmt(r.share, 2)}%.`)
  }
  const entries = [...reported, ...derived.filter((d) => !have.has(keyOf(d)))].filter((e) => wanted === null || e.year === wanted).sort(sortEntries)
  const what = `the share of ${importer.name}'s rare-earth imports coming from ${supplier.name}`
  if (!entries.length)
    return notComputable(
      supplierShareDef,
      params,
      wanted === null ? `no figures for ${what}.` : `no ${wanted} figures for ${what} (by volume or by value).`,
      [],
      notes
    )
  return computed(supplierShareDef, params, build(entries, notes, supplier))
}

const SHORT: Record<string, string> = {
  'All rare earths': 'All REE',
  'Permanent magnets': 'Magnets',
  'Rare-earth compounds': 'Compounds',
  'Rare-earth metals': 'Metals'
}

function latest(entries: Entry[]): Entry[] {
  const byKey = new Map<string, Entry>()
  for (const e of entries) byKey.set(`${e.basis}|${e.product}`, e)
  return [...byKey.values()]
}

function build(entries: Entry[], notes: string[], supplier: Country): Parameters<typeof computed>[2] {
  const volume = entries.filter((e) => e.basis === 'volume')
  const pool = volume.length ? volume : entries
  const all = pool.filter((e) => e.product === 'All rare earths')
  const head = (all.length ? all : pool).reduce((a, b) => (b.year > a.year ? b : a))
  const values: IndicatorValue[] = entries.map((e) => ({
    label: `${e.product}, by ${e.basis}, ${e.period}`,
    value: round(e.share, 2),
    unit: '%',
    year: e.year,
    group: e.product,
    note: e.how
  }))
  const bars = latest(entries)
  return {
    headline: { value: round(head.share, 2), unit: '%', year: head.year, label: `${head.product}, by ${head.basis}, ${head.period}` },
    values,
    chart: chart({
      kind: 'bar',
      title: `Share of imports from ${supplier.name} (%), latest figure per product`,
      xTitle: 'Product, basis and period',
      yTitle: 'Share (%)',
      unit: '%',
      categories: bars.map((e) => `${SHORT[e.product] ?? e.product}\n${e.basis}, ${e.period}`),
      series: [{ name: `From ${supplier.name} (%)`, values: bars.map((e) => round(e.share, 2)) }]
    }),
    rows: entries.flatMap((e) => e.rows),
    choices: entries.flatMap((e) => (e.choice ? [e.choice] : [])),
    notes
  }
}
