// Search everything (Ctrl+K): commands, tables and views by name at once, and rows of every table from the
// engine ('search.all') as you type; arrows move, Enter opens (a row opens its table scrolled to it), Escape
// closes. Keyboard first; the mouse works too.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react'
import type { SearchHit } from '../../../shared/grids'
import { tableDef, TABLES, type TableName } from '../../../shared/schema'
import { useCall } from '../data/queries'
import { useDebounced } from '../data/useDebounced'
import { hasMod } from '../frame/keys'
import './search.css'

export interface PaletteCommand {
  id: string
  label: string
  hint?: string
  run(): void
}

interface Props {
  commands: PaletteCommand[]
  onOpenRow(table: TableName, id: number): void
}

interface Item {
  key: string
  kind: 'command' | 'row'
  label: string
  detail: string
  run(): void
}

function matches(label: string, query: string): boolean {
  const q = query.trim().toLowerCase()
  return q === '' || label.toLowerCase().includes(q)
}

/** Rows matching what was typed (two characters or more), asked once the typing pauses. */
function useRowHits(open: boolean, query: string): { hits: SearchHit[]; error: string | null; searching: boolean } {
  const typed = query.trim()
  const q = useDebounced(typed, 150)
  const asked = open && q.length >= 2 && typed.length >= 2
  const found = useCall('search.all', asked ? { query: q, perTable: 6 } : null)
  return { hits: asked ? (found.data ?? []) : [], error: asked ? found.error : null, searching: asked && (q !== typed || found.data === null) }
}

export function SearchPalette({ commands, onOpenRow }: Props): ReactElement | null {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const list = useRef<HTMLUListElement>(null)
  const rows = useRowHits(open, query)

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (!hasMod(e) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'k' || document.querySelector('dialog[open]')) return
      e.preventDefault()
      e.stopPropagation()
      setOpen(true)
      setQuery('')
      setActive(0)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])

  const items = useMemo<Item[]>(() => {
    const close = (run: () => void) => () => {
      setOpen(false)
      run()
    }
    const found = commands
      .filter((c) => matches(c.label, query))
      .map((c): Item => ({ key: `c:${c.id}`, kind: 'command', label: c.label, detail: c.hint ?? '', run: close(c.run) }))
    const hits = rows.hits.map((h): Item => ({
      key: `r:${h.table}:${h.id}:${h.column}`,
      kind: 'row',
      label: h.label,
      detail: `${tableDef(h.table).label} · ${h.snippet}`,
      run: close(() => onOpenRow(h.table, h.id))
    }))
    return [...found.slice(0, query ? 8 : 12), ...hits]
  }, [commands, query, rows.hits, onOpenRow])

  useEffect(() => setActive((a) => Math.min(a, Math.max(0, items.length - 1))), [items.length])
  useEffect(() => list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }), [active])

  if (!open) return null
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((a) => (items.length ? (a + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length : 0))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      items[active]?.run()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      setOpen(false)
    }
  }
  const status = rows.error ?? (rows.searching ? 'Searching rows…' : query.trim().length >= 2 && rows.hits.length === 0 ? 'No rows match.' : '')

  return (
    <div className="palette-backdrop" onMouseDown={() => setOpen(false)}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Search everything"
        data-testid="search-palette"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          className="palette-input"
          autoFocus
          placeholder="Search rows, tables and commands"
          aria-label="Search everything"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <ul className="palette-list" role="listbox" aria-label="Matches" tabIndex={0} ref={list} onKeyDown={onKeyDown}>
          {items.map((item, i) => (
            <li
              key={item.key}
              role="option"
              aria-selected={i === active}
              className={`palette-item is-${item.kind}`}
              onMouseEnter={() => setActive(i)}
              onClick={item.run}
              data-testid="palette-item"
            >
              <span className="palette-label">{item.label}</span>
              <span className="palette-detail">{item.detail}</span>
            </li>
          ))}
        </ul>
        {status ? <p className="palette-status">{status}</p> : null}
      </div>
    </div>
  )
}

/** Commands for every table and view, besides the app's own actions. */
export function navigationCommands(
  views: readonly { id: string; label: string }[],
  onTable: (t: TableName) => void,
  onView: (id: string) => void
): PaletteCommand[] {
  return [
    ...TABLES.map((t) => ({ id: `table:${t.name}`, label: `Go to ${t.label}`, hint: 'table', run: () => onTable(t.name) })),
    ...views.map((v) => ({ id: `view:${v.id}`, label: `Go to ${v.label}`, hint: 'view', run: () => onView(v.id) }))
  ]
}
