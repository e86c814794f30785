// The ECharts option for an indicator chart spec: one palette, labelled axes, the unit in the title,
// a logarithmic value axis when the values span a thousandfold, and reference lines (HHI thresholds).
import type { IndicatorChart } from '../../../shared/analysis'

const PALETTE = ['#4f5bd5', '#c2410c', '#0f766e', '#a16207', '#7c3aed']

function compact(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e9) return `${+(value / 1e9).toPrecision(3)}B`
  if (abs >= 1e6) return `${+(value / 1e6).toPrecision(3)}M`
  if (abs >= 1e3) return `${+(value / 1e3).toPrecision(3)}k`
  return `${+value.toPrecision(3)}`
}

export function chartOption(spec: IndicatorChart, dark: boolean): Record<string, unknown> {
  const muted = dark ? '#9c9ea7' : '#62656d'
  // On a log axis bars grow from the axis minimum: start it a decade below the smallest value.
  const positive = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null && v > 0)
  const logMin = spec.log && positive.length ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : undefined
  const twoLine = spec.categories.some((c) => c.includes('\n'))
  const long = !twoLine && (spec.categories.some((c) => c.length > 14) || spec.categories.length > 6)
  return {
    backgroundColor: 'transparent',
    color: PALETTE,
    animation: false,
    title: { text: spec.title, left: 0, top: 0, textStyle: { fontSize: 12, fontWeight: 600, color: dark ? '#e4e5e9' : '#1d1e22' } },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toLocaleString('en-US')} ${spec.unit}` : String(v)) },
    grid: { left: 22, right: 12, top: 36, bottom: 26, containLabel: true },
    xAxis: {
      type: 'category',
      data: spec.categories,
      name: spec.xTitle,
      nameLocation: 'middle',
      nameGap: long ? 58 : twoLine ? 44 : 26,
      nameTextStyle: { color: muted, fontSize: 11 },
      axisLabel: { color: muted, fontSize: 10, interval: 0, rotate: long ? 30 : 0, width: twoLine ? 110 : 90, overflow: 'truncate', lineHeight: 13 }
    },
    yAxis: {
      type: spec.log ? 'log' : 'value',
      min: logMin,
      startValue: logMin,
      name: spec.log ? `${spec.yTitle}, log scale` : spec.yTitle,
      nameLocation: 'middle',
      nameGap: 44,
      nameTextStyle: { color: muted, fontSize: 11 },
      axisLabel: { color: muted, fontSize: 10, formatter: (v: number) => compact(v) },
      splitLine: { lineStyle: { color: dark ? '#2b2c32' : '#efeff2' } }
    },
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind,
      data: s.values,
      barMaxWidth: 34,
      symbolSize: 6,
      markLine: spec.marks?.length
        ? {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: muted },
            label: { formatter: '{b}', color: muted, fontSize: 10, position: 'insideEndTop' },
            data: spec.marks.map((m) => ({ yAxis: m.value, name: m.label }))
          }
        : undefined
    }))
  }
}
