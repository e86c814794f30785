// Backups of the open dataset: take a named one ("before the Q3 review"), see every one with its date, kind
// and size, and restore one after a confirmation that says a backup of the current state is taken first.
// How many automatic backups to keep is a setting here.
import { useState, type ReactElement } from 'react'
import type { BackupItem, BackupList } from '../../../shared/dataFiles'
import { call, errorMessage } from '../api/client'
import type { ConfirmRequest } from '../ui/ConfirmDialog'
import { formatBytes } from '../data/format'

interface Props {
  list: BackupList | null
  readOnly: boolean
  confirm(request: ConfirmRequest): Promise<boolean>
  onDone(message: string): void
}

const KINDS: Record<BackupItem['kind'], string> = {
  named: 'Named',
  manual: 'Taken by hand',
  'on-open': 'Automatic, on open',
  'before-import': 'Automatic, before an import',
  'before-migration': 'Automatic, before an upgrade',
  'before-restore': 'Automatic, before a restore'
}

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
}

export function BackupsList({ list, readOnly, confirm, onDone }: Props): ReactElement {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const act = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true)
    try {
      onDone(await work())
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const create = (): Promise<void> =>
    act(async () => {
      const item = await call('backups.create', name.trim() ? { name: name.trim() } : {})
      setName('')
      return `Backup ${item.name ? `“${item.name}” ` : ''}taken.`
    })
  const restore = async (item: BackupItem): Promise<void> => {
    const label = item.name ? `“${item.name}” (${when(item.createdAt)})` : `of ${when(item.createdAt)}`
    const ok = await confirm({
      title: 'Restore this backup?',
      message: `The dataset goes back to the backup ${label}. Lodestone first takes a backup of the dataset as it is now, so you can come back to it.`,
      confirmLabel: 'Restore',
      danger: true
    })
    if (!ok) return
    await act(async () => {
      await call('backups.restore', { id: item.id })
      return `Restored the backup ${label}. The state before it was kept as a backup.`
    })
  }
  return (
    <section className="files-card" aria-label="Backups" data-testid="backups">
      <h2 className="files-title">Backups</h2>
      <form
        className="files-buttons"
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <input
          className="files-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Name, e.g. before the Q3 review"
          maxLength={120}
          aria-label="Backup name"
          disabled={readOnly}
          data-testid="backup-name"
        />
        <button type="submit" className="btn btn-primary" disabled={readOnly || busy} data-testid="backup-create">
          Take a backup
        </button>
        {list ? (
          <label className="files-inline muted">
            Keep the newest
            <input
              type="number"
              min={1}
              max={1000}
              defaultValue={list.keep}
              disabled={readOnly}
              onBlur={(e) =>
                void act(
                  async () =>
                    `Keeping the newest ${(await call('backups.setKeep', { keep: Math.max(1, Number(e.target.value) || 1) })).keep} automatic backups.`
                )
              }
              aria-label="Automatic backups to keep"
            />
            automatic ones
          </label>
        ) : null}
      </form>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {list && list.items.length === 0 ? (
        <p className="muted">
          No backups yet. Lodestone takes one when it opens the dataset (at most once a day), before every import and before every upgrade.
        </p>
      ) : null}
      {list && list.items.length ? (
        <table className="backups-table" data-testid="backups-table">
          <thead>
            <tr>
              <th>Taken</th>
              <th>Kind</th>
              <th>Name</th>
              <th className="num">Size</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.items.map((b) => (
              <tr key={b.id} data-testid="backup-row">
                <td>{when(b.createdAt)}</td>
                <td className="muted">{KINDS[b.kind]}</td>
                <td>{b.name ?? ''}</td>
                <td className="num muted">{formatBytes(b.sizeBytes)}</td>
                <td className="num">
                  <button type="button" className="btn btn-small" disabled={readOnly || busy} onClick={() => void restore(b)} data-testid="backup-restore">
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list ? <p className="muted files-where">Kept in {list.dir}</p> : null}
    </section>
  )
}
