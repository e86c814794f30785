// ECharts options for the scenario charts, shared by the app (SVG in the DOM) and briefs (server-side SVG), so both
// draw the same chart: coverage per stage over the years (with the Sm option's series when on), where the tonnes go
// in one year, and the sensitivity tornado. Pure data in, plain option objects out: no node, electron or DOM imports.
import type { ScenarioResults, SensitivityResult, YearResult } from './scenarios'

export const SCENARIO_PALETTE = ['#1d4e6f', '#c2410c', '#0f766e', '#a16207', '#7c3aed', '#64748b', '#be185d', '#4d7c0f', '#0e7490', '#9f1239', '#57534e']

export interface ChartTheme {
  dark?: boolean
  /** Fixed axis maximum for compare views (same axes for every scenario). */
  yMax?: number
  /** Show the Sm option's series (SmCo magnets, Sm at metal and separation); by default when the results have them. */
  sm?: boolean
}

/** True when the results model SmCo magnets (the scenario has SmCo inputs). */
export const hasSm = (r: ScenarioResults): boolean => r.years.some((y) => y.smco !== undefined)

const text = (t: ChartTheme): string => (t.dark ? '#e4e5e9' : '#1d1e22')
const muted = (t: ChartTheme): string => (t.dark ? '#9c9ea7' : '#62656d')
/** The value axis' light rules: ECharts' default grey glares on the dark palette, so dark gets a faint one. */
const rules = (t: ChartTheme): Record<string, unknown> => (t.dark ? { splitLine: { lineStyle: { color: '#33353c' } } } : {})

/** The series of the coverage chart: magnets (domestic and with imports) and each element at separation and metal. */
export function coverageSeries(r: ScenarioResults, sm = hasSm(r)): { name: string; values: (number | null)[] }[] {
  const at = (y: YearResult, stage: string, el: string): number | null => y.stages.find((s) => s.stage === stage && s.element === el)?.coverage ?? null
  const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10)
  const smco = sm
    ? [
        { name: 'SmCo magnets, domestic', values: r.years.map((y) => round(y.smco?.domesticCoverage ?? null)) },
        { name: 'SmCo magnets, with imports', values: r.years.map((y) => round(y.smco?.totalCoverage ?? null)) },
        { name: 'Metal Sm', values: r.years.map((y) => round(at(y, 'metal', 'Sm'))) },
        { name: 'Separation Sm', values: r.years.map((y) => round(at(y, 'separation', 'Sm'))) }
      ]
    : []
  return [
    { name: 'Magnets, domestic', values: r.years.map((y) => round(y.domesticCoverage)) },
    { name: 'Magnets, with imports', values: r.years.map((y) => round(y.totalCoverage)) },
    { name: 'Metal NdPr', values: r.years.map((y) => round(at(y, 'metal', 'NdPr'))) },
    { name: 'Metal Dy', values: r.years.map((y) => round(at(y, 'metal', 'Dy'))) },
    { name: 'Separation NdPr', values: r.years.map((y) => round(at(y, 'separation', 'NdPr'))) },
    { name: 'Separation Dy', values: r.years.map((y) => round(at(y, 'separation', 'Dy'))) },
    { name: 'Mining NdPr', values: r.years.map((y) => round(at(y, 'mining', 'NdPr'))) },
    ...smco
  ]
}

export function coverageOption(r: ScenarioResults, theme: ChartTheme = {}): Record<string, unknown> {
  const series = coverageSeries(r, theme.sm ?? hasSm(r))
  return {
    backgroundColor: 'transparent',
    animation: false,
    color: SCENARIO_PALETTE,
    title: { text: `${r.scenario.name}: coverage of need by stage (%)`, left: 0, top: 0, textStyle: { fontSize: 12, fontWeight: 600, color: text(theme) } },
    legend: { top: 20, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 10, color: muted(theme) } },
    tooltip: { trigger: 'axis' },
    // With the Sm option's series the legend takes a second row: the plot starts below it and its axis name.
    grid: { left: 8, right: 12, top: series.length > 9 ? 92 : 70, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: r.years.map((y) => String(y.year)), axisLabel: { color: muted(theme), fontSize: 10 } },
    yAxis: {
      type: 'value',
      min: 0,
      max: theme.yMax ?? 100,
      name: '% of need',
      nameTextStyle: { color: muted(theme), fontSize: 10 },
      axisLabel: { color: muted(theme), fontSize: 10 },
      ...rules(theme)
    },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line',
      data: s.values,
      symbolSize: 4,
      lineStyle: { width: i < 2 || i === 7 || i === 8 ? 2.5 : 1.5, type: i === 1 || i === 8 ? 'dashed' : 'solid' }
    }))
  }
}

