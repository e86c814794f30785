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
    opened.current = false
    setOpen(null)
    button.current?.focus()
  }
  // Keys typed fast after the one that opened the picker may reach this button before the picker's box has
  // focus: they are kept here and handed to the picker as it mounts (an Enter among them chooses then).
  const opened = useRef(false)
  const ahead = useRef({ text: '', enter: false })
  const openWith = (query: string): void => {
    opened.current = true
    ahead.current = { text: '', enter: false }
    setOpen({ query })
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey
    if (opened.current) {
      if (printable) ahead.current.text += e.key
      else if (e.key === 'Enter') ahead.current.enter = true
      else return
      e.preventDefault()
    } else if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      openWith('')
    } else if (printable) {
      e.preventDefault()
      openWith(e.key)
    }
  }
  const takeTypeAhead = (): { text: string; enter: boolean } => {
    const taken = ahead.current
    ahead.current = { text: '', enter: false }
    return taken
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
        onClick={() => {
          if (open) {
            opened.current = false
            setOpen(null)
          } else openWith('')
        }}
        onKeyDown={onKeyDown}
      >
        <span className={value === null ? 'placeholder' : undefined}>
          {value === null ? '—' : col.ref ? <RefText table={col.ref} id={value} label={label} /> : value}
        </span>
        <ChevronDownIcon width={12} height={12} />
      </button>
      {open ? (
        <Popover
          anchor={button.current}
          minWidth={380}
          onDismiss={() => {
            opened.current = false
            setOpen(null)
          }}
        >
          <RefPicker
            column={col}
            initialQuery={open.query}
            currentId={value}
            autoFocus
            takeTypeAhead={takeTypeAhead}
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
