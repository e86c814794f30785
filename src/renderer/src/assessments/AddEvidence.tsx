// Cite a row or a computed indicator as evidence: pick what to search, type, pick a result, say why it
// matters. The engine checks the row exists and is not cited twice; a refusal is shown in its words.
import { useState, type ReactElement } from 'react'
import type { IndicatorId } from '../../../shared/analysis'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'
import { SEARCH_TABLES, useEvidenceSearch, type SearchTable } from './evidenceSearch'

interface Props {
  assessmentId: number
  onClose(): void
}

type Kind = SearchTable | 'indicator'

export function AddEvidence({ assessmentId, onClose }: Props): ReactElement {
  const [kind, setKind] = useState<Kind>('observation')
  const [query, setQuery] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const indicators = useCall('indicators.list', {})

  const found = useEvidenceSearch(kind === 'indicator' ? null : kind, query)
  const hits = found.hits

  const cite = async (target: { table: SearchTable; id: number } | { indicator: IndicatorId; params: Record<string, never> }): Promise<void> => {
    try {
      await call('assessments.linkEvidence', { assessmentId, target, note: note.trim() || undefined })
      setError(null)
      setNote('')
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const hint = SEARCH_TABLES.find((t) => t.table === kind)?.hint ?? ''
  return (
    <div className="add-evidence" data-testid="add-evidence">
      <div className="add-evidence-bar">
        <select className="field-input field-select" value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label="What to cite">
          {SEARCH_TABLES.map((t) => (
            <option key={t.table} value={t.table}>
              {t.label}
            </option>
          ))}
          <option value="indicator">Computed indicators</option>
        </select>
        {kind === 'indicator' ? null : (
          <input
            className="field-input"
            autoFocus
            value={query}
            placeholder={`Search ${hint}`}
            aria-label="Search rows"
            data-testid="evidence-search"
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          Done
        </button>
      </div>
      <input
        className="field-input"
        value={note}
        placeholder="Why it matters (optional)"
        aria-label="Why it matters"
        data-testid="evidence-note"
        onChange={(e) => setNote(e.target.value)}
      />
      {(error ?? found.error) ? (
        <p className="field-error" role="alert">
          {error ?? found.error}
        </p>
      ) : null}
      <ul className="hits">
        {kind === 'indicator'
          ? (indicators.data ?? []).map((d) => (
              <li key={d.id}>
                <button type="button" className="hit" onClick={() => void cite({ indicator: d.id, params: {} })}>
                  <span className="hit-label">{d.title}</span>
                  <span className="hit-detail muted">{d.definition}</span>
                </button>
              </li>
            ))
          : hits.map((h) => (
              <li key={h.id}>
                <button type="button" className="hit" data-testid="evidence-hit" onClick={() => void cite({ table: kind, id: h.id })}>
                  <span className="hit-label">{h.label}</span>
                  {h.detail ? <span className="hit-detail muted">{h.detail}</span> : null}
                </button>
              </li>
            ))}
        {kind !== 'indicator' && !hits.length && !found.pending ? <li className="muted hits-empty">No rows match.</li> : null}
      </ul>
    </div>
  )
}
