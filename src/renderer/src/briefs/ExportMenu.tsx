// The grid's Export button: the table with its current filter as CSV, XLSX or JSON. In the browser host the
// file downloads; on the desktop main asks where to save it. Text a spreadsheet would run is neutralised.
import { useRef, useState, type ReactElement } from 'react'
import type { Input } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { call, errorMessage } from '../api/client'
import { Popover } from '../ui/Popover'
import { deliver } from './download'

type Filters = NonNullable<Input<'exports.table'>['filters']>
const FORMATS = [
  { format: 'csv', label: 'CSV', detail: 'comma-separated, UTF-8' },
  { format: 'xlsx', label: 'Excel (XLSX)', detail: 'typed cells, units, a Sources sheet' },
  { format: 'json', label: 'JSON', detail: 'rows with their columns and filter' }
] as const

export function ExportMenu({ table, filters }: { table: TableName; filters: Filters }): ReactElement {
  const button = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const run = async (format: (typeof FORMATS)[number]['format']): Promise<void> => {
    setOpen(false)
    setNote('Exporting…')
    try {
      setNote(deliver(await call('exports.table', { table, format, filters, sort: [] })))
    } catch (e) {
      setNote(errorMessage(e))
    }
    window.setTimeout(() => setNote(null), 6000)
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn btn-quiet"
        data-testid="export-table"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={note ?? `Export this table${filters.length ? ' as filtered' : ''}`}
      >
        Export
      </button>
      {open ? (
        <Popover anchor={button.current} minWidth={240} maxHeight={160} onDismiss={() => setOpen(false)}>
          <div className="export-menu" role="menu">
            {FORMATS.map((f) => (
              <button
                key={f.format}
                type="button"
                role="menuitem"
                className="btn btn-quiet"
                data-testid={`export-table-${f.format}`}
                onClick={() => void run(f.format)}
              >
                {f.label} <span className="muted">{f.detail}</span>
              </button>
            ))}
          </div>
        </Popover>
      ) : null}
      {note ? (
        <span className="muted export-note" role="status">
          {note}
        </span>
      ) : null}
    </>
  )
}
