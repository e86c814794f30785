// Picking one of a fixed list in the grid: enum columns (their enumValues) and yes/no columns. Type to
// narrow, arrows and Enter to choose (Enter takes the best match of what is typed); the choice is written at once.
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import type { ColumnDef } from '../../../../shared/schema'
import { ListPicker, type PickItem } from '../../ui/ListPicker'
import { typedKey, type EditorProps } from './editorProps'
import { takeTypeAhead } from './typeAhead'

const NONE: PickItem = { key: '__none', label: 'None', detail: 'leave empty', value: null, muted: true }

export function choiceItems(column: ColumnDef): PickItem[] {
  if (column.type === 'bool') {
    const items: PickItem[] = [
      { key: 'yes', label: 'Yes', value: 1 },
      { key: 'no', label: 'No', value: 0 }
    ]
    return column.required ? items : [...items, NONE]
  }
  const values = column.enumValues ?? []
  const items = values.map<PickItem>((v) =>
    v === '' ? { key: '__blank', label: 'None', detail: 'leave empty', value: '', muted: true } : { key: v, label: v, value: v }
  )
  return column.required || values.includes('') ? items : [...items, NONE]
}

export function filterItems(items: PickItem[], query: string): PickItem[] {
  const q = query.trim().toLowerCase()
  if (!q) return items
  const starts = items.filter((i) => i.label.toLowerCase().startsWith(q))
  const contains = items.filter((i) => !i.label.toLowerCase().startsWith(q) && i.label.toLowerCase().includes(q))
  return [...starts, ...contains]
}

export function ChoiceCellEditor(props: EditorProps): ReactElement {
  const { column, onValueChange, stopEditing } = props
  // Keys typed while the popup mounts (and an Enter among them) come from the grid's type-ahead.
  const [start] = useState(() => {
    const key = typedKey(props)
    const ahead = key === null ? { text: '', enter: false } : takeTypeAhead()
    return { query: (key ?? '') + ahead.text, enter: ahead.enter }
  })
  const [query, setQuery] = useState(start.query)
  const all = useMemo(() => choiceItems(column), [column])
  const items = useMemo(() => filterItems(all, query), [all, query])
  const pick = (item: PickItem): void => {
    onValueChange(item.value)
    stopEditing()
  }
  const first = useRef({ start, items, pick })
  useEffect(() => {
    const { start: s, items: found, pick: choose } = first.current
    if (s.enter && found[0]) choose(found[0])
  }, [])

  return (
    <div className="popup-editor" style={{ minWidth: Math.max(props.eGridCell.offsetWidth, 220) }}>
      <ListPicker
        items={items}
        query={query}
        onQuery={setQuery}
        onPick={pick}
        currentValue={typeof props.value === 'boolean' ? Number(props.value) : (props.value ?? null)}
        emptyText={`Nothing in ${column.label} matches "${query}"`}
        placeholder={`${column.label}…`}
        ariaLabel={`Choose ${column.label.toLowerCase()}`}
        autoFocus
      />
    </div>
  )
}
