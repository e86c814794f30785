// The recent dataset files the host knows ('datasets.recent') that are still on disk, other than the open one,
// each opened with one click; then a pointer to File & backups (New, Open, Save As, the full list).
import { useState, type ReactElement } from 'react'
import type { RecentDataset } from '../../../shared/dataFiles'
import { call, errorMessage } from '../api/client'
import type { Route } from '../app/route'
import { formatBytes, formatWhen } from '../data/format'

interface Props {
  current: string | null
  recent: RecentDataset[] | null
  navigate(route: Route): void
}

const MAX_SHOWN = 5

export function RecentFiles({ current, recent, navigate }: Props): ReactElement {
  const [error, setError] = useState<string | null>(null)
  const others = (recent ?? []).filter((r) => r.path !== current && r.exists).slice(0, MAX_SHOWN)
  const open = async (path: string): Promise<void> => {
    try {
      await call('datasets.open', { path })
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <section className="start-card" aria-labelledby="start-recent-title" data-testid="start-recent">
      <h2 id="start-recent-title" className="start-section-title">
        Recent files
      </h2>
      {others.length ? (
        <ul className="start-recent">
          {others.map((r) => (
            <li key={r.path}>
              <button type="button" className="link-button" onClick={() => void open(r.path)} title={r.path}>
                {r.name}
              </button>
              <span className="muted start-recent-detail">
                {formatBytes(r.sizeBytes)} · opened {formatWhen(r.openedAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : recent ? (
        <p className="muted">No other dataset file to reopen.</p>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="btn btn-quiet start-files-link" onClick={() => navigate({ view: 'files' })}>
        New, Open, Save As and backups…
      </button>
    </section>
  )
}
