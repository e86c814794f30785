// The brief's charts: data picked from the dataset, drawn by ECharts' server-side SVG renderer (no DOM, no canvas),
// so the preview and the PDF carry the same crisp vector chart. One restrained palette; units in captions.
import * as echarts from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { ChartKind } from '../../shared/briefs'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import { figureByCode, findFigures, type CountryRow, type Figure } from './data'
import { formatNumber } from './format'

echarts.use([BarChart, GridComponent, SVGRenderer])

export const ACCENT = '#1d4e6f'
const ACCENT_LIGHT = '#7fa6c4'
const MUTED = '#c3ccd5'
const INK = '#333a40'

export interface ChartData {
  kind: ChartKind
  caption: string
  unit: string
  /** Bars top to bottom. */
  bars: { label: string; value: number; figure: Figure; highlight?: 'accent' | 'light' }[]
  /** Add each bar's citation number to its label (when bars come from different sources). */
  citeEachBar: boolean
  horizontal: boolean
}

function short(text: string, max = 34): string {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text
}

function byCountry(db: Db, indicator: string, country: CountryRow | undefined, caption: (f: Figure) => string): ChartData | null {
  const world = findFigures(db, { indicators: [indicator], countryCode: 'WLD', withYear: true })
  for (const total of world) {
    const figures = prepared(
      db,
      `SELECT o.code FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN country c ON c.id = o.country_id
         WHERE i.code = ? AND o.year = ? AND o.source_id IS ? AND o.value IS NOT NULL AND c.code NOT IN ('WLD', 'MUL') AND o.basis = ?
         ORDER BY o.value DESC LIMIT 9`
    ).all(indicator, total.year, total.sourceId, total.basis) as { code: string }[]
    if (figures.length < 3) continue
    const full = figures.map((r) => figureByCode(db, r.code)).filter((f): f is Figure => Boolean(f))
    return {
      kind: indicator === 'reserves' ? 'reserves' : 'world_production',
      caption: caption(total),
      unit: total.unit,
      citeEachBar: false,
      horizontal: true,
      bars: full.map((f) => ({
        label: f.countryCode === 'OTH' ? 'Other countries' : f.countryName,
        value: f.value ?? 0,
        figure: f,
        highlight: f.countryCode === 'CHN' ? 'accent' : f.countryCode === country?.code ? 'light' : undefined
      }))
    }
  }
  return null
}

function importShares(db: Db, country: CountryRow | undefined): ChartData | null {
  if (!country) return null
  const figures = findFigures(db, {
    indicators: ['import_share_volume', 'import_share_value', 'import_source_share', 'import_share_unspecified', 'import_dependence_share'],
    countryCode: country.code,
    subjectLike: '%China%',
    withYear: true
  })
    .filter((f) => f.unit.startsWith('%'))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, 9)
  if (figures.length < 2) return null
  return {
    kind: 'import_shares',
    caption: `Share of ${country.name}'s rare-earth imports from China, as published, by product and period (%)`,
    unit: '%',
    citeEachBar: true,
    horizontal: true,
    bars: figures.map((f) => ({ label: short(`${f.subject.replace(/ (sourced )?from China/i, '')}, ${f.period}`, 44), value: f.value ?? 0, figure: f }))
  }
}

function magnetOutput(db: Db): ChartData | null {
  const figures = findFigures(db, { indicators: ['magnet_production'], countryCode: 'CHN', withYear: true })
    .filter((f) => f.unit === 't' || f.unit === 't/yr')
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (b.value ?? 0) - (a.value ?? 0))
  const perYear = figures.filter((f, i) => i === 0 || f.year !== figures[i - 1].year)
  if (perYear.length < 2) return null
  return {
    kind: 'magnet_output',
    caption: "China's permanent-magnet output by year, several estimates (t)",
    unit: 't',
    citeEachBar: true,
    horizontal: false,
    bars: perYear.map((f) => ({ label: String(f.year), value: f.value ?? 0, figure: f, highlight: 'accent' }))
  }
}

export function chartData(db: Db, kind: ChartKind, country: CountryRow | undefined): ChartData | null {
  if (kind === 'world_production') {
    return byCountry(
      db,
      'mine_production',
      country,
      (t) => `World mine production by country, ${t.year}${t.qualifier === 'e' ? ' (estimates)' : ''} (${t.unit})`
    )
  }
  if (kind === 'reserves') return byCountry(db, 'reserves', country, (t) => `Reserves by country, ${t.year} (${t.unit})`)
  if (kind === 'import_shares') return importShares(db, country)
  return magnetOutput(db)
}

const COLORS = { accent: ACCENT, light: ACCENT_LIGHT }

const drawn = new Map<string, string>()
const DRAWN_MAX = 32

/** SVG markup for a chart; labels are given (with citation numbers already appended where wanted). The same
 *  numbers and labels always draw the same SVG, so recent drawings are kept: a text edit re-renders in a blink. */
export function chartSvg(data: ChartData, labels: string[], size: { width: number; height: number }): string {
  const key = JSON.stringify([data.kind, data.unit, data.horizontal, labels, data.bars.map((b) => [b.value, b.highlight ?? '']), size])
  const hit = drawn.get(key)
  if (hit !== undefined) return hit
  const svg = drawChart(data, labels, size)
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value as string)
  drawn.set(key, svg)
  return svg
}

function drawChart(data: ChartData, labels: string[], size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  const values = data.bars.map((b) => ({ value: b.value, itemStyle: { color: b.highlight ? COLORS[b.highlight] : MUTED } }))
  const text = { fontFamily: 'Inter, sans-serif', fontSize: 9, color: INK }
  const category = {
    type: 'category' as const,
    data: labels,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#8a949e' } },
    axisLabel: { ...text, interval: 0 }
  }
  const value = {
    type: 'value' as const,
    splitLine: { lineStyle: { color: '#e3e7eb' } },
    axisLabel: { ...text, color: '#6b747c', formatter: (v: number) => (Math.abs(v) >= 1000 ? `${formatNumber(v / 1000)}k` : formatNumber(v)) }
  }
  chart.setOption({
    animation: false,
    textStyle: text,
    grid: { left: 6, right: 42, top: 6, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: data.horizontal ? value : category,
    yAxis: data.horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        data: values,
        barMaxWidth: 14,
        label: {
          show: true,
          position: data.horizontal ? 'right' : 'top',
          ...text,
          fontSize: 8.5,
          formatter: (p: { value: unknown }) => formatNumber(Number(p.value)) + (data.unit === '%' ? '%' : '')
        }
      }
    ]
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
