// World shares by country of mine production or reserves, from one chosen source edition (the newest USGS
// Mineral Commodity Summaries by default) or, with source "any", from every source with the analyst's preferred
// figure (or Lodestone's rule) where they disagree. Each country's figure over the World total of the same year.
import type { IndicatorChoice, IndicatorDef, IndicatorParams, IndicatorResult } from '../../shared/analysis'
import { convert } from '../../shared/units'
import type { Db } from '../db/open'
import { byRule, chooseFigure, figureLabel, figureRef, figuresOf, type Figure } from './figures'
import { stringParam, yearParam } from './params'
import { chart, computed, fmt, notComputable, round } from './result'

type Measure = 'mine_production' | 'reserves'
const WORDS: Record<Measure, string> = { mine_production: 'mine production', reserves: 'reserves' }

function def(measure: Measure): IndicatorDef {
  const words = WORDS[measure]
  return {
    id: measure === 'mine_production' ? 'mine_production_shares' : 'reserves_shares',
    title: `World ${words} shares`,
    definition: `Each country's share of world rare-earth ${words} in a year, from one source edition.`,
    formula: `Country ${words} divided by the World total of the same source and year (same unit and basis), in percent. With source "any": every source, using the preferred figure where sources disagree.`,
    params: [
      {
        name: 'source',
        label: 'Source edition',
        kind: 'source',
        default: null,
        description: 'A source code, or "any"; empty = the newest USGS Mineral Commodity Summaries in the dataset.'
      },
      { name: 'year', label: 'Year', kind: 'year', default: null, description: 'Empty = the latest year with a World total in that source.' }
    ]
  }
}
export const mineSharesDef = def('mine_production')
export const reservesSharesDef = def('reserves')

/** Company- or site-level figures (scope "MP Materials") are not national totals. */
function national(f: Figure): boolean {
  return !f.scope || /^total\b/i.test(f.scope.trim())
}

function published(f: Figure): string {
  return /^\d{4}(-\d{2})?/.exec(f.sourcePublished ?? '')?.[0] ?? ''
}

/** The newest USGS MCS edition with a World total, else any source with one. */
export function defaultSource(figures: Figure[]): string | undefined {
  const worlds = figures.filter((f) => f.countryCode === 'WLD' && f.value !== null && f.sourceCode)
  const usgs = worlds.filter((f) => /^USGS-MCS/i.test(f.sourceCode ?? ''))
  const pool = usgs.length ? usgs : worlds
  const best = [...pool].sort((a, b) => published(b).localeCompare(published(a)) || (b.sourceCode ?? '').localeCompare(a.sourceCode ?? ''))[0]
  return best?.sourceCode ?? undefined
}

function pickPerCountry(figures: Figure[], measure: Measure, year: number): { picked: Figure[]; choices: IndicatorChoice[] } {
  const byCountry = new Map<string, Figure[]>()
  for (const f of figures) byCountry.set(f.countryCode, [...(byCountry.get(f.countryCode) ?? []), f])
  const picked: Figure[] = []
  const choices: IndicatorChoice[] = []
  for (const group of byCountry.values()) {
    const { figure, choice } = chooseFigure(group, `${group[0]!.countryName}, ${WORDS[measure]} ${year}`)
    picked.push(figure)
    if (choice) choices.push(choice)
  }
  return { picked, choices }
}

export function computeWorldShares(db: Db, measure: Measure, params: IndicatorParams): IndicatorResult {
  const d = measure === 'mine_production' ? mineSharesDef : reservesSharesDef
  const words = WORDS[measure]
  const all = figuresOf(db, measure).filter((f) => f.year !== null && national(f))
  const source = stringParam(params, 'source') || defaultSource(all)
  if (!source) return notComputable(d, params, `no source in the dataset gives a World total of ${words}.`)
  const resolved = { ...params, source }
  const fromSource = source === 'any' ? all : all.filter((f) => f.sourceCode === source)
  const worldYears = fromSource.filter((f) => f.countryCode === 'WLD' && f.value !== null).map((f) => f.year as number)
  const year = yearParam(params, 'year') ?? (worldYears.length ? Math.max(...worldYears) : null)
  const label = source === 'any' ? 'any source' : source
  if (year === null || !worldYears.includes(year)) {
    return notComputable(
      d,
      { ...resolved, year },
      `${label} gives no World total of ${words}${year === null ? '' : ` for ${year}`}${worldYears.length ? ` (it does for ${[...new Set(worldYears)].sort().join(', ')})` : ''}.`
    )
  }
  const inYear = fromSource.filter((f) => f.year === year)
  const { picked, choices } = pickPerCountry(inYear, measure, year)
  const world = picked.find((f) => f.countryCode === 'WLD')!
  const result = sharesOf(picked, world, choices, words, label, year)
  if (!result.headline)
    return notComputable(
      d,
      { ...resolved, year },
      `${label} gives a World total of ${words} for ${year} but no country figure that can be compared with it.`,
      result.rows,
      result.notes
    )
  return computed(d, { ...resolved, year }, result)
}

function sharesOf(picked: Figure[], world: Figure, choices: IndicatorChoice[], words: string, label: string, year: number): Parameters<typeof computed>[2] {
  const notes: string[] = []
  const shares: { f: Figure; share: number }[] = []
  for (const f of picked.filter((x) => x.countryCode !== 'WLD').sort(byRule)) {
    if (f.value === null) continue
    const c = convert(f.value, f.unit, world.unit)
    if (!c.ok || f.basis !== world.basis) {
      notes.push(
        `Left out ${figureLabel(f)} (${f.countryName}): ${c.ok ? `its basis "${f.basis}" differs from the World total's "${world.basis}".` : c.message}`
      )
      continue
    }
    shares.push({ f, share: (c.value / (world.value as number)) * 100 })
  }
  shares.sort((a, b) => b.share - a.share)
  const missing = picked.filter((f) => f.value === null && f.countryCode !== 'WLD').map((f) => f.countryName)
  if (missing.length) notes.push(`No figure (NA) for ${missing.join(', ')}.`)
  if (world.qualifier === '>' || world.qualifier === '>=')
    notes.push(`The World total ${figureLabel(world)} is "more than ${fmt(world.value as number, 0)} ${world.unit}", so each share is an upper bound.`)
  const sum = shares.reduce((s, x) => s + x.share, 0)
  if (sum > 100.5) notes.push(`The country figures add up to ${fmt(sum, 1)}% of the World total: they come from different sources or rounding.`)
  const top = shares[0]
  if (!top) return { headline: null, values: [], chart: null, rows: [figureRef(world)], choices, notes }
  return {
    headline: { value: round(top.share, 2), unit: '% of world', year, label: `${top.f.countryName}, ${words} ${year} (${label})` },
    values: shares.map((s) => ({
      label: s.f.countryName,
      value: round(s.share, 2),
      unit: '% of world',
      year,
      note: `${figureLabel(s.f)}: ${fmt(s.f.value as number)} of ${fmt(world.value as number)} ${world.unit}`
    })),
    chart: chart({
      kind: 'bar',
      title: `Share of world ${words}, ${year} (% of world; ${label})`,
      xTitle: 'Country',
      yTitle: 'Share of world (%)',
      unit: '%',
      categories: shares.map((s) => s.f.countryName),
      series: [{ name: `% of world ${words}`, values: shares.map((s) => round(s.share, 2)) }]
    }),
    rows: [figureRef(world), ...shares.map((s) => figureRef(s.f))],
    choices,
    notes
  }
}
