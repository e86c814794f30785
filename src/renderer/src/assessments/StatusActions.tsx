// Review and Publish: moves the assessment on and records a version, with an optional note on what was
// checked. A refusal (no severity yet, nothing changed since the last version) is shown in the engine's words.
import { useState, type ReactElement } from 'react'
import { call, errorMessage } from '../api/client'

interface Props {
  id: number
  status: string
  version: number
  readOnly: boolean
}

export function StatusActions({ id, status, version, readOnly }: Props): ReactElement {
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const move = (next: 'draft' | 'reviewed' | 'published'): void => {
    call('assessments.setStatus', { id, status: next, note: note.trim() || undefined, expectedVersion: version })
      .then(() => {
        setNote('')
        setError(null)
      })
      .catch((e: unknown) => setError(errorMessage(e)))
  }
  return (
    <div className="status-actions" data-testid="status-actions">
      <span className={`status-word status-${status}`} data-testid="status">
        {status}
      </span>
      <input
        className="field-input status-note"
        value={note}
        disabled={readOnly}
        placeholder="Note for this version (optional)"
        aria-label="Version note"
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="button" className="btn" disabled={readOnly} onClick={() => move('reviewed')} data-testid="mark-reviewed">
        Mark reviewed
      </button>
      <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => move('published')} data-testid="publish">
        Publish
      </button>
      {status !== 'draft' ? (
        <button type="button" className="btn btn-quiet" disabled={readOnly} onClick={() => move('draft')}>
          Back to draft
        </button>
      ) : null}
      {error ? (
        <p className="field-error status-error" role="alert" data-testid="status-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
