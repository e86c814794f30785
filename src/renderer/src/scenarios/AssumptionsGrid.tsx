// The assumptions of a scenario, grouped: what each input is, the value the model uses with its unit, the cited
// figure and its source or "assumption" with the note, and whether it is this scenario's own or inherited from the
// scenario it copies. Edit opens the editor in place; Clear drops an override (the base's value applies again).
import { useState, type ReactElement } from 'react'
import { call, errorMessage } from '../api/client'
import type { ScenarioDetail } from '../../../shared/scenarios'
import { AssumptionEditor } from './AssumptionEditor'
import { valueText } from './format'

interface Props {
  detail: ScenarioDetail
  readOnly: boolean
}

export function AssumptionsGrid({ detail, readOnly }: Props): ReactElement {
  const [editing, setEditing] = useState<string | null>(null)
  const [newKey, setNewKey] = useState('')
  const [error, setError] = useState<string | null>(null)
  const id = detail.scenario.id
  const clear = async (key: string): Promise<void> => {
    try {
      await call('scenarios.setAssumption', { scenarioId: id, assumption: { key }, clear: true })
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  let group = ''
  return (
    <section data-testid="assumptions">
      {detail.problems.length ? (
        <ul className="error-text">
          {detail.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {error ? <p className="error-text">{error}</p> : null}
      <table className="scenario-table assumptions-table">
        <thead>
          <tr>
            <th>Input</th>
            <th className="num">Value used</th>
            <th>Cited figure or assumption</th>
            <th>From</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {detail.assumptions.flatMap((a) => {
            const label = a.input?.label ?? a.key
            const rows: ReactElement[] = []
            const g = a.input?.group ?? ''
            if (g !== group) {
              group = g
              rows.push(
                <tr key={`g-${g}`} className="group-row">
                  <th colSpan={5}>{g}</th>
                </tr>
              )
            }
            rows.push(
              <tr key={a.key} data-key={a.key} className={a.inherited ? 'inherited' : 'own'}>
                <td title={a.key}>{label}</td>
                <td className="num">{a.input ? `${valueText(a.input.value)} ${a.input.unit}` : '—'}</td>
                <td>
                  {a.problem ? <span className="error-text">{a.problem}</span> : null}
                  {a.input?.figure ? (
                    <span>
                      <strong>{a.input.figure.code}</strong> {a.input.figure.valueText} {a.input.figure.unit}
                      {a.input.pick && a.input.pick !== 'value' ? ` (${a.input.pick})` : ''} — {a.input.figure.source?.title ?? 'no source'}
                      {a.input.restatedUnit ? ` · unit restated as ${a.input.restatedUnit}` : ''}
                    </span>
                  ) : a.input ? (
                    <span className="tag">assumption</span>
                  ) : null}
                  {a.note ? <div className="muted">{a.note}</div> : null}
                </td>
                <td>{a.inherited ? <span className="muted">copied</span> : 'this scenario'}</td>
                <td>
                  {readOnly ? null : (
                    <>
                      <button type="button" className="btn btn-small" onClick={() => setEditing(a.key)} aria-label={`Edit ${label}`}>
                        Edit
                      </button>
                      {!a.inherited && detail.scenario.baseId !== null ? (
                        <button type="button" className="btn btn-quiet btn-small" onClick={() => void clear(a.key)} aria-label={`Clear ${label}`}>
                          Clear
                        </button>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            )
            if (editing === a.key)
              rows.push(
                <tr key={`${a.key}-edit`}>
                  <td colSpan={5}>
                    <AssumptionEditor scenarioId={id} view={{ ...a, label }} onCancel={() => setEditing(null)} onSaved={() => setEditing(null)} />
                  </td>
                </tr>
              )
            return rows
          })}
        </tbody>
      </table>
      {readOnly ? null : (
        <div className="scenario-row">
          <label>
            Add an input <input value={newKey} onChange={(e) => setNewKey(e.target.value)} placeholder="partner.Japan.Dy.offtake" aria-label="New input key" />
          </label>
          <button type="button" className="btn btn-small" disabled={!newKey.trim()} onClick={() => setEditing(newKey.trim())}>
            Add
          </button>
        </div>
      )}
      {editing && !detail.assumptions.some((a) => a.key === editing) ? (
        <AssumptionEditor
          scenarioId={id}
          view={{ key: editing, label: editing, figure: null, pick: null, value: null, unit: '', note: null }}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            setNewKey('')
          }}
        />
      ) : null}
    </section>
  )
}
