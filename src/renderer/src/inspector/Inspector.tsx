// The right-hand panel: the selected row's fields (editable), its source and its change history, or the
// "New <singular>" form while a row is being added; docked beside the grid, or a drawer over it in a narrow
// window. Reads rows itself; writes through data/edits.
import { memo, type ReactElement } from 'react'
import type { Row } from '../../../shared/api'
import { columnDef, tableDef, type TableName } from '../../../shared/schema'
import { rowLabel } from '../data/rows'
import { refLabel } from '../data/format'
import { flowInWords, mirrorInWords } from '../../../shared/tradeFlows'
import { CloseIcon } from '../ui/Icons'
import { ConflictGroup } from './ConflictGroup'
import { FieldList } from './FieldList'
import { NewRowForm } from './NewRowForm'
import { RowHistory } from './RowHistory'
import { SourceCard } from './SourceCard'
import { useRow } from './useRow'

interface Props {
  table: TableName
  mode: 'row' | 'new'
  rowId: number | null
  gridRow: Row | null
  selectedCount: number
  readOnly: boolean
  /** Shown as a drawer over the grid (a narrow window) rather than docked beside it. */
  drawer?: boolean
  onCreated(id: number): void
  onCancelNew(): void
  onClose(): void
}

function Section({ title, children }: { title: string; children: ReactElement }): ReactElement {
  return (
    <section className="inspector-section">
      <h3 className="section-title">{title}</h3>
      {children}
    </section>
  )
}

function Empty({ table, selectedCount }: { table: TableName; selectedCount: number }): ReactElement {
  const def = tableDef(table)
  return (
    <div className="inspector-empty">
      <p>{selectedCount > 1 ? `${selectedCount} rows selected.` : `Select a ${def.singular} to see its fields, source and history.`}</p>
      <p className="muted">{def.description}</p>
    </div>
  )
}

/** Whose report a trade flow is, so a mirror flow is never misread as the partner's own figure. */
function FlowWords({ row }: { row: Row }): ReactElement | null {
  const parts = { reporter: refLabel(row, 'reporter_id'), partner: refLabel(row, 'partner_id'), flow: (row.flow as string | null) ?? null }
  const words = flowInWords(parts)
  if (!words) return null
  const year = row.year ? `, ${row.year}` : ''
  return (
    <p className="inspector-flow" data-testid="flow-words">
      <strong>
        {words}
        {year}.
      </strong>{' '}
      {mirrorInWords(parts) ?? ''}
    </p>
  )
}

function RowView(props: Props & { rowId: number }): ReactElement {
  const { table, rowId, gridRow, readOnly } = props
  const { row, gone, error } = useRow(table, rowId, gridRow)
  const def = tableDef(table)
  if (gone)
    return (
      <div className="inspector-empty">
        <p>This {def.singular} no longer exists.</p>
      </div>
    )
  if (error)
    return (
      <div className="inspector-empty">
        <p className="error-text">{error}</p>
      </div>
    )
  if (!row)
    return (
      <div className="inspector-empty">
        <p className="muted">Loading…</p>
      </div>
    )
  const sourceId = columnDef(table, 'source_id') && typeof row.source_id === 'number' ? row.source_id : null
  return (
    <>
      <div className="inspector-head">
        <div className="inspector-kicker">{def.singular}</div>
        <h2 className="inspector-title">{rowLabel(table, row)}</h2>
        <div className="inspector-meta">
          ID {row.id} · version {row.version ?? '—'}
        </div>
        {table === 'trade_flow' ? <FlowWords row={row} /> : null}
      </div>
      {table === 'observation' ? <ConflictGroup figureId={rowId} readOnly={readOnly} /> : null}
      <FieldList table={table} row={row} readOnly={readOnly} />
      {sourceId !== null ? (
        <Section title="Source">
          <SourceCard sourceId={sourceId} />
        </Section>
      ) : null}
      <Section title="History">
        <RowHistory table={table} id={rowId} />
      </Section>
    </>
  )
}

export const Inspector = memo(function Inspector(props: Props): ReactElement {
  const { table, mode, rowId, selectedCount, drawer = false, onClose } = props
  const closeLabel = drawer ? 'Close inspector' : 'Hide inspector'
  return (
    <aside className={`inspector${drawer ? ' is-drawer' : ''}`} data-testid="inspector" aria-label="Inspector">
      <div className="inspector-bar">
        <span className="inspector-bar-title">Inspector</span>
        <button
          type="button"
          className="icon-button"
          aria-label={closeLabel}
          title={`${closeLabel} (${drawer ? 'Escape' : 'Ctrl+I'})`}
          data-testid="inspector-close"
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </div>
      <div className="inspector-body">
        {mode === 'new' ? (
          <NewRowForm key={table} table={table} onCreated={props.onCreated} onCancel={props.onCancelNew} />
        ) : rowId === null ? (
          <Empty table={table} selectedCount={selectedCount} />
        ) : (
          <RowView {...props} rowId={rowId} />
        )}
      </div>
    </aside>
  )
})
