// Making a brief: pick a template and a country; Lodestone fills in the sections, charts, lead source and
// a drafted set of highlights, all editable afterwards.
import { useState, type ReactElement } from 'react'
import { TEMPLATES, TEMPLATE_LABELS, type Brief, type Template } from '../../../shared/briefs'
import { call, errorMessage } from '../api/client'
import { useCountries } from './useOptions'

interface Props {
  readOnly: boolean
  onCreated(brief: Brief): void
  onCancel?(): void
}

export function NewBrief({ readOnly, onCreated, onCancel }: Props): ReactElement {
  const countries = useCountries()
  const [template, setTemplate] = useState<Template>('country')
  const [countryId, setCountryId] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const chosen = countryId ?? countries.find((c) => c.detail === 'IND')?.id ?? countries[0]?.id ?? null

  const create = async (): Promise<void> => {
    try {
      onCreated(await call('briefs.create', { template, countryId: chosen }))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <form className="new-brief" data-testid="new-brief" onSubmit={(e) => (e.preventDefault(), void create())}>
      <label>
        <span>Template</span>
        <select className="brief-input" value={template} onChange={(e) => setTemplate(e.target.value as Template)} data-testid="new-brief-template">
          {TEMPLATES.map((t) => (
            <option key={t} value={t}>
              {TEMPLATE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Country</span>
        <select className="brief-input" value={chosen ?? ''} onChange={(e) => setCountryId(Number(e.target.value))} data-testid="new-brief-country">
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn btn-primary" disabled={readOnly || chosen === null} data-testid="create-brief">
        Create brief
      </button>
      {onCancel ? (
        <button type="button" className="btn btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {error ? <p className="error-text">{error}</p> : null}
    </form>
  )
}