/** Where the tonnes of magnets (NdFeB, or SmCo for the Sm option) go in one year: demand, made in India, imported by partner, not supplied. */
export function tonnesBars(
  y: YearResult,
  product: 'magnet' | 'SmCo' = 'magnet'
): { label: string; value: number; kind: 'need' | 'domestic' | 'import' | 'short' }[] {
  const magnets = y.balances.find((b) => b.product === product)!
  const sm = product === 'SmCo' ? y.smco : undefined
  const bars: { label: string; value: number; kind: 'need' | 'domestic' | 'import' | 'short' }[] = [
    { label: 'Demand', value: sm ? sm.demand : y.demand, kind: 'need' },
    { label: 'Made in India', value: sm ? sm.domesticMagnets : y.domesticMagnets, kind: 'domestic' }
  ]
  for (const i of y.imports.filter((x) => x.product === product)) bars.push({ label: `Imports: ${i.partner}`, value: i.tonnes, kind: 'import' })
  bars.push({ label: 'Not supplied', value: Math.max(0, magnets.unmet), kind: 'short' })
  return bars.map((b) => ({ ...b, value: Math.round(b.value) }))
}

export function tonnesOption(y: YearResult, title: string, theme: ChartTheme = {}, product: 'magnet' | 'SmCo' = 'magnet'): Record<string, unknown> {
  const bars = tonnesBars(y, product)
  const colour = { need: '#64748b', domestic: '#0f766e', import: '#1d4e6f', short: '#c2410c' }
  // A waterfall: each bar after demand starts where the previous ones ended.
  let base = 0
  const offsets = bars.map((b) => {
    if (b.kind === 'need') return 0
    const start = base
    base += b.value
    return start
  })
  return {
    backgroundColor: 'transparent',
    animation: false,
    title: {
      text: `${title}, ${y.year}: where the tonnes of ${product === 'SmCo' ? 'SmCo magnets' : 'magnets'} go (t)`,
      left: 0,
      top: 0,
      textStyle: { fontSize: 12, fontWeight: 600, color: text(theme) }
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: theme.yMax, axisLabel: { color: muted(theme), fontSize: 10 }, ...rules(theme) },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { color: muted(theme), fontSize: 10 } },
    series: [
      { type: 'bar', stack: 't', silent: true, itemStyle: { color: 'transparent' }, data: offsets },
      {
        type: 'bar',
        stack: 't',
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: colour[b.kind] } })),
        label: { show: true, position: 'right', fontSize: 10, color: muted(theme), formatter: (p: { value: number }) => p.value.toLocaleString('en-GB') }
      }
    ]
  }
}

/** Tornado: each input's low and high end as bars either side of the base value of the metric. */
export function tornadoOption(s: SensitivityResult, theme: ChartTheme = {}): Record<string, unknown> {
  const bars = s.bars.filter((b) => b.swing > 0)
  const base = s.baseValue ?? 0
  const d = (x: number | null): number => Math.round(((x ?? 0) - base) * 10) / 10
  return {
    backgroundColor: 'transparent',
    animation: false,
    color: ['#0f766e', '#c2410c'],
    title: {
      text: `Sensitivity of ${s.year} ${/domestic/i.test(s.metric) ? 'domestic' : 'total'} ${s.metric.startsWith('smco') ? 'SmCo ' : ''}magnet coverage (points from ${base.toFixed(1)}%)`,
      left: 0,
      top: 0,
      textStyle: { fontSize: 12, fontWeight: 600, color: text(theme) }
    },
    legend: { top: 20, left: 0, textStyle: { fontSize: 10, color: muted(theme) } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 46, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { color: muted(theme), fontSize: 10 }, ...rules(theme) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { color: muted(theme), fontSize: 10, width: 220, overflow: 'truncate' }
    },
    series: [
      { name: 'Input at its low end', type: 'bar', stack: 'x', data: bars.map((b) => d(b.atLow)) },
      { name: 'Input at its high end', type: 'bar', stack: 'y', barGap: '-100%', data: bars.map((b) => d(b.atHigh)) }
    ]
  }
}
