// The frame: title bar, table navigation, the grid, the inspector and the status bar, wired to the engine
// through the typed client. Owns the dataset "revision" that every view reloads on (edits here, undo/redo,
// and 'dataset.changed' from any window or tab). A new revision redraws the frame once, its answers once more;
// the panes are memoised, so each redraws only when what it shows has changed.
import { useCallback, useEffect, useReducer, useRef, useState, type ReactElement } from 'react'
import type { UploadResult } from '../../../shared/dataFiles'
import { isTableName, TABLES, type TableName } from '../../../shared/schema'
import { AnalysisPane, ANALYSIS_VIEWS, isAnalysisView, type AnalysisView } from '../assessments/AnalysisPane'
import { BriefsView } from '../briefs/BriefsView'
import { ScenariosView } from '../scenarios/ScenariosView'
import { FilesView } from '../backups/FilesView'
import { ImportView } from '../import/ImportView'
import { useFileDrop } from '../import/useFileDrop'
import { call } from '../api/client'
import { clearRefLabels } from '../data/refLabels'
import { capitalise, rowDescription } from '../data/rows'
import { NavPanel } from '../frame/NavPanel'
import { StatusBar } from '../frame/StatusBar'
import { TitleBar } from '../frame/TitleBar'
import type { GridHandle } from '../grid/gridHandle'
import { TablePane } from '../grid/TablePane'
import { RecentlyDeleted } from '../grid/deleted/RecentlyDeleted'
import { requestReveal, takeReveal } from '../grid/revealRequest'
import { navigationCommands, SearchPalette, type PaletteCommand } from '../search/SearchPalette'
import { Inspector } from '../inspector/Inspector'
import { useAppCommands } from './useAppCommands'
import { useConfirm } from './useConfirm'
import { useDatasetEvents } from './useDatasetEvents'
import { useHistorySteps } from './useHistorySteps'
import { useFrameState } from './useFrameState'
import { useRowActions } from './useRowActions'
import { useSelection } from './useSelection'
import { useShortcuts } from './useShortcuts'
import { useStored } from './useStored'

/** The analysis views in the navigation: the assessment board, the indicators, and the briefs. */
const VIEWS = [
  ...ANALYSIS_VIEWS,
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'briefs', label: 'Briefs' },
  { id: 'import', label: 'Import', group: 'dataset' },
  { id: 'files', label: 'File & backups', group: 'dataset' },
  { id: 'deleted', label: 'Recently deleted', group: 'dataset' }
] as const
type View = AnalysisView | 'scenarios' | 'briefs' | 'import' | 'files' | 'deleted'
const isView = (v: unknown): v is View | null => v === 'scenarios' || v === 'briefs' || v === 'import' || v === 'files' || v === 'deleted' || isAnalysisView(v)
const isTable = (v: unknown): v is TableName => typeof v === 'string' && isTableName(v)
const isBool = (v: unknown): v is boolean => typeof v === 'boolean'

