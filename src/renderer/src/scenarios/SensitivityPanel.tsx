// The sensitivity view: each input moved over its range (the conflicting figures' span where the dataset has one,
// else 20% either side), ranked by how far it moves the chosen result; drawn as a tornado.
import { useMemo, useState, type ReactElement } from 'react'
import { useCall } from '../data/queries'
import { tornadoOption } from '../../../shared/scenarioCharts'
import type { SensitivityMetric } from '../../../shared/scenarios'
import { percent, valueText } from './format'
import { ScenarioChart } from './ScenarioChart'
import { useDarkScheme } from '../ui/useDarkScheme'

export function SensitivityPanel({ scenarioId }: { scenarioId: number }): ReactElement {
  const [year, setYear] = useState(2030)
  const [metric, setMetric] = useState<SensitivityMetric>('domesticCoverage')
  const result = useCall('scenarios.sensitivity', { id: scenarioId, year, metric, limit: 20 })
  const dark = useDarkScheme()
  const option = useMemo(() => (result.data ? tornadoOption(result.data, { dark }) : null), [result.data, dark])
  return (
    <section data-testid="sensitivity-panel">
      <div className="scenario-row">
        <label>
          Year <input type="number" min={2025} max={2040} value={year} onChange={(e) => setYear(Number(e.target.value))} aria-label="Sensitivity year" />
        </label>
        <label>
          Result{' '}
          <select value={metric} onChange={(e) => setMetric(e.target.value as SensitivityMetric)} aria-label="Sensitivity result">
            <option value="domesticCoverage">Magnet coverage, domestic</option>
            <option value="totalCoverage">Magnet coverage, with imports</option>
            <option value="smcoDomesticCoverage">SmCo magnet coverage, domestic (Sm option)</option>
            <option value="smcoTotalCoverage">SmCo magnet coverage, with imports (Sm option)</option>
          </select>
        </label>
      </div>
      {result.error ? <p className="error-text">{result.error}</p> : null}
      {option && result.data ? (
        <>
          <ScenarioChart option={option} label="Sensitivity tornado" height={Math.max(220, 60 + 22 * result.data.bars.length)} testId="tornado-chart" />
          <table className="scenario-table">
            <thead>
              <tr>
                <th>Input</th>
                <th className="num">Low</th>
                <th className="num">High</th>
                <th>Range from</th>
                <th className="num">Result at low</th>
                <th className="num">Result at high</th>
              </tr>
            </thead>
            <tbody>
              {result.data.bars.map((b) => (
                <tr key={b.key}>
                  <td>
                    {b.label} {b.kind === 'assumption' ? <span className="tag">assumption</span> : null}
                  </td>
                  <td className="num">{valueText(b.low)}</td>
                  <td className="num">{valueText(b.high)}</td>
                  <td>{b.rangeFrom}</td>
                  <td className="num">{percent(b.atLow)}</td>
                  <td className="num">{percent(b.atHigh)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}
