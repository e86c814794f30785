// The middle of the frame: the table's title line (name, filter chips, find, columns, set column, export, row
// actions) over its grid, and an empty-state note when nothing matches. Row actions are passed in; this pane lays them out.
import { memo, useCallback, useEffect, useState, type ReactElement, type RefObject } from 'react'
import type { Row } from '../../../shared/api'
import { tableDef, type TableName } from '../../../shared/schema'
import { useCall } from '../data/queries'
import { plural } from '../data/rows'
import { MOD } from '../frame/keys'
import { CopyIcon, PlusIcon, TrashIcon } from '../ui/Icons'
import { ExportMenu } from '../briefs/ExportMenu'
import { SetColumn } from './block/SetColumn'
import { ColumnsMenu } from './columns/ColumnsMenu'
import { setConflictMarks } from './conflictMarks'
import { DataGrid } from './DataGrid'
import { ConflictsToggle, FilterChips } from './FilterChips'
import type { GridHandle } from './gridHandle'
import type { ContractFilter } from './query'

export interface RowActions {
  add(): void
  duplicate(): void
  remove(): void
}

interface Props {
  table: TableName
  readOnly: boolean
  handleRef: RefObject<GridHandle | null>
  total: number | null
  selectedCount: number
  actions: RowActions
  onTotal(total: number | null): void
  onSelection(rows: Row[]): void
  onActiveRow(row: Row | null): void
}

function EmptyNote({ table, filtered, onClear }: { table: TableName; filtered: boolean; onClear(): void }): ReactElement {
  const noun = plural(tableDef(table).singular)
  return (
    <div className="grid-empty" role="status">
      {filtered ? (
        <>
          <p>No {noun} match these filters.</p>
          <button type="button" className="btn" onClick={onClear}>
            Clear filters
          </button>
        </>
      ) : (
        <p>
          No {noun} yet. Add one with <strong>+ Row</strong>.
        </p>
      )}
    </div>
  )
}

export const TablePane = memo(function TablePane(props: Props): ReactElement {
  const { table, readOnly, handleRef, total, selectedCount, actions } = props
  const def = tableDef(table)
  const [filters, setFilters] = useState<ContractFilter[]>([])
  const clearFilters = useCallback(() => handleRef.current?.clearFilters(), [handleRef])
  const many = selectedCount > 1 ? ` ${selectedCount}` : ''
  // Figures: the conflict marks follow the data; the grid redraws only when they changed.
  const conflicts = useCall('figures.conflicts', table === 'observation' ? {} : null).data
  useEffect(() => {
    if (conflicts && setConflictMarks(conflicts)) handleRef.current?.refresh()
  }, [conflicts, handleRef])

  return (
    <main id="main-content" className="table-pane" aria-label={def.label}>
      <header className="pane-header">
        <h1 className="pane-title" title={def.description}>
          {def.label}
        </h1>
        <FilterChips table={table} filters={filters} onRemove={(c) => handleRef.current?.clearFilter(c)} onClear={clearFilters} />
        <div className="pane-actions">
          <button
            type="button"
            className="icon-button"
            data-testid="open-find"
            onClick={() => handleRef.current?.openFind()}
            title={`Find in ${def.label} (${MOD}F)`}
            aria-label={`Find in ${def.label}`}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
              <circle cx="7" cy="7" r="4.5" />
              <path d="M10.5 10.5 14 14" strokeLinecap="round" />
            </svg>
          </button>
          {table === 'observation' ? <ConflictsToggle on={filters.some((f) => f.op === 'inConflict')} handleRef={handleRef} /> : null}
          <ColumnsMenu handleRef={handleRef} />
          <SetColumn table={table} handleRef={handleRef} disabled={readOnly} />
          <ExportMenu table={table} filters={filters} />
          <button
            type="button"
            className="btn btn-quiet"
            data-testid="duplicate-rows"
            disabled={readOnly || selectedCount === 0}
            onClick={actions.duplicate}
            title={`Duplicate the selected ${plural(def.singular)} (${MOD}Shift+D)`}
          >
            <CopyIcon /> Duplicate{many}
          </button>
          <button
            type="button"
            className="btn btn-quiet"
            data-testid="delete-rows"
            disabled={readOnly || selectedCount === 0}
            onClick={actions.remove}
            title={`Delete the selected ${plural(def.singular)} (${MOD}Backspace)`}
          >
            <TrashIcon /> Delete{many}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="add-row"
            disabled={readOnly}
            onClick={actions.add}
            title={`New ${def.singular} (${MOD}Enter)`}
          >
            <PlusIcon /> Row
          </button>
        </div>
      </header>
      <div className="grid-area">
        <DataGrid
          key={table}
          table={table}
          readOnly={readOnly}
          handleRef={handleRef}
          onTotal={props.onTotal}
          onSelection={props.onSelection}
          onActiveRow={props.onActiveRow}
          onFilters={setFilters}
        />
        {total === 0 ? <EmptyNote table={table} filtered={filters.length > 0} onClear={clearFilters} /> : null}
      </div>
    </main>
  )
})
