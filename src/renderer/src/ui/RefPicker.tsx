// Choosing a referenced row: the query goes to 'rows.lookup' on the referenced table (debounced, latest
// answer wins) and the list shows each row's label and detail. Never loads the referenced table whole.
// An Enter that comes before the answer (fast typing, a paste) asks for the best match of the typed text then.
// A source picker offers "Add a new source…" last in the list, which opens a short form instead of the list.
import { useEffect, useRef, useState, type ReactElement, type RefObject } from 'react'
import type { ColumnDef } from '../../../shared/schema'
import { tableDef } from '../../../shared/schema'
import { call, errorMessage } from '../api/client'
import { ListPicker, type PickItem } from './ListPicker'
import { NewSourceForm } from './NewSourceForm'

interface Props {
  column: ColumnDef
  initialQuery?: string
  currentId?: number | null
  onPick(id: number | null, label: string | null): void
  onCancel?(): void
  inputRef?: RefObject<HTMLInputElement | null>
  autoFocus?: boolean
  /** Enter was typed with the initial query, before the picker was up: choose its best match at once. */
  initialEnter?: boolean
  /** Keys typed while the picker was mounting (kept by the opener): appended to the query as it mounts. */
  takeTypeAhead?(): { text: string; enter: boolean }
}

interface Lookup {
  items: PickItem[]
  loading: boolean
  error: string | null
  /** The query these items answer. */
  answered: string | null
}

const toItems = (found: { id: number; label: string; detail: string }[]): PickItem[] =>
  found.map((f) => ({ key: String(f.id), label: f.label, detail: f.detail, value: f.id }))

function useLookup(column: ColumnDef, query: string): Lookup {
  const [state, setState] = useState<Lookup>({ items: [], loading: true, error: null, answered: null })
  useEffect(() => {
    if (!column.ref) return
    let live = true
    setState((s) => ({ ...s, loading: true }))
    const timer = window.setTimeout(() => {
      call('rows.lookup', { table: column.ref!, query: query.trim(), limit: 50 })
        .then((found) => {
          if (live) setState({ items: toItems(found), loading: false, error: null, answered: query })
        })
        .catch((e: unknown) => {
          if (live) setState({ items: [], loading: false, error: errorMessage(e), answered: null })
        })
    }, 120)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [column.ref, query])
  return state
}

const NONE: PickItem = { key: '__none', label: 'None', detail: 'leave empty', value: null, muted: true }
const ADD = '__add'

/** Last in a source list: add what was typed as a new source (never first, so a fast Enter keeps the best match). */
function addItem(column: ColumnDef, query: string, items: PickItem[]): PickItem[] {
  const typed = query.trim()
  if (column.ref !== 'source' || !typed || items.some((i) => i.label.toLowerCase() === typed.toLowerCase())) return []
  return [{ key: ADD, label: `Add a new source "${typed}"…`, detail: 'code, title, publisher, date', value: ADD, muted: true }]
}

/** The best match of `typed` in the referenced table, as the lookup ranks it (exact label, then prefix, then within). */
async function bestMatch(column: ColumnDef, typed: string): Promise<PickItem | null> {
  if (!column.ref) return null
  const found = await call('rows.lookup', { table: column.ref, query: typed.trim(), limit: 1 })
  return found[0] ? toItems(found)[0]! : null
}

export function RefPicker({
  column,
  initialQuery = '',
  currentId = null,
  onPick,
  onCancel,
  inputRef,
  autoFocus,
  initialEnter,
  takeTypeAhead
}: Props): ReactElement {
  const [query, setQuery] = useState(initialQuery)
  const { items, loading, error, answered } = useLookup(column, query)
  const [missed, setMissed] = useState<string | null>(null)
  const target = column.ref ? tableDef(column.ref) : null
  const noun = target?.label.toLowerCase() ?? 'rows'
  const [adding, setAdding] = useState<string | null>(null)
  const listed = !column.required && query === '' ? [NONE, ...items] : items
  const shown = loading || answered !== query ? listed : [...listed, ...addItem(column, query, items)]
  const pick = (item: PickItem): void => {
    if (item.value === ADD) setAdding(query)
    else onPick(item.value === null ? null : Number(item.value), item.value === null ? null : item.label)
  }
  const resolve = (typed: string): void => {
    if (!typed.trim()) {
      if (!column.required) pick(NONE)
      return
    }
    bestMatch(column, typed)
      .then((item) => (item ? pick(item) : setMissed(`No ${noun} match "${typed.trim()}"; nothing was chosen.`)))
      .catch((e: unknown) => setMissed(errorMessage(e)))
  }
  const first = useRef({ initialEnter, initialQuery, resolve, takeTypeAhead })
  useEffect(() => {
    const f = first.current
    const ahead = f.takeTypeAhead?.() ?? { text: '', enter: false }
    const typed = f.initialQuery + ahead.text
    if (ahead.text) setQuery(typed)
    if (f.initialEnter || ahead.enter) f.resolve(typed)
  }, [])

  if (adding !== null) return <NewSourceForm typed={adding} onAdded={(id, code) => onPick(id, code)} onCancel={() => setAdding(null)} />
  return (
    <ListPicker
      items={shown}
      query={query}
      onQuery={(q) => {
        setMissed(null)
        setQuery(q)
      }}
      onPick={pick}
      onStaleEnter={resolve}
      answeredQuery={answered ?? '\u0000'}
      onCancel={onCancel}
      currentValue={currentId}
      loading={loading}
      notice={missed}
      emptyText={error ?? (query ? `No ${noun} match "${query}"` : `No ${noun} yet`)}
      placeholder={`Search ${noun}…`}
      ariaLabel={`Choose ${column.label.toLowerCase()}`}
      inputRef={inputRef}
      autoFocus={autoFocus}
    />
  )
}
