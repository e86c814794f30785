// Scenario charts as SVG strings for briefs: the same ECharts options the app draws (shared/scenarioCharts.ts),
// rendered server-side (no DOM, no canvas), so the printed chart is the one on screen.
import * as echarts from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer])

export function chartSvg(option: Record<string, unknown>, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, textStyle: { fontFamily: 'Inter, sans-serif' }, tooltip: undefined })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
