// The evidence list: every cited row with its value, unit and source as they are NOW, the note on why it
// matters (editable), a conflict badge where sources disagree and a flag where the row has been deleted.
import { useState, type ReactElement } from 'react'
import type { EvidenceItem } from '../../../shared/analysis'
import { call, errorMessage } from '../api/client'
import { AddEvidence } from './AddEvidence'
import { valueText } from './labels'

interface Props {
  assessmentId: number
  items: EvidenceItem[]
  readOnly: boolean
}

const TABLE_WORD: Record<string, string> = {
  observation: 'figure',
  trade_flow: 'trade flow',
  facility: 'facility',
  initiative: 'initiative',
  source: 'source',
  organisation: 'organisation',
  element: 'element',
  hs_code: 'HS code',
  assessment: 'assessment',
  computed_indicator: 'indicator'
}

function Item({ item, readOnly, onError }: { item: EvidenceItem; readOnly: boolean; onError(m: string): void }): ReactElement {
  const [note, setNote] = useState(item.note ?? '')
  const saveNote = (): void => {
    if ((note.trim() || null) === (item.note ?? null)) return
    call('edits.apply', {
      changes: [
        { kind: 'update', table: 'assessment_evidence', id: item.linkId, column: 'note', value: note.trim() || null, expectedVersion: item.linkVersion }
      ]
    }).catch((e: unknown) => onError(errorMessage(e)))
  }
  const remove = (): void => {
    call('assessments.unlinkEvidence', { linkId: item.linkId }).catch((e: unknown) => onError(errorMessage(e)))
  }
  return (
    <li className={`evidence${item.missing ? ' is-missing' : ''}`} data-testid="evidence-item" data-label={item.label}>
      <div className="evidence-head">
        <span className="evidence-kind">{TABLE_WORD[item.table] ?? item.table}</span>
        <span className="evidence-label">{item.label}</span>
        {item.missing ? (
          <span className="badge badge-missing" data-testid="evidence-missing">
            deleted
          </span>
        ) : null}
        {item.conflict ? (
          <span className="badge badge-conflict" title="Other sources give a different value for this figure">
            conflict
          </span>
        ) : null}
        <span className="evidence-value">{item.missing ? '' : valueText(item.value, item.unit)}</span>
      </div>
      <div className="evidence-desc muted">
        {item.description}
        {item.basis ? ` · ${item.basis}` : ''}
        {item.source ? (
          <span className="evidence-source" title={item.source.title}>
            {' '}
            · {item.source.code}
          </span>
        ) : null}
      </div>
      <div className="evidence-note-row">
        <input
          className="field-input evidence-note"
          value={note}
          disabled={readOnly}
          placeholder="Why it matters"
          aria-label={`Why ${item.label} matters`}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
        />
        {readOnly ? null : (
          <button type="button" className="btn btn-quiet btn-small" onClick={remove} aria-label={`Remove ${item.label}`}>
            Remove
          </button>
        )}
      </div>
    </li>
  )
}

export function EvidenceList({ assessmentId, items, readOnly }: Props): ReactElement {
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <section className="doc-section" data-testid="evidence">
      <h2 className="doc-h2">
        Evidence <span className="muted">{items.length}</span>
        {readOnly || adding ? null : (
          <button type="button" className="btn btn-small" onClick={() => setAdding(true)} data-testid="add-evidence-button">
            + Cite evidence
          </button>
        )}
      </h2>
      {adding ? <AddEvidence assessmentId={assessmentId} onClose={() => setAdding(false)} /> : null}
      {error ? <p className="field-error">{error}</p> : null}
      {items.length ? null : <p className="muted">Nothing cited yet.</p>}
      <ul className="evidence-list">
        {items.map((item) => (
          <Item key={`${item.linkId}:${item.linkVersion}`} item={item} readOnly={readOnly} onError={setError} />
        ))}
      </ul>
    </section>
  )
}
