// Editing one input of a scenario: cite a figure (searched by code, parameter or subject; pick an end of a range;
// restate its unit with a note) or type a value, unit and note. Saving is one edit (undoable); a refusal keeps the
// editor open with the engine's reason in words.
import { useState, type FormEvent, type ReactElement } from 'react'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'
import type { AssumptionView } from '../../../shared/scenarios'
import { valueText } from './format'

interface Props {
  scenarioId: number
  view: Pick<AssumptionView, 'key' | 'figure' | 'pick' | 'value' | 'unit' | 'note'> & { label: string }
  onSaved(): void
  onCancel(): void
}

export function AssumptionEditor({ scenarioId, view, onSaved, onCancel }: Props): ReactElement {
  const [mode, setMode] = useState<'cite' | 'value'>(view.figure ? 'cite' : 'value')
  const [figure, setFigure] = useState(view.figure ?? '')
  const [pick, setPick] = useState(view.pick ?? '')
  const [value, setValue] = useState(view.value === null ? '' : String(view.value))
  const [unit, setUnit] = useState(view.unit)
  const [note, setNote] = useState(view.note ?? '')
  const [query, setQuery] = useState('')
  const [error, setError] = useState<string | null>(null)
  const choices = useCall('scenarios.figures', mode === 'cite' && query.trim().length >= 2 ? { query: query.trim(), limit: 12 } : null)

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    const assumption =
      mode === 'cite'
        ? {
            key: view.key,
            figure: figure.trim(),
            pick: pick === 'low' || pick === 'high' || pick === 'mid' ? (pick as 'low' | 'high' | 'mid') : null,
            unit,
            note: note || null
          }
        : { key: view.key, value: value.trim() === '' ? null : Number(value), unit, note: note || null, figure: null }
    try {
      await call('scenarios.setAssumption', { scenarioId, assumption })
      onSaved()
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <form className="assumption-editor" onSubmit={(e) => void save(e)} aria-label={`Edit ${view.label}`}>
      <div className="scenario-row" role="radiogroup" aria-label="Kind of input">
        <label>
          <input type="radio" checked={mode === 'cite'} onChange={() => setMode('cite')} /> Cite a figure
        </label>
        <label>
          <input type="radio" checked={mode === 'value'} onChange={() => setMode('value')} /> Assumption (value and note)
        </label>
      </div>
      {mode === 'cite' ? (
        <div className="scenario-row">
          <label>
            Figure <input value={figure} onChange={(e) => setFigure(e.target.value)} aria-label="Figure code" size={8} />
          </label>
          <label>
            Pick{' '}
            <select value={pick} onChange={(e) => setPick(e.target.value)} aria-label="Pick">
              <option value="">value</option>
              <option value="low">low end</option>
              <option value="mid">mid</option>
              <option value="high">high end</option>
            </select>
          </label>
          <label>
            Find <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="code, parameter or subject" aria-label="Find a figure" />
          </label>
        </div>
      ) : (
        <div className="scenario-row">
          <label>
            Value <input value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" aria-label="Value" size={10} />
          </label>
        </div>
      )}
      {mode === 'cite' && choices.data && choices.data.length ? (
        <ul className="figure-choices" aria-label="Figures">
          {choices.data.map((f) => (
            <li key={f.code}>
              <button type="button" className="link-button" onClick={() => setFigure(f.code)}>
                {f.code}
              </button>{' '}
              {valueText(f.value) || f.valueText} {f.unit} — {f.subject} {f.source ? `(${f.source.code})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="scenario-row">
        <label>
          Unit <input value={unit} onChange={(e) => setUnit(e.target.value)} aria-label="Unit" size={16} />
        </label>
        <label className="grow">
          Note <input value={note} onChange={(e) => setNote(e.target.value)} aria-label="Note" placeholder="Why this value (required for an assumption)" />
        </label>
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <div className="scenario-row">
        <button type="submit" className="btn btn-primary btn-small">
          Save
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
