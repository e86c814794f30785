// The table grid: AG Grid Community with the infinite row model (rows arrive in pages from 'rows.page'),
// typed editors, row selection, and refreshes when the dataset changes. Holds no rows of its own beyond
// AG Grid's block cache; tells its parent about totals, selection, the active row and filters.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type RefObject } from 'react'
import { AgGridReact } from 'ag-grid-react'
import type { CellFocusedEvent, GetRowIdParams, GridApi, GridReadyEvent, RowSelectionOptions, SelectionColumnDef } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { reportError } from '../data/saveState'
import { CellErrorTip } from '../ui/CellErrorTip'
import { buildColumnDefs } from './columnDefs'
import { createDatasource } from './datasource'
import { createGridHandle, type GridHandle } from './gridHandle'
import { gridTheme } from './gridTheme'
import { toFilters, type ContractFilter } from './query'
import { useCellEdits } from './useCellEdits'

export interface DataGridProps {
  table: TableName
  readOnly: boolean
  revision: number
  handleRef: RefObject<GridHandle | null>
  onTotal(total: number | null): void
  onSelection(rows: Row[]): void
  onActiveRow(row: Row | null): void
  onFilters(filters: ContractFilter[]): void
  onSaved(): void
}

const rowSelection: RowSelectionOptions<Row> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: true
}
const selectionColumnDef: SelectionColumnDef = { width: 40, minWidth: 40, maxWidth: 40, pinned: 'left', resizable: false, suppressHeaderMenuButton: true }
const defaultColDef = { sortable: true, resizable: true }
// The pane shows its own empty state (with a way out); AG Grid's overlays would say it twice.
const suppressOverlays: ('noRows' | 'noMatchingRows')[] = ['noRows', 'noMatchingRows']
const getRowId = (p: GetRowIdParams<Row>): string => String(p.data.id)

/** Refresh the block cache when the revision moves; while a cell is being edited, wait until it stops. */
function useRevisionRefresh(api: GridApi<Row> | null, revision: number): () => void {
  const seen = useRef(revision)
  const pending = useRef(false)
  useEffect(() => {
    if (!api || revision === seen.current) return
    seen.current = revision
    if (api.getEditingCells().length > 0) pending.current = true
    else api.refreshInfiniteCache()
  }, [api, revision])
  return useCallback(() => {
    if (!pending.current || !api) return
    pending.current = false
    api.refreshInfiniteCache()
  }, [api])
}

function findCell(root: HTMLElement | null, rowId: string, colId: string): HTMLElement | null {
  const escape = (s: string): string => (typeof CSS === 'object' ? CSS.escape(s) : s)
  return root?.querySelector<HTMLElement>(`.ag-row[row-id="${escape(rowId)}"] .ag-cell[col-id="${escape(colId)}"]`) ?? null
}

export function DataGrid(props: DataGridProps): ReactElement {
  const { table, readOnly, revision, handleRef, onTotal, onSelection, onActiveRow, onFilters, onSaved } = props
  const wrapper = useRef<HTMLDivElement>(null)
  const [api, setApi] = useState<GridApi<Row> | null>(null)
  const columnDefs = useMemo(() => buildColumnDefs(table, readOnly), [table, readOnly])
  const datasource = useMemo(() => createDatasource(table, { onTotal, onError: reportError }), [table, onTotal])
  const { onCellEditRequest, cellError, clearCellError } = useCellEdits(table, onSaved)
  const afterEditing = useRevisionRefresh(api, revision)
  const [errorAnchor, setErrorAnchor] = useState<HTMLElement | null>(null)

  useEffect(() => {
    setErrorAnchor(cellError ? findCell(wrapper.current, cellError.rowId, cellError.colId) : null)
  }, [cellError])

  const onGridReady = useCallback((e: GridReadyEvent<Row>) => setApi(e.api), [])
  useEffect(() => {
    if (!api) return
    const handle = createGridHandle(api)
    handleRef.current = handle
    return () => {
      if (handleRef.current === handle) handleRef.current = null
    }
  }, [api, handleRef])

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Row>) => {
      if (e.rowIndex === null || e.rowIndex === undefined) return
      const colId = typeof e.column === 'object' && e.column ? e.column.getColId() : null
      if (cellError && (cellError.colId !== colId || e.api.getDisplayedRowAtIndex(e.rowIndex)?.id !== cellError.rowId)) clearCellError()
      onActiveRow(e.api.getDisplayedRowAtIndex(e.rowIndex)?.data ?? null)
    },
    [onActiveRow, cellError, clearCellError]
  )

  return (
    <div className="grid-host" ref={wrapper} data-testid="grid">
      <AgGridReact<Row>
        theme={gridTheme}
        loadThemeGoogleFonts={false}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={100}
        maxBlocksInCache={40}
        blockLoadDebounceMillis={30}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        selectionColumnDef={selectionColumnDef}
        readOnlyEdit
        stopEditingWhenCellsLoseFocus
        onCellEditRequest={onCellEditRequest}
        tooltipShowDelay={600}
        animateRows={false}
        suppressColumnVirtualisation
        suppressOverlays={suppressOverlays}
        suppressDragLeaveHidesColumns
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        onSelectionChanged={(e) => onSelection(e.api.getSelectedRows())}
        onFilterChanged={(e) => onFilters(toFilters(table, e.api.getFilterModel()))}
        onCellEditingStarted={clearCellError}
        onCellEditingStopped={afterEditing}
        onBodyScroll={cellError ? clearCellError : undefined}
      />
      {cellError && errorAnchor ? <CellErrorTip anchor={errorAnchor} message={cellError.message} /> : null}
    </div>
  )
}
