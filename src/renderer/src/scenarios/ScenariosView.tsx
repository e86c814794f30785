// The Scenarios view: the list of scenarios (the baseline and its copies), a new copy with overrides, and for the
// chosen one its assumptions, results, a comparison with others and the sensitivity tornado. Every change goes
// through the contract as an edit, so undo, redo and the change log work as everywhere else. The chosen scenario
// is the route's; one that is gone falls back to the list (the first scenario) quietly.
import { useEffect, useState, type FormEvent, type ReactElement } from 'react'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'
import { AssumptionsGrid } from './AssumptionsGrid'
import { ComparePanel } from './ComparePanel'
import { ResultsGlance } from './ResultsGlance'
import { ResultsPanel } from './ResultsPanel'
import { SensitivityPanel } from './SensitivityPanel'
import './scenarios.css'

interface Props {
  readOnly: boolean
  /** The scenario the route names; null shows the first. */
  chosenId: number | null
  /** Chooses a scenario; replace when the one asked for is gone. */
  onChoose(id: number | null, replace?: boolean): void
}

const TABS = ['Results', 'Assumptions', 'Compare', 'Sensitivity'] as const
type Tab = (typeof TABS)[number]

export function ScenariosView({ readOnly, chosenId, onChoose: setChosen }: Props): ReactElement {
  const list = useCall('scenarios.list', {})
  const [tab, setTab] = useState<Tab>('Results')
  const [compare, setCompare] = useState<number[]>([])
  const [name, setName] = useState('')
  const [withSm, setWithSm] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const scenarios = list.data ?? []
  const id = chosenId ?? scenarios[0]?.id ?? 0
  // Just made (a copy), the chosen scenario may not be in the list yet: the list catches up when its change arrives.
  const current = scenarios.find((s) => s.id === id)
  // Results before the assumptions: after an edit the engine answers them first, so the numbers redraw sooner.
  const results = useCall('scenarios.results', id ? { id } : null)
  const detail = useCall('scenarios.get', id ? { id } : null)
  const gone = chosenId !== null && detail.notFound
  useEffect(() => {
    if (gone) setChosen(null, true)
  }, [gone, setChosen])

  const copy = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    if (!current || !name.trim()) return
    try {
      const made = await call('scenarios.create', { name: name.trim(), baseId: current.id, overrides: [], withSm })
      setName('')
      setWithSm(false)
      setChosen(made.scenario.id)
      setTab('Assumptions')
      setError(null)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <main id="main-content" className="analysis scenarios" data-testid="scenarios-view">
      <div className="analysis-page">
        <header className="analysis-head">
          <h1>Scenarios</h1>
          <p className="muted">
            How much of India&apos;s magnet demand each stage of the chain can cover, year by year; every input is a cited figure or a labelled assumption.
          </p>
        </header>
        {list.error ? <p className="error-text">{list.error}</p> : null}
        <div className="scenarios-layout">
          <nav className="scenario-list" aria-label="Scenarios">
            {scenarios.map((s) => (
              <button
                key={s.id}
                type="button"
                className={`scenario-item${s.id === id ? ' active' : ''}`}
                aria-current={s.id === id ? 'true' : undefined}
                onClick={() => setChosen(s.id)}
              >
                <span>{s.name}</span>
                <span className="muted">{s.baseName ? `copy of ${s.baseName} · ${s.overrides} changed` : 'baseline'}</span>
              </button>
            ))}
            {readOnly || !current ? null : (
              <form onSubmit={(e) => void copy(e)} className="scenario-copy" aria-label="Copy this scenario">
                <label>
                  New copy of {current.name}
                  <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name of the copy" aria-label="Name of the copy" />
                </label>
                <label>
                  <input type="checkbox" checked={withSm} onChange={(e) => setWithSm(e.target.checked)} /> with Sm (SmCo magnets)
                </label>
                <button type="submit" className="btn btn-small" disabled={!name.trim()}>
                  Copy
                </button>
                {error ? <p className="error-text">{error}</p> : null}
              </form>
            )}
          </nav>
          <div className="scenario-main">
            {current ? (
              <>
                <h2>{current.name}</h2>
                {current.description ? <p className="muted">{current.description}</p> : null}
                <div className="scenario-tabs" role="tablist">
                  {TABS.map((t) => (
                    <button
                      key={t}
                      type="button"
                      role="tab"
                      aria-selected={tab === t}
                      className={`btn btn-small${tab === t ? ' btn-primary' : ''}`}
                      onClick={() => setTab(t)}
                    >
                      {t}
                    </button>
                  ))}
                </div>
                {tab === 'Results' ? (
                  results.error ? (
                    <p className="error-text">{results.error}</p>
                  ) : results.data ? (
                    <ResultsPanel results={results.data} />
                  ) : null
                ) : null}
                {tab === 'Assumptions' && results.data ? <ResultsGlance results={results.data} /> : null}
                {tab === 'Assumptions' && detail.data ? <AssumptionsGrid detail={detail.data} readOnly={readOnly} /> : null}
                {tab === 'Compare' ? <ComparePanel scenarios={scenarios} chosen={compare.length ? compare : [id]} onChoose={setCompare} /> : null}
                {tab === 'Sensitivity' ? <SensitivityPanel scenarioId={id} /> : null}
              </>
            ) : list.data && scenarios.length === 0 ? (
              <p className="muted">This dataset has no scenarios.</p>
            ) : (
              <p className="muted">Loading…</p>
            )}
          </div>
        </div>
      </div>
    </main>
  )
}
