// Figures that disagree: for each indicator, country, product and year given different values by different
// sources, the figures side by side with their sources, the one indicators use, and "prefer this one".
import { useState, type ReactElement } from 'react'
import type { FigureConflict } from '../../../shared/analysis'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'

interface Props {
  readOnly: boolean
}

function Group({ c, readOnly, prefer }: { c: FigureConflict; readOnly: boolean; prefer(id: number): void }): ReactElement {
  return (
    <li className="conflict" data-testid="conflict">
      <div className="conflict-head">
        <span className="badge badge-conflict">conflict</span> {c.indicator.name} · {c.country.name} · {c.year} <span className="muted">{c.subject}</span>
      </div>
      <table className="rows-table">
        <tbody>
          {c.figures.map((f) => (
            <tr key={f.id} className={f.id === c.usedId ? 'is-used' : ''}>
              <td className="nowrap">{f.code}</td>
              <td className="num nowrap">
                {f.value === null
                  ? 'NA'
                  : `${f.qualifier && !['e', 'r'].includes(f.qualifier) ? `${f.qualifier} ` : ''}${f.value.toLocaleString('en-US')} ${f.unit}`}
              </td>
              <td title={f.source?.title}>{f.source?.code ?? '–'}</td>
              <td className="muted">{f.confidence ?? ''}</td>
              <td className="nowrap">
                {f.preferred ? (
                  <span className="badge badge-preferred">preferred</span>
                ) : f.id === c.usedId ? (
                  <span className="muted">used by rule</span>
                ) : null}
                {readOnly || f.preferred ? null : (
                  <button type="button" className="btn btn-small" onClick={() => prefer(f.id)} data-testid={`prefer-${f.code}`}>
                    Prefer this one
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  )
}

export function ConflictsPanel({ readOnly }: Props): ReactElement {
  const conflicts = useCall('figures.conflicts', {})
  const [error, setError] = useState<string | null>(null)
  const prefer = (id: number): void => {
    call('figures.prefer', { id }).catch((e: unknown) => setError(errorMessage(e)))
  }
  return (
    <section className="conflicts" data-testid="conflicts">
      <h2 className="doc-h2">
        Figures that disagree <span className="muted">{conflicts.data?.length ?? ''}</span>
      </h2>
      <p className="muted">
        Same indicator, country, product and year, different values from different sources. Indicators use the preferred figure, or the most confident and
        newest where none is marked.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      <ul className="conflict-list">
        {(conflicts.data ?? []).map((c) => (
          <Group key={c.key} c={c} readOnly={readOnly} prefer={prefer} />
        ))}
      </ul>
    </section>
  )
}
