// The context figures section: the brief's charts, two to a row, each with a numbered caption, its unit and its
// citations. Charts come from ECharts' SSR SVG; the SVG is generated from numbers and escaped labels only.
import type { ReactNode } from 'react'
import { CHART_LABELS } from '../../../shared/briefs'
import { compactNumbers } from '../citations'
import { problem, useBrief } from '../context'
import { chartSvg, type ChartData } from '../charts'
import { noteShown } from './parts'

function Chart({ data, index }: { data: ChartData; index: number }): ReactNode {
  const ctx = useBrief()
  const numbers = data.bars.map((b) => {
    noteShown(ctx, b.figure)
    return ctx.citations.cite(b.figure.sourceId)
  })
  const labels = data.bars.map((b, i) => (data.citeEachBar && numbers[i] !== null ? `${b.label} [${numbers[i]}]` : b.label))
  const height = Math.max(150, 34 + data.bars.length * (data.horizontal ? 19 : 0) + (data.horizontal ? 0 : 120))
  const svg = chartSvg(data, labels, { width: 330, height })
  const cites = compactNumbers(numbers)
  return (
    <figure>
      <div dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>
        <b>Figure {index}.</b> {data.caption}. {data.citeEachBar ? 'Sources as numbered beside each bar.' : 'Source: '}
        {!data.citeEachBar && cites ? <span className="cite">[{cites}]</span> : null}
      </figcaption>
    </figure>
  )
}

export function Figures(): ReactNode {
  const ctx = useBrief()
  const charts: ChartData[] = []
  for (const { kind, data } of ctx.data.charts) {
    if (data) charts.push(data)
    else problem(ctx, { kind: 'empty', level: 'warning', message: `The chart "${CHART_LABELS[kind]}" has no data in this dataset and is left out.` })
  }
  if (!charts.length) return <p className="empty">No charts to show.</p>
  return (
    <div className="figures">
      {charts.map((data, i) => (
        <Chart key={data.kind} data={data} index={i + 1} />
      ))}
    </div>
  )
}
