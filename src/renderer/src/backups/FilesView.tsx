// File & backups: the open dataset file (New, Open, Save As, Recent) and its backups (take, list, restore).
// Every change here reopens or restores through the engine, which tells all windows to reload.
import { useState, type ReactElement } from 'react'
import { call } from '../api/client'
import { useConfirm } from '../app/useConfirm'
import { useRequest } from '../app/useRequest'
import { BackupsList } from './BackupsList'
import { DatasetFile } from './DatasetFile'
import './backups.css'

interface Props {
  revision: number
  readOnly: boolean
  onChanged(): void
}

export function FilesView({ revision, readOnly, onChanged }: Props): ReactElement {
  const [tick, setTick] = useState(0)
  const [message, setMessage] = useState<string | null>(null)
  const { confirm, dialog } = useConfirm()
  const info = useRequest(() => call('datasets.info', {}), [revision, tick])
  const recent = useRequest(() => call('datasets.recent', {}), [revision, tick])
  const backups = useRequest(() => call('backups.list', {}), [revision, tick])
  const done = (text: string): void => {
    setMessage(text)
    setTick((n) => n + 1)
    onChanged()
  }
  return (
    <main id="main-content" className="view-pane files-view" data-testid="files-view">
      <header className="view-bar files-bar">
        <h1>File &amp; backups</h1>
        {message ? (
          <span className="files-message" role="status" data-testid="files-message">
            {message}
          </span>
        ) : null}
      </header>
      <div className="files-body">
        <DatasetFile info={info.data} recent={recent.data ?? []} onDone={done} />
        <BackupsList list={backups.data} readOnly={readOnly} confirm={confirm} onDone={done} />
      </div>
      {dialog}
    </main>
  )
}
