// The open dataset file: name, path and size, why it is read-only (held by another instance, read-only on
// disk), and New / Open / Save As by path, with the recent files one click away.
import { useState, type ReactElement } from 'react'
import type { DatasetInfo, RecentDataset } from '../../../shared/dataFiles'
import { call, errorMessage } from '../api/client'
import { formatBytes } from '../data/format'

type Action = 'saveAs' | 'open' | 'new'

interface Props {
  info: DatasetInfo | null
  recent: RecentDataset[]
  onDone(message: string): void
}

const LABELS: Record<Action, { title: string; button: string; hint: string }> = {
  saveAs: { title: 'Save As', button: 'Save copy and open it', hint: 'A consistent copy of the dataset as it is now; Lodestone then works in the copy.' },
  open: { title: 'Open', button: 'Open', hint: 'Another .lodestone file; the one open now stays as it is.' },
  new: { title: 'New dataset', button: 'Create and open', hint: 'A new file, from the starter data or empty.' }
}

export function DatasetFile({ info, recent, onDone }: Props): ReactElement {
  const [action, setAction] = useState<Action | null>(null)
  const [path, setPath] = useState('')
  const [from, setFrom] = useState<'starter' | 'empty'>('starter')
  const [error, setError] = useState<string | null>(null)
  const run = async (what: Action, target: string): Promise<void> => {
    try {
      const opened =
        what === 'saveAs'
          ? await call('datasets.saveAs', { path: target })
          : what === 'open'
            ? await call('datasets.open', { path: target })
            : await call('datasets.new', { path: target, from })
      setAction(null)
      setError(null)
      onDone(`${what === 'saveAs' ? 'Saved a copy as' : what === 'open' ? 'Opened' : 'Created'} ${opened.name}.`)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const choose = (a: Action): void => {
    setAction(a)
    setError(null)
    setPath(info ? `${info.path.replace(/[^/\\]+$/, '')}${a === 'saveAs' ? info.name.replace(/\.lodestone$/, ' copy.lodestone') : ''}` : '')
  }
  return (
    <section className="files-card" aria-label="Dataset file" data-testid="dataset-file">
      <h2 className="files-title">Dataset file</h2>
      {info ? (
        <dl className="files-facts">
          <dt>Name</dt>
          <dd>{info.name}</dd>
          <dt>Path</dt>
          <dd className="files-path">{info.path}</dd>
          <dt>Size</dt>
          <dd>{formatBytes(info.sizeBytes)}</dd>
        </dl>
      ) : null}
      {info?.readOnlyReason ? (
        <p className="files-warning" role="status">
          {info.readOnlyReason}
        </p>
      ) : null}
      <div className="files-buttons">
        {(['new', 'open', 'saveAs'] as const).map((a) => (
          <button key={a} type="button" className={`btn${action === a ? ' is-on' : ''}`} onClick={() => choose(a)} data-testid={`file-${a}`}>
            {LABELS[a].title}…
          </button>
        ))}
      </div>
      {action ? (
        <form
          className="files-form"
          onSubmit={(e) => {
            e.preventDefault()
            void run(action, path.trim())
          }}
        >
          <label className="files-label">
            <span>{LABELS[action].hint} Full path of the .lodestone file:</span>
            <input value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} autoFocus data-testid="file-path" />
          </label>
          {action === 'new' ? (
            <label className="files-inline">
              <input type="checkbox" checked={from === 'empty'} onChange={(e) => setFrom(e.target.checked ? 'empty' : 'starter')} /> Start empty (no starter
              data)
            </label>
          ) : null}
          <div className="files-buttons">
            <button type="submit" className="btn btn-primary" disabled={path.trim() === ''}>
              {LABELS[action].button}
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => setAction(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {recent.length > 1 ? (
        <>
          <h3 className="files-subtitle">Recent</h3>
          <ul className="files-recent">
            {recent
              .filter((r) => r.path !== info?.path)
              .map((r) => (
                <li key={r.path}>
                  <button type="button" className="link-button" disabled={!r.exists} onClick={() => void run('open', r.path)} title={r.path}>
                    {r.name}
                  </button>
                  <span className="muted">{r.exists ? `${formatBytes(r.sizeBytes)} · ${r.path}` : 'no longer there'}</span>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
