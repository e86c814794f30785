// A scenario's results: the elements shown (NdPr, Dy and Tb always; Sm for SmCo magnets when the scenario has SmCo
// inputs), coverage per stage over the years, the per-year table with the bottleneck, and where the tonnes of
// magnets (and SmCo magnets) go in the chosen year.
import { useMemo, useState, type ReactElement } from 'react'
import { coverageOption, hasSm, tonnesOption } from '../../../shared/scenarioCharts'
import type { ScenarioResults } from '../../../shared/scenarios'
import { percent, tonnes } from './format'
import { ScenarioChart } from './ScenarioChart'

export function ResultsPanel({ results }: { results: ScenarioResults }): ReactElement {
  const [year, setYear] = useState(2030)
  const [showSm, setShowSm] = useState(true)
  const available = hasSm(results)
  const sm = available && showSm
  const chosen = results.years.find((y) => y.year === year) ?? results.years[0]!
  const coverage = useMemo(() => coverageOption(results, { sm }), [results, sm])
  const where = useMemo(() => tonnesOption(chosen, results.scenario.name), [chosen, results.scenario.name])
  const whereSm = useMemo(() => (sm && chosen.smco ? tonnesOption(chosen, results.scenario.name, {}, 'SmCo') : null), [chosen, results.scenario.name, sm])
  return (
    <section className="scenario-results" data-testid="scenario-results">
      <fieldset className="scenario-row scenario-elements" aria-label="Elements">
        <legend>Elements</legend>
        {['NdPr', 'Dy', 'Tb'].map((el) => (
          <label key={el}>
            <input type="checkbox" checked disabled /> {el}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={sm} disabled={!available} onChange={(e) => setShowSm(e.target.checked)} /> Sm (SmCo magnets)
        </label>
        {available ? null : <span className="muted">This scenario has no SmCo inputs: copy it with Sm to add them.</span>}
      </fieldset>
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
      {whereSm ? (
        <>
          <p className="scenario-bottleneck" data-testid="chosen-sm-bottleneck">
            {chosen.smco!.bottleneck.text}
          </p>
          <ScenarioChart option={whereSm} label={`Where the tonnes of SmCo magnets go in ${chosen.year}`} height={200} testId="smco-tonnes-chart" />
        </>
      ) : null}
      <table className="scenario-table" data-testid="results-table">
        <thead>
          <tr>
            <th>Year</th>
            <th className="num">Demand</th>
            <th className="num">Made in India</th>
            <th className="num">Domestic</th>
            <th className="num">With imports</th>
            <th>Bottleneck</th>
            {sm ? (
              <>
                <th className="num">SmCo demand</th>
                <th className="num">SmCo domestic</th>
                <th className="num">SmCo with imports</th>
                <th>Sm bottleneck</th>
              </>
            ) : null}
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
              {sm && y.smco ? (
                <>
                  <td className="num">{tonnes(y.smco.demand)}</td>
                  <td className="num">{percent(y.smco.domesticCoverage)}</td>
                  <td className="num">{percent(y.smco.totalCoverage)}</td>
                  <td className="sm-bottleneck-cell">{y.smco.bottleneck.text.replace(/^\d{4}: /, '')}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
