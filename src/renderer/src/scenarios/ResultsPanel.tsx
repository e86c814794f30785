// A scenario's results: coverage per stage over the years, the per-year table with the bottleneck, and where the
// tonnes of magnets go in the chosen year.
import { useMemo, useState, type ReactElement } from 'react'
import { coverageOption, tonnesOption } from '../../../shared/scenarioCharts'
import type { ScenarioResults } from '../../../shared/scenarios'
import { percent, tonnes } from './format'
import { ScenarioChart } from './ScenarioChart'
import { useDarkScheme } from '../ui/useDarkScheme'

export function ResultsPanel({ results }: { results: ScenarioResults }): ReactElement {
  const [year, setYear] = useState(2030)
  const chosen = results.years.find((y) => y.year === year) ?? results.years[0]!
  const dark = useDarkScheme()
  const coverage = useMemo(() => coverageOption(results, { dark }), [results, dark])
  const where = useMemo(() => tonnesOption(chosen, results.scenario.name, { dark }), [chosen, results.scenario.name, dark])
  return (
    <section className="scenario-results" data-testid="scenario-results">
      <ScenarioChart option={coverage} label={`Coverage per stage, ${results.scenario.name}`} testId="coverage-chart" />
      <div className="scenario-row">
        <label>
          Year{' '}
          <select value={chosen.year} onChange={(e) => setYear(Number(e.target.value))} aria-label="Year for where the tonnes go">
            {results.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
        <p className="scenario-bottleneck" data-testid="chosen-bottleneck">
          {chosen.bottleneck.text}
        </p>
      </div>
      <ScenarioChart option={where} label={`Where the tonnes go in ${chosen.year}`} height={220} testId="tonnes-chart" />
      <table className="scenario-table" data-testid="results-table">
        <thead>
          <tr>
            <th>Year</th>
            <th className="num">Demand</th>
            <th className="num">Made in India</th>
            <th className="num">Domestic</th>
            <th className="num">With imports</th>
            <th>Bottleneck</th>
          </tr>
        </thead>
        <tbody>
          {results.years.map((y) => (
            <tr key={y.year} data-year={y.year}>
              <td>{y.year}</td>
              <td className="num">{tonnes(y.demand)}</td>
              <td className="num">{tonnes(y.domesticMagnets)}</td>
              <td className="num">{percent(y.domesticCoverage)}</td>
              <td className="num">{percent(y.totalCoverage)}</td>
              <td className="bottleneck-cell">{y.bottleneck.text.replace(/^\d{4}: /, '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
