// The Indicators view: one card per computed indicator (each with its own parameters), then the figures
// that disagree with "prefer this one". Everything recomputes on every dataset change.
import type { ReactElement } from 'react'
import { call } from '../api/client'
import { useRequest } from '../app/useRequest'
import { ConflictsPanel } from './ConflictsPanel'
import { IndicatorCard } from './IndicatorCard'
import './indicators.css'

interface Props {
  revision: number
  readOnly: boolean
  onChanged(): void
}

export function IndicatorsView({ revision, readOnly, onChanged }: Props): ReactElement {
  const defs = useRequest(() => call('indicators.list', {}), [revision])
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
            <IndicatorCard key={d.id} def={d} revision={revision} readOnly={readOnly} onChanged={onChanged} />
          ))}
        </div>
        <ConflictsPanel revision={revision} readOnly={readOnly} onChanged={onChanged} />
      </div>
    </main>
  )
}
