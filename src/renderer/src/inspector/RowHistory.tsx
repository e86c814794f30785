// The inspected row's change history from 'history.forRow': when, who, which column, old → new, newest
// first. Reference values are shown by label. Read again only when a change touched this row (data/reads.ts);
// entries are memoised by their content, so a new answer redraws only the entries that are new.
import { memo, type ReactElement } from 'react'
import type { RowChange } from '../../../shared/api'
import { columnDef, type TableName } from '../../../shared/schema'
import { formatValue, formatWhen } from '../data/format'
import { useCall } from '../data/queries'
import { RefText } from '../ui/RefText'

interface Props {
  table: TableName
  id: number
}

function Value({ table, column, value }: { table: TableName; column: string | null; value: RowChange['before'] }): ReactElement {
  const col = column ? columnDef(table, column) : undefined
  if (value === null || value === '') return <span className="history-empty">empty</span>
  if (col?.type === 'ref' && col.ref) return <RefText table={col.ref} id={value} />
  const text = formatValue(col, value)
  return <span title={text.length > 80 ? text : undefined}>{text.length > 80 ? `${text.slice(0, 80)}…` : text}</span>
}

function What({ table, change }: { table: TableName; change: RowChange }): ReactElement {
  if (change.op === 'insert') return <span>Created</span>
  if (change.op === 'delete') return <span>Deleted</span>
  const label = change.column ? (columnDef(table, change.column)?.label ?? change.column) : 'Row'
  return (
    <span className="history-change">
      <span className="history-column">{label}</span> <Value table={table} column={change.column} value={change.before} />{' '}
      <span className="history-arrow">→</span> <Value table={table} column={change.column} value={change.after} />
    </span>
  )
}

function sameChange(a: RowChange, b: RowChange): boolean {
  return (
    a.batchId === b.batchId &&
    a.at === b.at &&
    a.op === b.op &&
    a.column === b.column &&
    a.before === b.before &&
    a.after === b.after &&
    a.actor === b.actor &&
    a.origin === b.origin
  )
}

const HistoryItem = memo(
  function HistoryItem({ table, change }: { table: TableName; change: RowChange }): ReactElement {
    return (
      <li className="history-item">
        <div className="history-when">
          {formatWhen(change.at)} · {change.actor}
          {change.origin !== 'user' ? <span className="history-origin">{change.origin}</span> : null}
        </div>
        <What table={table} change={change} />
      </li>
    )
  },
  (a, b) => a.table === b.table && sameChange(a.change, b.change)
)

/** Keys that stay with an entry as newer ones arrive above it (a repeat of the same key gets a count). */
function keysOf(changes: RowChange[]): string[] {
  const seen = new Map<string, number>()
  return changes.map((change) => {
    const base = `${change.batchId}-${change.column ?? change.op}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : `${base}#${n}`
  })
}

export function RowHistory({ table, id }: Props): ReactElement {
  const history = useCall('history.forRow', { table, id, limit: 50 }, { keepPrevious: false })
  const changes = history.data
  if (history.error) return <p className="muted">{history.error}</p>
  if (!changes) return <p className="muted">Loading history…</p>
  if (changes.length === 0) return <p className="muted">No changes recorded yet.</p>
  const keys = keysOf(changes)
  return (
    <ol className="history-list" data-testid="row-history">
      {changes.map((change, i) => (
        <HistoryItem key={keys[i]} table={table} change={change} />
      ))}
    </ol>
  )
}
