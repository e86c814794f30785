// Bulk edit: set one column to one value for every checked row (or every row the block spans). Values go
// through the same per-cell rules as a paste; refused rows are listed in the report; one undo step.
import { useState, type FormEvent, type ReactElement, type RefObject } from 'react'
import { editableColumns, type TableName } from '../../../../shared/schema'
import { Popover } from '../../ui/Popover'
import type { GridHandle } from '../gridHandle'

interface Props {
  table: TableName
  handleRef: RefObject<GridHandle | null>
  disabled: boolean
}

export function SetColumn({ table, handleRef, disabled }: Props): ReactElement {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [rows, setRows] = useState<{ id: number; position: number }[]>([])
  const [column, setColumnName] = useState('')
  const [value, setValue] = useState('')
  const columns = editableColumns(table)

  const open = async (button: HTMLElement): Promise<void> => {
    const targets = (await handleRef.current?.targetRows()) ?? []
    const active = handleRef.current?.activeColumn()
    setRows(targets)
    setColumnName(columns.some((c) => c.name === active) ? active! : (columns[0]?.name ?? ''))
    setValue('')
    setAnchor(button)
  }

  const submit = (e: FormEvent): void => {
    e.preventDefault()
    const label = columns.find((c) => c.name === column)?.label ?? column
    if (rows.length > 0 && column) handleRef.current?.setColumn(rows, column, value, label)
    setAnchor(null)
  }

  return (
    <>
      <button
        type="button"
        className="btn btn-quiet"
        data-testid="set-column"
        disabled={disabled}
        title="Set one column for the selected rows"
        onClick={(e) => void open(e.currentTarget)}
      >
        Set column…
      </button>
      <Popover anchor={anchor} minWidth={300} maxHeight={220} onDismiss={() => setAnchor(null)}>
        <form className="set-column" onSubmit={submit} data-testid="set-column-form" onKeyDown={(e) => e.key === 'Escape' && setAnchor(null)}>
          <p className="set-column-what">
            {rows.length === 0
              ? 'Select rows first: check them, or select a block of cells.'
              : `Set a column for ${rows.length.toLocaleString('en-US')} ${rows.length === 1 ? 'row' : 'rows'}.`}
          </p>
          <label className="field-label">
            Column
            <select value={column} onChange={(e) => setColumnName(e.target.value)} aria-label="Column">
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field-label">
            Value
            <input value={value} onChange={(e) => setValue(e.target.value)} aria-label="Value" autoFocus placeholder="Empty clears the cells" />
          </label>
          <div className="set-column-actions">
            <button type="button" className="btn btn-quiet" onClick={() => setAnchor(null)}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={rows.length === 0}>
              Set {rows.length.toLocaleString('en-US')} {rows.length === 1 ? 'row' : 'rows'}
            </button>
          </div>
        </form>
      </Popover>
    </>
  )
}
