// "What changed since a date": every assessment that moved, with its severity and status then and now and
// the changes in words. Defaults to the last 30 days.
import { useState, type ReactElement } from 'react'
import { useCall } from '../data/queries'
import { dateTime } from './labels'

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)
}

export function ChangedSince({ onOpen }: { onOpen(id: number): void }): ReactElement {
  const [since, setSince] = useState(daysAgo(30))
  const moves = useCall('assessments.changedSince', { since })
  return (
    <section className="changed-since" data-testid="changed-since">
      <h2 className="doc-h2">
        What changed since
        <input
          type="date"
          className="field-input date-input"
          value={since}
          max={daysAgo(0)}
          onChange={(e) => e.target.value && setSince(e.target.value)}
          aria-label="Since date"
        />
      </h2>
      {moves.error ? <p className="error-text">{moves.error}</p> : null}
      {moves.data && !moves.data.length ? <p className="muted">No assessment moved since then.</p> : null}
      <ul className="moves">
        {(moves.data ?? []).map((m) => (
          <li key={m.assessmentId} className="move">
            <button type="button" className="link-button move-title" disabled={!m.exists} onClick={() => onOpen(m.assessmentId)}>
              {m.title}
            </button>
            {!m.exists ? <span className="flag-missing"> deleted</span> : null}
            <span className="muted move-summary">
              {' '}
              severity {m.severity.from ?? '–'} → {m.severity.to ?? '–'} · {m.status.from ?? '–'} → {m.status.to ?? '–'}
            </span>
            <ul className="move-changes">
              {m.changes.slice(-6).map((c, i) => (
                <li key={i}>
                  <span className="muted">{dateTime(c.at)}</span> {c.what}
                </li>
              ))}
              {m.changes.length > 6 ? <li className="muted">and {m.changes.length - 6} earlier changes</li> : null}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
