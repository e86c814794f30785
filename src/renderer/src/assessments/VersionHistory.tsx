// Version history beside the editor: every version recorded at review or publication, newest first, and the
// diff of the chosen version against now, or against another version picked as the baseline.
import { useState, type ReactElement } from 'react'
import type { VersionSummary } from '../../../shared/analysis'
import { useCall } from '../data/queries'
import { DiffView } from './DiffView'
import { dateTime, trendText } from './labels'

interface Props {
  assessmentId: number
  versions: VersionSummary[]
  editedSinceVersion: boolean
}

export function VersionHistory({ assessmentId, versions, editedSinceVersion }: Props): ReactElement {
  const [from, setFrom] = useState<number | null>(null)
  const [to, setTo] = useState<number | 'current'>('current')
  const base = from ?? versions[0]?.id ?? null
  const diff = useCall('assessments.diff', base === null ? null : { id: assessmentId, from: base, to: to === base ? 'current' : to })
  return (
    <aside className="versions" data-testid="versions">
      <h2 className="doc-h2">Versions</h2>
      {versions.length ? null : <p className="muted">No versions yet. Marking the assessment reviewed or published records one.</p>}
      <ol className="version-list">
        {editedSinceVersion && versions.length ? (
          <li className={`version is-now${to === 'current' ? ' is-to' : ''}`}>
            <button type="button" className="version-button" onClick={() => setTo('current')}>
              <span className="version-no">now</span> <span className="muted">edited since version {versions[0]!.number}</span>
            </button>
          </li>
        ) : null}
        {versions.map((v) => (
          <li key={v.id} className={`version${v.id === base ? ' is-from' : ''}${v.id === to ? ' is-to' : ''}`} data-testid="version">
            <button
              type="button"
              className="version-button"
              onClick={() => (v.id === base ? setTo('current') : setFrom(v.id))}
              title="Compare from this version"
            >
              <span className="version-no">v{v.number}</span> <span className={`status-word status-${v.status}`}>{v.status}</span>{' '}
              <span className="muted">{dateTime(v.at)}</span>
              <span className="version-meta muted">
                severity {v.severity ?? '–'} · {trendText(v.trend)} · {v.author}
              </span>
              {v.note ? <span className="version-note">{v.note}</span> : null}
            </button>
            {v.id !== base ? (
              <button type="button" className="link-button version-to" onClick={() => setTo(v.id)}>
                compare to
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {diff.data ? <DiffView diff={diff.data} /> : null}
      {diff.error ? <p className="error-text">{diff.error}</p> : null}
    </aside>
  )
}
