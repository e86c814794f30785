// The frame: title bar, table navigation, the grid or a view (as the route in the URL hash says), the inspector
// and the status bar, wired to the engine through the typed client. What each pane shows is a query the change
// feed keeps current (data/queries.ts): a change redraws only the panes whose answers it moved.
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react'
import type { UploadResult } from '../../../shared/dataFiles'
import { isTableName, TABLES, type TableName } from '../../../shared/schema'
import { useFileDrop } from '../import/useFileDrop'
import { call, followChanges } from '../api/client'
import { capitalise, rowDescription } from '../data/rows'
import { NavPanel } from '../frame/NavPanel'
import { SkipLink } from '../frame/SkipLink'
import { StatusBar } from '../frame/StatusBar'
import { TitleBar } from '../frame/TitleBar'
import type { GridHandle } from '../grid/gridHandle'
import { TablePane } from '../grid/TablePane'
import { requestReveal, takeReveal } from '../grid/revealRequest'
import { navigationCommands, SearchPalette, type PaletteCommand } from '../search/SearchPalette'
import { Inspector } from '../inspector/Inspector'
import { useAppCommands } from './useAppCommands'
import { useConfirm } from './useConfirm'
import { useFirstOpen } from './useFirstOpen'
import { useHistorySteps } from './useHistorySteps'
import { useFrameState } from './useFrameState'
import { useInspector } from './useInspector'
import { useRoute } from './useRoute'
import { useRowActions } from './useRowActions'
import { useSelection } from './useSelection'
import { useShortcuts } from './useShortcuts'
import { useStored } from './useStored'
import { ViewPane } from './ViewPane'
import { NAV_VIEWS, navEntry, navRoute } from './views'

const isTable = (v: unknown): v is TableName => typeof v === 'string' && isTableName(v)