export function App(): ReactElement {
  const [revision, bump] = useReducer((n: number) => n + 1, 0)
  const refresh = useCallback(() => {
    clearRefLabels()
    bump()
  }, [])
  useDatasetEvents(refresh)

  const frame = useFrameState(revision)
  const info = frame.info
  const readOnly = info?.readOnly ?? false

  const [table, setTable] = useStored<TableName>('lodestone.table', TABLES[0].name, isTable)
  const [inspectorOpen, setInspectorOpen] = useStored('lodestone.inspector', true, isBool)
  const [view, setView] = useStored<View | null>('lodestone.view', null, isView)
  const [dropped, setDropped] = useState<File | UploadResult | null>(null)
  useFileDrop((file) => {
    setDropped(file)
    setView('import')
  })
  // The desktop File menu: Import… (the file is already uploaded) and Backups.
  useAppCommands((command) => {
    if (command.command === 'backups') return setView('files')
    if (command.upload) setDropped(command.upload)
    setView('import')
  })
  const [mode, setMode] = useState<'row' | 'new'>('row')
  const [total, setTotal] = useState<number | null>(null)
  const selection = useSelection()
  const grid = useRef<GridHandle | null>(null)
  const { confirm, dialog } = useConfirm()

  useEffect(() => {
    document.title = info ? `Lodestone — ${info.datasetName}` : 'Lodestone'
  }, [info])

  const chooseTable = useCallback(
    (next: TableName) => {
      setView(null)
      if (next === table) return
      setTable(next)
      setTotal(null)
      setMode('row')
      selection.reset()
    },
    [table, setTable, setView, selection]
  )

  const toggleInspector = useCallback(() => setInspectorOpen(!inspectorOpen), [inspectorOpen, setInspectorOpen])
  const closeInspector = useCallback(() => setInspectorOpen(false), [setInspectorOpen])
  const selectView = useCallback((id: string) => setView(id as View), [setView])
  const cancelNew = useCallback(() => setMode('row'), [])

  const openNewForm = useCallback(() => {
    setInspectorOpen(true)
    setMode('new')
  }, [setInspectorOpen])

  // A new row the current filters hide is said so, with a way to show it (the inspector shows it meanwhile).
  const [hiddenRow, setHiddenRow] = useState<{ id: number; label: string } | null>(null)
  const onCreated = useCallback(
    (id: number) => {
      setMode('row')
      selection.setActiveId(id)
      refresh()
      setHiddenRow(null)
      void grid.current?.reveal(id).then(async (shown) => {
        if (shown) return
        const row = await call('rows.get', { table, id }).catch(() => null)
        setHiddenRow({ id, label: row ? rowDescription(table, row) : `row ${id}` })
      })
    },
    [refresh, selection, table]
  )
  const showHiddenRow = useCallback(() => {
    if (!hiddenRow) return
    grid.current?.clearFilters()
    const id = hiddenRow.id
    setHiddenRow(null)
    window.setTimeout(() => void grid.current?.reveal(id), 0)
  }, [hiddenRow])

  const actions = useRowActions({ table, readOnly, grid, targets: selection.targets, confirm, openNewForm, onChanged: refresh, onDeleted: selection.forget })

  const steps = useHistorySteps(readOnly, grid, refresh, view ? null : table)

  // Search everything: a row opens its table scrolled to it (now, or when that table's grid is ready).
  const openRow = useCallback(
    (target: TableName, id: number) => {
      requestReveal(target, id)
      chooseTable(target)
      if (target === table && !view && takeReveal(target) !== null) void grid.current?.reveal(id)
    },
    [chooseTable, table, view]
  )
  const commands: PaletteCommand[] = [
    { id: 'undo', label: 'Undo', hint: frame.history?.undoLabel ?? '', run: steps.undo },
    { id: 'redo', label: 'Redo', hint: frame.history?.redoLabel ?? '', run: steps.redo },
    { id: 'find', label: 'Find in this table', hint: 'Ctrl+F', run: () => grid.current?.openFind() },
    { id: 'add', label: 'New row', hint: 'Ctrl+Enter', run: actions.add },
    { id: 'inspector', label: 'Show or hide the inspector', hint: 'Ctrl+I', run: toggleInspector },
    ...navigationCommands(VIEWS, chooseTable, (id) => setView(id as View))
  ]

  useShortcuts({
    undo: steps.undo,
    redo: steps.redo,
    addRow: actions.add,
    duplicateRows: actions.duplicate,
    deleteRows: actions.remove,
    toggleInspector
  })

  return (
    <div className={`app${inspectorOpen && !view ? ' has-inspector' : ''}`}>
      <TitleBar
        datasetName={info?.datasetName ?? null}
        readOnly={readOnly}
        history={frame.history}
        inspectorOpen={inspectorOpen}
        onUndo={steps.undo}
        onRedo={steps.redo}
        onToggleInspector={toggleInspector}
      />
      <NavPanel tables={frame.tables} active={table} onSelect={chooseTable} views={VIEWS} activeView={view} onSelectView={selectView} />
      {view === 'import' ? (
        <ImportView readOnly={readOnly} dropped={dropped} onDroppedTaken={() => setDropped(null)} onShowTable={chooseTable} />
      ) : view === 'deleted' ? (
        <RecentlyDeleted revision={revision} readOnly={readOnly} onChanged={refresh} onShowTable={chooseTable} />
      ) : view === 'files' ? (
        <FilesView revision={revision} readOnly={readOnly} onChanged={refresh} />
      ) : view === 'scenarios' ? (
        <ScenariosView revision={revision} readOnly={readOnly} onChanged={refresh} />
      ) : view === 'briefs' ? (
        <BriefsView revision={revision} readOnly={readOnly} onChanged={refresh} />
      ) : view ? (
        <AnalysisPane view={view} revision={revision} readOnly={readOnly} onChanged={refresh} />
      ) : (
        <TablePane
          key={table}
          table={table}
          readOnly={readOnly}
          revision={revision}
          handleRef={grid}
          total={total}
          selectedCount={selection.targets.length}
          actions={actions}
          onTotal={setTotal}
          onSelection={selection.setSelected}
          onActiveRow={selection.setActiveRow}
          onSaved={refresh}
        />
      )}
      {inspectorOpen && !view ? (
        <Inspector
          table={table}
          mode={mode}
          rowId={selection.activeId}
          gridRow={selection.activeRow}
          selectedCount={selection.selected.length}
          revision={revision}
          readOnly={readOnly}
          onSaved={refresh}
          onCreated={onCreated}
          onCancelNew={cancelNew}
          onClose={closeInspector}
        />
      ) : null}
      <StatusBar total={view ? null : total} selectedCount={view ? 0 : selection.selected.length} info={info} />
      <SearchPalette commands={commands} onOpenRow={openRow} />
      {hiddenRow && !view ? (
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
