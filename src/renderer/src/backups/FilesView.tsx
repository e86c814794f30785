// File & backups: the open dataset file (New, Open, Save As, Recent) and its backups (take, list, restore).
// Every change here reopens or restores through the engine, which tells all windows to reload; the lists follow
// their own writes (a backup taken, the number kept) through the change feed.
import { useState, type ReactElement } from 'react'
import { useConfirm } from '../app/useConfirm'
import { useCall } from '../data/queries'
import { BackupsList } from './BackupsList'
import { DatasetFile } from './DatasetFile'
import './backups.css'

interface Props {
  readOnly: boolean
}

export function FilesView({ readOnly }: Props): ReactElement {
  const [message, setMessage] = useState<string | null>(null)
  const { confirm, dialog } = useConfirm()
  const info = useCall('datasets.info', {})
  const recent = useCall('datasets.recent', {})
  const backups = useCall('backups.list', {})
  const done = (text: string): void => setMessage(text)
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
