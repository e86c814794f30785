// A search box over a list: type to narrow, arrows to move, Enter or Tab to choose, Escape to leave.
// Enter never takes an item of an earlier query: a list answered later resolves what is typed at that moment.
// Shared by the grid's enum/bool/ref editors and the inspector's reference field. Keys are caught on the
// input itself (natively) so the grid around it never sees the ones the list uses.
import { useEffect, useId, useRef, useState, type ReactElement, type RefObject } from 'react'

export interface PickItem {
  key: string
  label: string
  detail?: string
  value: string | number | null
  muted?: boolean
}

interface Props {
  items: PickItem[]
  query: string
  onQuery(query: string): void
  onPick(item: PickItem): void
  /** Given: Escape closes the list here. Omitted: Escape is left to the surroundings (the grid cancels the edit). */
  onCancel?(): void
  currentValue?: string | number | null
  loading?: boolean
  emptyText: string
  placeholder?: string
  ariaLabel: string
  inputRef?: RefObject<HTMLInputElement | null>
  autoFocus?: boolean
  /** The query the items answer (lists filled by a later answer): when it is not what the box holds at Enter... */
  answeredQuery?: string
  /** ...Enter or Tab asks for the best match of the text typed at that moment instead of taking a stale item. */
  onStaleEnter?(typed: string): void
  /** A line above the list (e.g. why Enter chose nothing). */
  notice?: string | null
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, n) => Math.min(n - 1, i + 8),
  PageUp: (i) => Math.max(0, i - 8)
}

function useListKeys(input: RefObject<HTMLInputElement | null>, props: Props, active: number, setActive: (i: number) => void): void {
  const latest = useRef({ props, active })
  latest.current = { props, active }
  useEffect(() => {
    const el = input.current
    if (!el) return
    const onKey = (e: KeyboardEvent): void => {
      const { props: p, active: i } = latest.current
      const move = MOVES[e.key]
      const item = p.items[i]
      const typed = el.value
      const stale = p.onStaleEnter && p.answeredQuery !== undefined && (p.loading || p.answeredQuery.trim() !== typed.trim())
      if ((e.key === 'Enter' || e.key === 'Tab') && stale) p.onStaleEnter!(typed)
      else if (move) {
        if (p.items.length > 0) setActive(move(i, p.items.length))
      } else if ((e.key === 'Enter' || e.key === 'Tab') && item) p.onPick(item)
      else if (e.key === 'Escape' && p.onCancel) p.onCancel()
      else if (e.key !== 'Enter') return
      e.preventDefault()
      e.stopPropagation()
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [input, setActive])
}

export function ListPicker(props: Props): ReactElement {
  const { items, query, onQuery, onPick, currentValue, loading, emptyText, placeholder, ariaLabel } = props
  const ownInput = useRef<HTMLInputElement>(null)
  const input = props.inputRef ?? ownInput
  const listRef = useRef<HTMLUListElement>(null)
  const id = useId()
  const [active, setActive] = useState(0)

  useEffect(() => {
    const current = items.findIndex((item) => item.value === currentValue)
    setActive(current >= 0 && query === '' ? current : 0)
  }, [items, currentValue, query])

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  useListKeys(input, props, active, setActive)
  useEffect(() => {
    if (props.autoFocus) input.current?.focus()
  }, [props.autoFocus, input])

  return (
    <div className="list-picker">
      <input
        ref={input}
        className="list-picker-input"
        value={query}
        placeholder={placeholder}
        aria-label={ariaLabel}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={items[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onQuery(e.target.value)}
      />
      {props.notice ? (
        <p className="list-picker-notice" role="status" data-testid="picker-notice">
          {props.notice}
        </p>
      ) : null}
      <ul ref={listRef} id={`${id}-list`} className="list-picker-list" role="listbox" aria-label={ariaLabel}>
        {items.map((item, i) => (
          <li
            key={item.key}
            id={`${id}-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === active}
            className={`list-picker-item${i === active ? ' is-active' : ''}${item.muted ? ' is-muted' : ''}${item.value === currentValue ? ' is-current' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onPick(item)}
          >
            <span className="list-picker-label">{item.label}</span>
            {item.detail && item.detail !== item.label ? <span className="list-picker-detail">{item.detail}</span> : null}
          </li>
        ))}
        {items.length === 0 ? <li className="list-picker-empty">{loading ? 'Searching…' : emptyText}</li> : null}
      </ul>
    </div>
  )
}
