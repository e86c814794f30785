// "Computed from N rows": the rows an indicator used, each with its value, unit and source, and where it had
// to choose between figures that disagree, which one it used and why, with "prefer this one" on the others.
import { useState, type ReactElement } from 'react'
import type { IndicatorResult } from '../../../shared/analysis'
import { call, errorMessage } from '../api/client'
import { formatIndicator } from './format'

interface Props {
  result: IndicatorResult
  readOnly: boolean
}

export function Choices({ result, readOnly }: Props): ReactElement | null {
  const [error, setError] = useState<string | null>(null)
  if (!result.choices.length) return null
  const prefer = (id: number, over: number[]): void => {
    call('figures.prefer', { id, over }).catch((e: unknown) => setError(errorMessage(e)))
  }
  return (
    <div className="choices" data-testid="indicator-choices">
      {result.choices.map((c, i) => (
        <div key={i} className="choice">
          <span className="badge badge-conflict">conflict</span> <span className="choice-what">{c.what}:</span> {c.explanation}
          {readOnly ? null : (
            <span className="choice-alts">
              {c.alternatives.map((a) => (
                <button
                  key={a.id}
                  type="button"
                  className="btn btn-small"
                  data-testid="prefer-alternative"
                  onClick={() => prefer(a.id, [c.used.id, ...c.alternatives.filter((x) => x.id !== a.id).map((x) => x.id)])}
                >
                  Prefer {a.label} ({a.value === null ? 'no value' : formatIndicator(a.value)} {a.unit})
                </button>
              ))}
            </span>
          )}
        </div>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  )
}

export function UsedRows({ result }: { result: IndicatorResult }): ReactElement {
  const [open, setOpen] = useState(false)
  return (
    <div className="used-rows">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="computed-from">
        Computed from {result.rows.length} row{result.rows.length === 1 ? '' : 's'} · {result.sources.length} source{result.sources.length === 1 ? '' : 's'}
      </button>
      {open ? (
        <table className="rows-table">
          <thead>
            <tr>
              <th>Row</th>
              <th>What</th>
              <th className="num">Value</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={`${r.table}:${r.id}`}>
                <td>{r.label}</td>
                <td className="muted">{r.what}</td>
                <td className="num nowrap">{r.value === null ? '–' : `${r.value.toLocaleString('en-US')} ${r.unit ?? ''}`}</td>
                <td title={r.source?.title}>{r.source?.code ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
