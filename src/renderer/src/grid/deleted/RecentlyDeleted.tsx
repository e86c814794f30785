// "Recently deleted": rows deleted from any table (from the change log) that are still gone, newest first, with
// when and by which action. Restore brings a row back with its own id and the links deleted with it, as one
// undoable step; a row that cannot come back says why.
import { useMemo, useState, type ReactElement } from 'react'
import type { DeletedRow } from '../../../../shared/grids'
import { tableDef, TABLES, type TableName } from '../../../../shared/schema'
import { call, errorMessage } from '../../api/client'
import { formatWhen } from '../../data/format'
import { useCall } from '../../data/queries'
import { track } from '../../data/saveState'
import './deleted.css'

interface Props {
  readOnly: boolean
  onShowTable(table: TableName): void
}

const keyOf = (r: DeletedRow): string => `${r.table}:${r.id}`

function Item({
  row,
  checked,
  onCheck,
  onRestore,
  disabled
}: {
  row: DeletedRow
  checked: boolean
  onCheck(): void
  onRestore(): void
  disabled: boolean
}): ReactElement {
  return (
    <li className="deleted-item" data-testid="deleted-item">
      <input type="checkbox" checked={checked} onChange={onCheck} aria-label={`Select ${row.label}`} disabled={disabled} />
      <div className="deleted-what">
        <span className="deleted-label">{row.label}</span>
        <span className="deleted-table">{tableDef(row.table).singular}</span>
        {row.owned > 0 ? (
          <span className="deleted-owned">
            + {row.owned} linked {row.owned === 1 ? 'row' : 'rows'}
          </span>
        ) : null}
      </div>
      <div className="deleted-when">
        {formatWhen(row.deletedAt)} · {row.actor} · <span className="muted">{row.batchLabel}</span>
      </div>
      <button type="button" className="btn btn-quiet" onClick={onRestore} disabled={disabled} data-testid="restore-row">
        Restore
      </button>
    </li>
  )
}

export function RecentlyDeleted({ readOnly, onShowTable }: Props): ReactElement {
  const [table, setTable] = useState<TableName | ''>('')
  const [checked, setChecked] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null)
  const list = useCall('history.deleted', { ...(table ? { table } : {}), limit: 200 })
  const rows = useMemo(() => list.data ?? [], [list.data])

  const restore = async (items: DeletedRow[]): Promise<void> => {
    if (items.length === 0) return
    try {
      const result = await track(call('history.restore', { items: items.map((r) => ({ table: r.table, id: r.id })) }))
      const first = items[0]!
      setMessage({
        text:
          items.length === 1
            ? `Restored ${tableDef(first.table).singular} ${first.label} (${result.restored.length} ${result.restored.length === 1 ? 'row' : 'rows'} with its links). Undo takes it back.`
            : `Restored ${items.length} rows. Undo takes them back.`,
        tone: 'ok'
      })
      setChecked(new Set())
    } catch (e) {
      setMessage({ text: errorMessage(e), tone: 'error' })
    }
  }

  const toggle = (r: DeletedRow): void => {
    const next = new Set(checked)
    if (next.has(keyOf(r))) next.delete(keyOf(r))
    else next.add(keyOf(r))
    setChecked(next)
  }

  return (
    <main id="main-content" className="view-pane deleted-view" data-testid="deleted-view">
      <header className="view-bar deleted-bar">
        <h1>Recently deleted</h1>
        <select value={table} onChange={(e) => setTable(e.target.value as TableName | '')} aria-label="Table">
          <option value="">All tables</option>
          {TABLES.map((t) => (
            <option key={t.name} value={t.name}>
              {t.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-primary"
          disabled={readOnly || checked.size === 0}
          onClick={() => void restore(rows.filter((r) => checked.has(keyOf(r))))}
        >
          Restore {checked.size > 0 ? checked.size : ''} selected
        </button>
      </header>
      {message ? (
        <p className={`deleted-message is-${message.tone}`} role="status" data-testid="deleted-message">
          {message.text}{' '}
          {message.tone === 'ok' && table ? (
            <button type="button" className="link-button" onClick={() => onShowTable(table)}>
              Show {tableDef(table).label}
            </button>
          ) : null}
        </p>
      ) : null}
      {list.error ? <p className="error-text">{list.error}</p> : null}
      {list.data && rows.length === 0 ? (
        <p className="deleted-empty">Nothing deleted{table ? ` from ${tableDef(table).label}` : ''} is waiting to be restored.</p>
      ) : null}
      <ul className="deleted-list">
        {rows.map((r) => (
          <Item key={keyOf(r)} row={r} checked={checked.has(keyOf(r))} onCheck={() => toggle(r)} onRestore={() => void restore([r])} disabled={readOnly} />
        ))}
      </ul>
    </main>
  )
}
