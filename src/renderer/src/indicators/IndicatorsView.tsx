// The Indicators view: one card per computed indicator (each with its own parameters), then the figures
// that disagree with "prefer this one". Each card is a query: it recomputes when a change can have moved it.
import type { ReactElement } from 'react'
import { useCall } from '../data/queries'
import { ConflictsPanel } from './ConflictsPanel'
import { IndicatorCard } from './IndicatorCard'
import './indicators.css'

interface Props {
  readOnly: boolean
}

export function IndicatorsView({ readOnly }: Props): ReactElement {
  const defs = useCall('indicators.list', {})
  return (
    <main id="main-content" className="analysis" data-testid="indicators-view">
      <div className="analysis-page">
        <header className="analysis-head">
          <h1>Indicators</h1>
          <p className="muted">Computed from the dataset, each with its formula, the rows it used and their sources.</p>
        </header>
        {defs.error ? <p className="error-text">{defs.error}</p> : null}
        <div className="cards">
          {(defs.data ?? []).map((d) => (
            <IndicatorCard key={d.id} def={d} readOnly={readOnly} />
          ))}
        </div>
        <ConflictsPanel readOnly={readOnly} />
      </div>
    </main>
  )
}