export function App(): ReactElement {
  useEffect(() => followChanges(), [])

  const frame = useFrameState()
  const info = frame.info
  const readOnly = info?.readOnly ?? false

  const routing = useRoute()
  const { route, navigate } = routing
  useFirstOpen(info?.datasetPath ?? null, routing)
  const [storedTable, setStoredTable] = useStored<TableName>('lodestone.table', TABLES[0].name, isTable)
  const table = route?.view === 'table' ? route.table : storedTable
  const onTable = route?.view === 'table'
  const [dropped, setDropped] = useState<File | UploadResult | null>(null)
  useFileDrop((file) => {
    setDropped(file)
    navigate({ view: 'import' })
  })
  // The desktop File menu: Import… (the file is already uploaded) and Backups.
  useAppCommands((command) => {
    if (command.command === 'backups') return navigate({ view: 'files' })
    if (command.upload) setDropped(command.upload)
    navigate({ view: 'import' })
  })
  const [mode, setMode] = useState<'row' | 'new'>('row')
  const [total, setTotal] = useState<number | null>(null)
  const selection = useSelection()
  const inspector = useInspector(onTable ? selection.activeId : null)
  const grid = useRef<GridHandle | null>(null)
  const { confirm, dialog } = useConfirm()

  // Another table (chosen here, or by Back and Forward): its grid starts with no selection and no new-row form.
  const [shownTable, setShownTable] = useState(table)
  if (shownTable !== table) {
    setShownTable(table)
    setTotal(null)
    setMode('row')
    selection.reset()
  }
  useEffect(() => {
    if (route?.view === 'table') setStoredTable(route.table)
  }, [route, setStoredTable])

  useEffect(() => {
    document.title = info ? `Lodestone — ${info.datasetName}` : 'Lodestone'
  }, [info])

  const chooseTable = useCallback((next: TableName) => navigate({ view: 'table', table: next }), [navigate])
  const selectView = useCallback(
    (id: string) => {
      const next = navRoute(id)
      if (next) navigate(next)
    },
    [navigate]
  )
  const cancelNew = useCallback(() => setMode('row'), [])

  const { show: showInspector } = inspector
  const openNewForm = useCallback(() => {
    showInspector()
    setMode('new')
  }, [showInspector])

  // A new row the current filters hide is said so, with a way to show it (the inspector shows it meanwhile).
  const [hiddenRow, setHiddenRow] = useState<{ id: number; label: string } | null>(null)
  const onCreated = useCallback(
    (id: number) => {
      setMode('row')
      selection.setActiveId(id)
      setHiddenRow(null)
      void grid.current?.reveal(id).then(async (shown) => {
        if (shown) return
        const row = await call('rows.get', { table, id }).catch(() => null)
        setHiddenRow({ id, label: row ? rowDescription(table, row) : `row ${id}` })
      })
    },
    [selection, table]
  )
  const showHiddenRow = useCallback(() => {
    if (!hiddenRow) return
    grid.current?.clearFilters()
    const id = hiddenRow.id
    setHiddenRow(null)
    window.setTimeout(() => void grid.current?.reveal(id), 0)
  }, [hiddenRow])

  const actions = useRowActions({ table, readOnly, grid, targets: selection.targets, confirm, openNewForm, onDeleted: selection.forget })

  const steps = useHistorySteps(readOnly, grid, onTable ? table : null)

  // Search everything: a row opens its table scrolled to it (now, or when that table's grid is ready).
  const openRow = useCallback(
    (target: TableName, id: number) => {
      requestReveal(target, id)
      chooseTable(target)
      if (target === table && onTable && takeReveal(target) !== null) void grid.current?.reveal(id)
    },
    [chooseTable, table, onTable]
  )
  const commands: PaletteCommand[] = [
    { id: 'undo', label: 'Undo', hint: frame.history?.undoLabel ?? '', run: steps.undo },
    { id: 'redo', label: 'Redo', hint: frame.history?.redoLabel ?? '', run: steps.redo },
    { id: 'find', label: 'Find in this table', hint: 'Ctrl+F', run: () => grid.current?.openFind() },
    { id: 'add', label: 'New row', hint: 'Ctrl+Enter', run: actions.add },
    { id: 'inspector', label: 'Show or hide the inspector', hint: 'Ctrl+I', run: inspector.toggle },
    ...navigationCommands(NAV_VIEWS, chooseTable, selectView)
  ]

  useShortcuts({
    undo: steps.undo,
    redo: steps.redo,
    addRow: actions.add,
    duplicateRows: actions.duplicate,
    deleteRows: actions.remove,
    toggleInspector: inspector.toggle
  })

  const docked = inspector.open && onTable && !inspector.drawer
  return (
    <div className={`app${docked ? ' has-inspector' : ''}`}>
      <SkipLink />
      <TitleBar
        datasetName={info?.datasetName ?? null}
        readOnly={readOnly}
        history={frame.history}
        inspectorOpen={inspector.open}
        onStart={() => navigate({ view: 'start' })}
        onUndo={steps.undo}
        onRedo={steps.redo}
        onToggleInspector={inspector.toggle}
      />
      <NavPanel tables={frame.tables} active={table} onSelect={chooseTable} views={NAV_VIEWS} activeView={navEntry(route)} onSelectView={selectView} />
      {route === null ? (
        <main id="main-content" className="view-pane" aria-busy="true" />
      ) : route.view !== 'table' ? (
        <ViewPane route={route} readOnly={readOnly} dropped={dropped} onDroppedTaken={() => setDropped(null)} onShowTable={chooseTable} navigate={navigate} />
      ) : (
        <TablePane
          key={table}
          table={table}
          readOnly={readOnly}
          handleRef={grid}
          total={total}
          selectedCount={selection.targets.length}
          actions={actions}
          onTotal={setTotal}
          onSelection={selection.setSelected}
          onActiveRow={selection.setActiveRow}
        />
      )}
      {inspector.open && onTable ? (
        <Inspector
          table={table}
          mode={mode}
          rowId={selection.activeId}
          gridRow={selection.activeRow}
          selectedCount={selection.selected.length}
          readOnly={readOnly}
          drawer={inspector.drawer}
          onCreated={onCreated}
          onCancelNew={cancelNew}
          onClose={inspector.close}
        />
      ) : null}
      <StatusBar total={onTable ? total : null} selectedCount={onTable ? selection.selected.length : 0} info={info} />
      <SearchPalette commands={commands} onOpenRow={openRow} />
      {hiddenRow && onTable ? (
        <div className="step-notice" role="status" data-testid="hidden-row-notice">
          {capitalise(hiddenRow.label)} is hidden by the filters; it is open in the inspector.
          <button type="button" className="btn btn-quiet" onClick={showHiddenRow}>
            Clear filters and show it
          </button>
          <button type="button" className="link-button" onClick={() => setHiddenRow(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
      {steps.notice ? (
        <div className="step-notice" role="status" data-testid="undo-notice">
          {steps.notice}
          <button type="button" className="link-button" onClick={steps.dismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
      {dialog}
    </div>
  )
}
