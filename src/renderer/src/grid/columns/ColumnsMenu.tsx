// "Columns": which of the table's columns are shown. A checkbox per column; the choice is part of the table's
// column state, kept in the dataset with order, widths, sort and filters.
import { useState, type ReactElement, type RefObject } from 'react'
import { Popover } from '../../ui/Popover'
import type { ColumnChoice, GridHandle } from '../gridHandle'

export function ColumnsMenu({ handleRef }: { handleRef: RefObject<GridHandle | null> }): ReactElement {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [columns, setColumns] = useState<ColumnChoice[]>([])
  const toggle = (c: ColumnChoice): void => {
    handleRef.current?.setColumnVisible(c.id, !c.visible)
    setColumns(handleRef.current?.columns() ?? [])
  }
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet"
        data-testid="columns-menu"
        aria-expanded={anchor !== null}
        onClick={(e) => {
          setColumns(handleRef.current?.columns() ?? [])
          setAnchor(anchor ? null : e.currentTarget)
        }}
      >
        Columns
      </button>
      <Popover anchor={anchor} minWidth={220} maxHeight={420} onDismiss={() => setAnchor(null)}>
        <div className="columns-menu" role="group" aria-label="Shown columns">
          {columns.map((c) => (
            <label key={c.id} className="columns-item">
              <input type="checkbox" checked={c.visible} onChange={() => toggle(c)} />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
      </Popover>
    </>
  )
}
