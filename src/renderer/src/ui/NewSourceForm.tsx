// "Add a new source…" from a source picker when nothing matches: a short form (code, title, publisher, date)
// prefilled from what was typed, written as one logged insert (undoable like any edit); the new source is then
// chosen. Refusals (a code already used, a missing title) are shown in words and nothing is added.
import { useState, type ReactElement } from 'react'
import { call, errorMessage } from '../api/client'

interface Props {
  typed: string
  onAdded(id: number, code: string): void
  onCancel(): void
}

/** What was typed, as a code ("USGS-MCS2026-RE" as is; "Ministry of Mines 2025" as MINISTRY-OF-MINES-2025) and a title. */
export function proposeSource(typed: string): { code: string; title: string } {
  const t = typed.trim()
  if (/^[A-Z0-9][A-Z0-9._-]*$/.test(t)) return { code: t, title: '' }
  const code = t
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return { code, title: t }
}

export function NewSourceForm({ typed, onAdded, onCancel }: Props): ReactElement {
  const first = proposeSource(typed)
  const [code, setCode] = useState(first.code)
  const [title, setTitle] = useState(first.title)
  const [publisher, setPublisher] = useState('')
  const [published, setPublished] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const save = async (): Promise<void> => {
    if (!code.trim() || !title.trim()) {
      setError('A source needs a code and a title.')
      return
    }
    setBusy(true)
    try {
      const values = {
        code: code.trim(),
        title: title.trim(),
        ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
        ...(published.trim() ? { published: published.trim() } : {})
      }
      const applied = await call('edits.apply', { label: `Add source ${values.code}`, changes: [{ kind: 'insert', table: 'source', values }] })
      onAdded(applied.insertedIds[0]!, values.code)
    } catch (e) {
      setError(`${code.trim()}: ${errorMessage(e)}`)
      setBusy(false)
    }
  }
  const field = (label: string, value: string, set: (v: string) => void, autoFocus = false): ReactElement => (
    <label className="new-source-field">
      <span>{label}</span>
      <input value={value} autoFocus={autoFocus} onChange={(e) => set(e.target.value)} data-testid={`new-source-${label.toLowerCase()}`} />
    </label>
  )
  return (
    <form
      className="new-source-form"
      data-testid="new-source-form"
      aria-label="Add a new source"
      onSubmit={(e) => {
        e.preventDefault()
        e.stopPropagation()
        void save()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          onCancel()
        }
      }}
    >
      <p className="new-source-head">Add a new source</p>
      {field('Code', code, setCode, first.title !== '')}
      {field('Title', title, setTitle, first.title === '')}
      {field('Publisher', publisher, setPublisher)}
      {field('Date', published, setPublished)}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <div className="new-source-actions">
        <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
          Back to the list
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={busy} data-testid="new-source-save">
          Add and choose
        </button>
      </div>
    </form>
  )
}
