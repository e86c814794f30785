// A small ECharts chart from an indicator's chart spec: bars for shares, lines for series, a log value axis
// when the engine says values span a thousandfold, labelled axes and the unit in the title. Only the ECharts
// modules used here are loaded; the SVG renderer keeps text crisp and matches the charts in printed briefs.
import { useEffect, useRef, type ReactElement } from 'react'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { IndicatorChart } from '../../../shared/analysis'
import { chartOption } from './chartOption'

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, TitleComponent, MarkLineComponent, SVGRenderer])

export function EChart({ spec, height = 220 }: { spec: IndicatorChart; height?: number }): ReactElement {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = host.current
    if (!el) return
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
    const chart = echarts.init(el, dark ? 'dark' : undefined, { renderer: 'svg' })
    chart.setOption(chartOption(spec, dark))
    const resize = new ResizeObserver(() => chart.resize())
    resize.observe(el)
    return () => {
      resize.disconnect()
      chart.dispose()
    }
  }, [spec])
  return <div className="echart" ref={host} style={{ height }} role="img" aria-label={spec.title} data-log={spec.log ? 'true' : 'false'} />
}
