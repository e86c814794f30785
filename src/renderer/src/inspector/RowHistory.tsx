// The inspected row's change history from 'history.forRow': when, who, which column, old → new, newest
// first. Reference values are shown by label.
import { useEffect, useState, type ReactElement } from 'react'
import type { RowChange } from '../../../shared/api'
import { columnDef, type TableName } from '../../../shared/schema'
import { call, errorMessage } from '../api/client'
import { formatValue, formatWhen } from '../data/format'
import { RefText } from '../ui/RefText'

interface Props {
  table: TableName
  id: number
  revision: number
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
      <span className="history-column">{label}</span> <Value table={table} column={change.column} value={change.before} /> <span className="history-arrow">→</span> <Value table={table} column={change.column} value={change.after} />
    </span>
  )
}

export function RowHistory({ table, id, revision }: Props): ReactElement {
  const [state, setState] = useState<{ changes: RowChange[] | null; error: string | null }>({ changes: null, error: null })
  useEffect(() => {
    let live = true
    call('history.forRow', { table, id, limit: 50 })
      .then((changes) => live && setState({ changes, error: null }))
      .catch((e: unknown) => live && setState({ changes: null, error: errorMessage(e) }))
    return () => {
      live = false
    }
  }, [table, id, revision])

  if (state.error) return <p className="muted">{state.error}</p>
  if (!state.changes) return <p className="muted">Loading history…</p>
  if (state.changes.length === 0) return <p className="muted">No changes recorded yet.</p>
  return (
    <ol className="history-list" data-testid="row-history">
      {state.changes.map((change, i) => (
        <li key={`${change.batchId}-${change.column ?? change.op}-${i}`} className="history-item">
          <div className="history-when">
            {formatWhen(change.at)} · {change.actor}
            {change.origin !== 'user' ? <span className="history-origin">{change.origin}</span> : null}
          </div>
          <What table={table} change={change} />
        </li>
      ))}
    </ol>
  )
}
