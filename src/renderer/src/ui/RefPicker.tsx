// Choosing a referenced row: the query goes to 'rows.lookup' on the referenced table (debounced, latest
// answer wins) and the list shows each row's label and detail. Never loads the referenced table whole.
import { useEffect, useState, type ReactElement, type RefObject } from 'react'
import type { ColumnDef } from '../../../shared/schema'
import { tableDef } from '../../../shared/schema'
import { call, errorMessage } from '../api/client'
import { ListPicker, type PickItem } from './ListPicker'

interface Props {
  column: ColumnDef
  initialQuery?: string
  currentId?: number | null
  onPick(id: number | null, label: string | null): void
  onCancel?(): void
  inputRef?: RefObject<HTMLInputElement | null>
  autoFocus?: boolean
}

function useLookup(column: ColumnDef, query: string): { items: PickItem[]; loading: boolean; error: string | null } {
  const [state, setState] = useState<{ items: PickItem[]; loading: boolean; error: string | null }>({ items: [], loading: true, error: null })
  useEffect(() => {
    if (!column.ref) return
    let live = true
    setState((s) => ({ ...s, loading: true }))
    const timer = window.setTimeout(() => {
      call('rows.lookup', { table: column.ref!, query: query.trim(), limit: 50 })
        .then((found) => {
          if (live) setState({ items: found.map((f) => ({ key: String(f.id), label: f.label, detail: f.detail, value: f.id })), loading: false, error: null })
        })
        .catch((e: unknown) => {
          if (live) setState({ items: [], loading: false, error: errorMessage(e) })
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

export function RefPicker({ column, initialQuery = '', currentId = null, onPick, onCancel, inputRef, autoFocus }: Props): ReactElement {
  const [query, setQuery] = useState(initialQuery)
  const { items, loading, error } = useLookup(column, query)
  const target = column.ref ? tableDef(column.ref) : null
  const shown = !column.required && query === '' ? [NONE, ...items] : items

  return (
    <ListPicker
      items={shown}
      query={query}
      onQuery={setQuery}
      onPick={(item) => onPick(item.value === null ? null : Number(item.value), item.value === null ? null : item.label)}
      onCancel={onCancel}
      currentValue={currentId}
      loading={loading}
      emptyText={error ?? (query ? `No ${target?.label.toLowerCase() ?? 'rows'} match "${query}"` : `No ${target?.label.toLowerCase() ?? 'rows'} yet`)}
      placeholder={`Search ${target?.label.toLowerCase() ?? ''}…`}
      ariaLabel={`Choose ${column.label.toLowerCase()}`}
      inputRef={inputRef}
      autoFocus={autoFocus}
    />
  )
}
