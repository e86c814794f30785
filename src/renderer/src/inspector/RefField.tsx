// A reference in a form: shows the referenced row's label; click, Enter or typing opens the search picker
// ('rows.lookup') beside it, and choosing commits. Escape or clicking away closes without a change.
import { useRef, useState, type KeyboardEvent, type ReactElement } from 'react'
import type { ColumnDef } from '../../../shared/schema'
import { ChevronDownIcon } from '../ui/Icons'
import { Popover } from '../ui/Popover'
import { RefPicker } from '../ui/RefPicker'
import { RefText } from '../ui/RefText'

interface Props {
  id: string
  col: ColumnDef
  value: number | null
  label: string | null
  disabled: boolean
  autoFocus?: boolean
  onPick(id: number | null, label: string | null): void
}

export function RefField({ id, col, value, label, disabled, autoFocus, onPick }: Props): ReactElement {
  const [open, setOpen] = useState<{ query: string } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const close = (): void => {
    setOpen(null)
    button.current?.focus()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      setOpen({ query: '' })
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault()
      setOpen({ query: e.key })
    }
  }

  return (
    <div className="ref-field">
      <button
        ref={button}
        id={id}
        type="button"
        className="field-input ref-field-button"
        disabled={disabled}
        autoFocus={autoFocus}
        aria-haspopup="listbox"
        aria-expanded={open !== null}
        onClick={() => setOpen(open ? null : { query: '' })}
        onKeyDown={onKeyDown}
      >
        <span className={value === null ? 'placeholder' : undefined}>
          {value === null ? '—' : col.ref ? <RefText table={col.ref} id={value} label={label} /> : value}
        </span>
        <ChevronDownIcon width={12} height={12} />
      </button>
      {open ? (
        <Popover anchor={button.current} minWidth={380} onDismiss={() => setOpen(null)}>
          <RefPicker
            column={col}
            initialQuery={open.query}
            currentId={value}
            autoFocus
            onPick={(picked, pickedLabel) => {
              close()
              onPick(picked, pickedLabel)
            }}
            onCancel={close}
          />
        </Popover>
      ) : null}
    </div>
  )
}
