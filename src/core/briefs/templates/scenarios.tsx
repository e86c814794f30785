// The brief's Scenarios section: each chosen scenario's definition (what it copies and changes), its coverage chart
// (SVG, as in the app), the results table for 2025, 2030, 2035 and 2040 with the bottleneck, then every input: cited
// figures with their citation in the source list, labelled assumptions listed as such with the analyst's note.
import type { ReactNode } from 'react'
import type { ScenarioInput, ScenarioResults } from '../../../shared/scenarios'
import { coverageOption } from '../../../shared/scenarioCharts'
import { chartSvg } from '../../scenarios/svg'
import { problem, useBrief } from '../context'
import { Cite } from './parts'

const YEARS = [2025, 2030, 2035, 2040]
const pct = (x: number | null): string => (x === null ? 'no need' : `${x.toFixed(0)}%`)
const t = (x: number): string => Math.round(x).toLocaleString('en-GB')
const value = (i: ScenarioInput): string => `${+i.value.toPrecision(4)} ${i.unit}`

function chosen(ctx: ReturnType<typeof useBrief>): ScenarioResults[] {
  return ctx.data.scenarios.flatMap((s) => {
    if ('results' in s) return [s.results]
    problem(ctx, { kind: 'missing', level: 'error', message: `Scenario ${s.id} cannot be shown: ${s.error}` })
    return []
  })
}

function Inputs({ inputs, title }: { inputs: ScenarioInput[]; title: string }): ReactNode {
  const cited = inputs.filter((i) => i.kind === 'cited')
  const assumed = inputs.filter((i) => i.kind === 'assumption')
  return (
    <>
      {cited.length ? (
        <table className="scenario-inputs">
          <caption>{title}: cited figures</caption>
          <tbody>
            {cited.map((i) => (
              <tr key={i.key}>
                <td>{i.label}</td>
                <td className="num">{value(i)}</td>
                <td>
                  {i.figure!.code}
                  {i.pick && i.pick !== 'value' ? ` (${i.pick} of ${i.figure!.valueText ?? ''})` : ''}
                </td>
                <td className="src">
                  <Cite ids={[]} codes={i.figure!.source?.code ?? null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {assumed.length ? (
        <table className="scenario-assumptions">
          <caption>{title}: labelled assumptions (the analyst&rsquo;s, not a source&rsquo;s)</caption>
          <tbody>
            {assumed.map((i) => (
              <tr key={i.key}>
                <td>{i.label}</td>
                <td className="num">{value(i)}</td>
                <td>Assumption: {i.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  )
}

/** One year's line of a results table: NdFeB magnets (the year itself) or the Sm option's SmCo magnets. */
interface ResultLine {
  year: number
  demand: number
  domesticMagnets: number
  domesticCoverage: number | null
  totalCoverage: number | null
  bottleneck: { text: string }
}

/** Demand, made in India, coverage domestic and with imports, and the bottleneck in words, for the brief's years. */
function ResultsTable({ lines, caption, className }: { lines: ResultLine[]; caption?: string; className: string }): ReactNode {
  return (
    <table className={className}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th>Year</th>
          <th className="num">Demand, t</th>
          <th className="num">Made in India, t</th>
          <th className="num">Domestic</th>
          <th className="num">With imports</th>
          <th>Bottleneck</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((y) => (
          <tr key={y.year}>
            <td>{y.year}</td>
            <td className="num">{t(y.demand)}</td>
            <td className="num">{t(y.domesticMagnets)}</td>
            <td className="num">{pct(y.domesticCoverage)}</td>
            <td className="num">{pct(y.totalCoverage)}</td>
            <td>{y.bottleneck.text.replace(/^\d{4}: /, '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The Sm option's results (SmCo magnets), for a scenario that has it: the same columns as the NdFeB table. */
function SmcoTable({ r }: { r: ScenarioResults }): ReactNode {
  const lines = r.years.flatMap((y) => (YEARS.includes(y.year) && y.smco ? [{ ...y.smco, year: y.year }] : []))
  return lines.length ? <ResultsTable lines={lines} caption="SmCo magnets (the Sm option)" className="scenario-results scenario-smco" /> : null
}

function Scenario({ r, first }: { r: ScenarioResults; first: boolean }): ReactNode {
  const own = r.inputs.filter((i) => i.from.scenarioId === r.scenario.id)
  const svg = chartSvg(coverageOption(r), 660, 250)
  return (
    <div className="scenario" data-scenario={r.scenario.id}>
      <h3>{r.scenario.name}</h3>
      <p>
        {r.scenario.description ?? ''}{' '}
        {r.scenario.baseName ? `A copy of ${r.scenario.baseName} that changes ${own.length} input${own.length === 1 ? '' : 's'}.` : 'The baseline.'}
      </p>
      <figure className="chart">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>Coverage of the need each stage implies, % (magnets: of demand). Same chart as the app.</figcaption>
      </figure>
      <ResultsTable lines={r.years.filter((y) => YEARS.includes(y.year))} className="scenario-results" />
      <SmcoTable r={r} />
      <Inputs inputs={first ? r.inputs : own} title={first ? `${r.scenario.name}: inputs` : `${r.scenario.name}: changed inputs`} />
    </div>
  )
}

export function Scenarios(): ReactNode {
  const ctx = useBrief()
  const list = chosen(ctx)
  if (!list.length) {
    problem(ctx, { kind: 'empty', level: 'warning', message: 'The Scenarios section has no scenario to show.' })
    return <p className="empty">No scenarios.</p>
  }
  return (
    <>
      <p>
        How much of India&rsquo;s magnet demand each stage of the chain (mining, separation, metal making, magnet making) could cover, year by year. Every input
        is a cited figure of the dataset or a labelled analyst assumption.
      </p>
      {list.map((r, i) => (
        <Scenario key={r.scenario.id} r={r} first={i === 0 || r.scenario.baseId === null} />
      ))}
    </>
  )
}
