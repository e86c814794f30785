// The first step: a drop zone (or Choose file…) and the table to import into. Also the place a file dropped
// anywhere on the window lands. Says which formats work and the size limit before anything is sent.
import { useRef, useState, type DragEvent, type ReactElement } from 'react'
import { IMPORT_TABLES, MAX_UPLOAD_BYTES, type ImportTable } from '../../../shared/dataFiles'
import { tableDef } from '../../../shared/schema'

interface Props {
  table: ImportTable
  busy: string | null
  error: string | null
  readOnly: boolean
  onTable(table: ImportTable): void
  onFile(file: File): void
}

export function FileDrop({ table, busy, error, readOnly, onTable, onFile }: Props): ReactElement {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const drop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault()
    setOver(false)
    const file = e.dataTransfer.files[0]
    if (file && !readOnly) onFile(file)
  }
  return (
    <div className="import-start">
      <label className="import-field import-table-pick">
        <span>Import into</span>
        <select value={table} onChange={(e) => onTable(e.target.value as ImportTable)} data-testid="import-table">
          {IMPORT_TABLES.map((t) => (
            <option key={t} value={t}>
              {tableDef(t).label}
            </option>
          ))}
        </select>
      </label>
      <div
        className={`drop-zone${over ? ' is-over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <div className="drop-title">{busy ?? 'Drop a file here'}</div>
        <div className="muted">
          CSV (any delimiter, UTF-8, UTF-16 or Windows-1252), Excel .xlsx, or UN Comtrade JSON · up to {MAX_UPLOAD_BYTES / 1024 / 1024} MB
        </div>
        <button type="button" className="btn btn-primary" disabled={readOnly || busy !== null} onClick={() => input.current?.click()} data-testid="choose-file">
          Choose file…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.tsv,.txt,.xlsx,.json"
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) onFile(file)
          }}
        />
        {readOnly ? <div className="error-text">This dataset is open read-only, so nothing can be imported into it.</div> : null}
        {error ? (
          <div className="error-text" role="alert" data-testid="import-error">
            {error}
          </div>
        ) : null}
      </div>
      <p className="muted import-note">
        Nothing is written until you choose Import on the next step. Each import is one step in the history: Undo takes it back whole.
      </p>
    </div>
  )
}
