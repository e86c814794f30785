// Two to four scenarios side by side: the same coverage chart on the same axes for each, and their domestic and
// total coverage per year in one table (SmCo magnets' too, for a scenario with the Sm option).
import { useMemo, type ReactElement } from 'react'
import { useCall } from '../data/queries'
import { coverageOption } from '../../../shared/scenarioCharts'
import type { ScenarioSummary } from '../../../shared/scenarios'
import { percent } from './format'
import { ScenarioChart } from './ScenarioChart'
import { useDarkScheme } from '../ui/useDarkScheme'

interface Props {
  scenarios: readonly ScenarioSummary[]
  chosen: readonly number[]
  onChoose(ids: number[]): void
}

export function ComparePanel({ scenarios, chosen, onChoose }: Props): ReactElement {
  const ok = chosen.length >= 2 && chosen.length <= 4
  const compared = useCall('scenarios.compare', ok ? { ids: [...chosen] } : null)
  const dark = useDarkScheme()
  const options = useMemo(() => (compared.data ?? []).map((r) => coverageOption(r, { yMax: 100, dark })), [compared.data, dark])
  const toggle = (id: number): void => onChoose(chosen.includes(id) ? chosen.filter((x) => x !== id) : chosen.length < 4 ? [...chosen, id] : [...chosen])
  return (
    <section data-testid="compare-panel">
      <fieldset className="scenario-compare-pick">
        <legend>Compare two to four scenarios</legend>
        {scenarios.map((s) => (
          <label key={s.id}>
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={() => toggle(s.id)} /> {s.name}
          </label>
        ))}
      </fieldset>
      {!ok ? <p className="muted">Choose two to four scenarios.</p> : null}
      {compared.error ? <p className="error-text">{compared.error}</p> : null}
      <div className="scenario-compare-grid">
        {(compared.data ?? []).map((r, i) => (
          <ScenarioChart key={r.scenario.id} option={options[i]!} label={`Coverage per stage, ${r.scenario.name}`} height={240} testId="compare-chart" />
        ))}
      </div>
      {compared.data && compared.data.length ? (
        <table className="scenario-table" data-testid="compare-table">
          <thead>
            <tr>
              <th>Year</th>
              {compared.data.map((r) => (
                <th key={r.scenario.id} className="num">
                  {r.scenario.name}: domestic / with imports
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {compared.data[0]!.years.map((y, i) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                {compared.data!.map((r) => (
                  <td key={r.scenario.id} className="num">
                    {percent(r.years[i]?.domesticCoverage ?? null)} / {percent(r.years[i]?.totalCoverage ?? null)}
                    {r.years[i]?.smco ? (
                      <div className="muted">
                        SmCo {percent(r.years[i]!.smco!.domesticCoverage)} / {percent(r.years[i]!.smco!.totalCoverage)}
                      </div>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
