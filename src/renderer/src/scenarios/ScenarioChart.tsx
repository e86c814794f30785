// One scenario chart drawn by ECharts with the SVG renderer from an option built in shared/scenarioCharts.ts (the
// same builder briefs use server-side), so the app and the printed brief show the same chart.
import { useEffect, useRef, type ReactElement } from 'react'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, SVGRenderer])

export function ScenarioChart({
  option,
  label,
  height = 260,
  testId
}: {
  option: Record<string, unknown>
  label: string
  height?: number
  testId?: string
}): ReactElement {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = host.current
    if (!el) return
    const chart = echarts.init(el, undefined, { renderer: 'svg' })
    chart.setOption(option)
    const resize = new ResizeObserver(() => chart.resize())
    resize.observe(el)
    return () => {
      resize.disconnect()
      chart.dispose()
    }
  }, [option])
  return <div className="scenario-chart" ref={host} style={{ height }} role="img" aria-label={label} data-testid={testId} />
}
