// Results at a glance beside the assumptions: the coverage chart and four years' coverage, redrawn from the
// engine's answer after each edit, so the analyst sees what an input does without leaving the grid.
import { useMemo, type ReactElement } from 'react'
import { coverageOption, hasSm } from '../../../shared/scenarioCharts'
import type { ScenarioResults } from '../../../shared/scenarios'
import { percent, tonnes } from './format'
import { ScenarioChart } from './ScenarioChart'

const YEARS = [2025, 2030, 2035, 2040]

export function ResultsGlance({ results }: { results: ScenarioResults }): ReactElement {
  const coverage = useMemo(() => coverageOption(results), [results])
  const sm = hasSm(results)
  const years = results.years.filter((y) => YEARS.includes(y.year))
  return (
    <section className="scenario-glance" aria-label="Results at a glance" data-testid="results-glance">
      <ScenarioChart option={coverage} label={`Coverage per stage, ${results.scenario.name}`} height={200} testId="glance-chart" />
      <table className="scenario-table" data-testid="glance-table">
        <thead>
          <tr>
            <th>Year</th>
            <th className="num">Demand</th>
            <th className="num">Domestic</th>
            <th className="num">With imports</th>
            {sm ? <th className="num">SmCo domestic</th> : null}
            {sm ? <th className="num">SmCo with imports</th> : null}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} data-year={y.year}>
              <td>{y.year}</td>
              <td className="num">{tonnes(y.demand)}</td>
              <td className="num">{percent(y.domesticCoverage)}</td>
              <td className="num">{percent(y.totalCoverage)}</td>
              {sm ? <td className="num">{percent(y.smco?.domesticCoverage ?? null)}</td> : null}
              {sm ? <td className="num">{percent(y.smco?.totalCoverage ?? null)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
