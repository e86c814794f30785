// The table grid: AG Grid Community with the infinite row model (rows arrive in pages from 'rows.page'),
// typed editors, and what Community lacks, written here: block selection, copy and paste, fill down and the
// fill handle, find, column state kept per table, scales. Holds no rows beyond AG Grid's block cache.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type RefObject } from 'react'
import type {
  CellFocusedEvent,
  ColDef,
  ColumnMovedEvent,
  ColumnResizedEvent,
  FilterChangedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IDatasource,
  RowSelectionOptions,
  SelectionChangedEvent,
  ValueSetterParams
} from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import type { ScaleChoice } from '../../../shared/displayUnits'
import type { TableName } from '../../../shared/schema'
import { reportError } from '../data/saveState'
import { CellErrorTip } from '../ui/CellErrorTip'
import { FillHandle } from './block/FillHandle'
import { PasteReport } from './block/PasteReport'
import { publishSummary, setSelectionSummary } from './block/selectionSummary'
import { useBlockEdits } from './block/useBlockEdits'
import { useBlockSelection } from './block/useBlockSelection'
import { exposeShowColumn } from './columnHook'
import { buildColumnDefs, type GridSettings } from './columnDefs'
import { useColumnState } from './columns/useColumnState'
import { createDatasource } from './datasource'
import { FindBar } from './find/FindBar'
import { useFind } from './find/useFind'
import { createGridHandle, type GridHandle } from './gridHandle'
import { gridTheme } from './gridTheme'
import { useGridTitles } from './gridTitles'
import { useGridKeys } from './useGridKeys'
import { isLoadingRow, LoadingRow } from './loadingRow'
import { toFilters, type ContractFilter } from './query'
import { takeReveal } from './revealRequest'
import { useCellEdits, type EditRequest } from './useCellEdits'
import { useGridRefresh } from './useGridRefresh'
import { VanillaGrid } from './VanillaGrid'

export interface DataGridProps {
  table: TableName
  readOnly: boolean
  handleRef: RefObject<GridHandle | null>
  onTotal(total: number | null): void
  onSelection(rows: Row[]): void
  onActiveRow(row: Row | null): void
  onFilters(filters: ContractFilter[]): void
}

// Rows are checked in our own light checkbox column (rowCheckbox.ts), not AG Grid's selection column.
const rowSelection: RowSelectionOptions<Row> = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: false }
// The pane shows its own empty state (with a way out); AG Grid's overlays would say it twice.
const suppressOverlays: ('noRows' | 'noMatchingRows')[] = ['noRows', 'noMatchingRows']
const getRowId = (p: GetRowIdParams<Row>): string => String(p.data.id)
const containerStyle = { flex: 1, minHeight: 0 }
// Rows drawn beyond the viewport above and below: enough for a brisk wheel, few enough that a jump builds little.
const ROW_BUFFER = 2
// Pages kept (100 rows each): a change from elsewhere reloads every kept page, so keep a few screens' worth.
const MAX_BLOCKS = 12

function findCell(root: HTMLElement | null, rowId: string, colId: string): HTMLElement | null {
  const escape = (s: string): string => (typeof CSS === 'object' ? CSS.escape(s) : s)
  return root?.querySelector<HTMLElement>(`.ag-row[row-id="${escape(rowId)}"] .ag-cell[col-id="${escape(colId)}"]`) ?? null
}

/** Scales live in a ref the column formatters read; changing one redraws the cells and saves the state. */
function useScales(
  api: GridApi<Row> | null,
  onChanged: () => void
): { settings: GridSettings; scales: { current: Record<string, ScaleChoice> }; setAll(next: Record<string, ScaleChoice>): void } {
  const scales = useRef<Record<string, ScaleChoice>>({})
  const latest = useRef({ api, onChanged })
  latest.current = { api, onChanged }
  const redraw = (): void => {
    const a = latest.current.api
    if (!a || a.isDestroyed()) return
    a.refreshCells({ force: true })
    a.refreshHeader()
  }
  const settings = useMemo<GridSettings>(
    () => ({
      scales: scales.current,
      onScale: (column, scale) => {
        if (scale) scales.current[column] = scale
        else delete scales.current[column]
        redraw()
        latest.current.onChanged()
      }
    }),
    []
  )
  const setAll = useCallback((next: Record<string, ScaleChoice>) => {
    for (const key of Object.keys(scales.current)) delete scales.current[key]
    Object.assign(scales.current, next)
    redraw()
  }, [])
  return { settings, scales, setAll }
}

export function DataGrid(props: DataGridProps): ReactElement {
  const { table, readOnly, handleRef, onTotal, onSelection, onActiveRow, onFilters } = props
  const wrapper = useRef<HTMLDivElement>(null)
  const [api, setApi] = useState<GridApi<Row> | null>(null)
  const [datasource, setDatasource] = useState<IDatasource | undefined>(undefined)
  const stateChanged = useRef<() => void>(() => undefined)
  const { settings, scales, setAll } = useScales(api, () => stateChanged.current())
  const selection = useBlockSelection(api)
  const find = useFind(api, table)
  const edits = useBlockEdits({ api, table, readOnly, rect: selection.rect, scales: scales.current })
  const columnDefs = useMemo(() => buildColumnDefs(table, readOnly, settings), [table, readOnly, settings])
  // Every edit leaves through the value setter, as the editor closes (AG Grid's cellEditRequest would wait for its
  // batched event queue, a frame or two later). The setter changes nothing in the row: the engine's answer does.
  const editRef = useRef<(e: EditRequest) => void>(() => undefined)
  const valueSetter = useCallback((p: ValueSetterParams<Row>): boolean => {
    editRef.current(p)
    return false
  }, [])
  const defaultColDef = useMemo<ColDef<Row>>(
    () => ({ sortable: true, resizable: true, valueSetter, cellClassRules: { ...selection.cellClassRules, ...find.cellClassRules } }),
    [selection.cellClassRules, find.cellClassRules, valueSetter]
  )
  // A cell edit updates its row in place from the engine's answer, and the rest of the app (undo, inspector)
  // from the same answer, through the change feed: one edit, one request.
  const { afterEditing } = useGridRefresh(api, table)
  const { onCellEditRequest, cellError, clearCellError } = useCellEdits(table)
  editRef.current = onCellEditRequest
  const [errorAnchor, setErrorAnchor] = useState<HTMLElement | null>(null)

  stateChanged.current = useColumnState(api, table, readOnly, scales, (state) => {
    setAll(state?.scales ?? {})
    setDatasource(createDatasource(table, { onTotal, onError: reportError }))
    const pending = takeReveal(table)
    if (pending !== null) window.setTimeout(() => void handleRef.current?.reveal(pending), 0)
  })

  useEffect(() => {
    setErrorAnchor(cellError ? findCell(wrapper.current, cellError.rowId, cellError.colId) : null)
  }, [cellError])

  const onGridReady = useCallback((e: GridReadyEvent<Row>) => setApi(e.api), [])
  useEffect(() => (api ? exposeShowColumn(api) : undefined), [api])
  useEffect(() => {
    if (!api) return
    const handle = createGridHandle(api, {
      table,
      rect: selection.rect,
      openFind: find.open,
      setColumn: edits.setColumn,
      onColumnsChanged: () => stateChanged.current()
    })
    handleRef.current = handle
    return () => {
      if (handleRef.current === handle) handleRef.current = null
    }
  }, [api, handleRef, table, selection.rect, find.open, edits.setColumn])

  useGridKeys(wrapper, { selection, edits, openFind: find.open })
  useGridTitles(wrapper, api, table)

  // The block's rows become the selection the app acts on (delete, duplicate) when no rows are checked.
  useEffect(() => {
    if (!api) return
    const rect = selection.rect()
    const timer = window.setTimeout(() => void publishSummary(api, table, rect, scales.current).catch(() => setSelectionSummary(null)), 60)
    if (api.getSelectedNodes().length === 0 && rect) {
      const rows: Row[] = []
      for (let i = rect.top; i <= rect.bottom && rows.length < 5000; i += 1) {
        const data = api.getDisplayedRowAtIndex(i)?.data
        if (data) rows.push(data)
      }
      onSelection(rows.length > 1 ? rows : [])
    }
    return () => window.clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the selection is followed by its version and range, not by object identity
  }, [api, table, selection.version, selection.rect, onSelection, scales])
  useEffect(() => () => setSelectionSummary(null), [])

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Row>) => {
      selection.onCellFocused(e)
      if (e.rowIndex === null || e.rowIndex === undefined) return
      const colId = typeof e.column === 'object' && e.column ? e.column.getColId() : null
      if (cellError && (cellError.colId !== colId || e.api.getDisplayedRowAtIndex(e.rowIndex)?.id !== cellError.rowId)) clearCellError()
      onActiveRow(e.api.getDisplayedRowAtIndex(e.rowIndex)?.data ?? null)
    },
    [onActiveRow, cellError, clearCellError, selection]
  )

  const viewChanged = useCallback(() => {
    stateChanged.current()
    find.viewChanged()
    selection.set(selection.current())
  }, [find, selection])

  // Stable handlers: a new function on every render would be handed to the grid again each time.
  const onSelectionChanged = useCallback((e: SelectionChangedEvent<Row>) => onSelection(e.api.getSelectedRows()), [onSelection])
  const onFilterChanged = useCallback(
    (e: FilterChangedEvent<Row>) => {
      onFilters(toFilters(table, e.api.getFilterModel()))
      viewChanged()
    },
    [onFilters, table, viewChanged]
  )
  const onColumnMoved = useCallback((e: ColumnMovedEvent<Row>) => e.finished && viewChanged(), [viewChanged])
  const onColumnResized = useCallback((e: ColumnResizedEvent<Row>) => e.finished && stateChanged.current(), [])

  return (
    <div className="grid-host" ref={wrapper} data-testid="grid">
      <FindBar state={find.state} onQuery={find.setQuery} onNext={find.next} onPrevious={find.previous} onClose={find.close} />
      <VanillaGrid<Row>
        theme={gridTheme}
        containerStyle={containerStyle}
        loadThemeGoogleFonts={false}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={100}
        maxBlocksInCache={MAX_BLOCKS}
        blockLoadDebounceMillis={10}
        rowBuffer={ROW_BUFFER}
        isFullWidthRow={isLoadingRow}
        fullWidthCellRenderer={LoadingRow}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        maintainColumnOrder
        getRowId={getRowId}
        rowSelection={rowSelection}
        stopEditingWhenCellsLoseFocus
        animateRows={false}
        suppressOverlays={suppressOverlays}
        suppressDragLeaveHidesColumns
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        onCellMouseDown={selection.onCellMouseDown}
        onCellMouseOver={selection.onCellMouseOver}
        onSelectionChanged={onSelectionChanged}
        onFilterChanged={onFilterChanged}
        onSortChanged={viewChanged}
        onColumnMoved={onColumnMoved}
        onColumnResized={onColumnResized}
        onColumnVisible={viewChanged}
        onCellEditingStarted={clearCellError}
        onCellEditingStopped={afterEditing}
        onBodyScroll={cellError ? clearCellError : undefined}
      />
      <FillHandle api={api} host={wrapper} selection={selection} disabled={readOnly} onFill={edits.fillTo} />
      <PasteReport task={edits.task} report={edits.report} onDismiss={edits.dismiss} />
      {edits.dialog}
      {edits.notice ? (
        <div className="grid-notice" role="status" data-testid="grid-notice">
          {edits.notice}
        </div>
      ) : null}
      {cellError && errorAnchor ? <CellErrorTip anchor={errorAnchor} message={cellError.message} /> : null}
    </div>
  )
}
