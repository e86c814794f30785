// The title bar: "Lodestone — <dataset>" (the name opens Start), then Undo and Redo (their tooltips name what they would undo
// or redo, from 'history.state') and the inspector toggle.
import { memo, type ReactElement } from 'react'
import type { HistoryState } from '../../../shared/api'
import { LodestoneMark, RedoIcon, SidebarIcon, UndoIcon } from '../ui/Icons'
import { MOD } from './keys'

interface Props {
  datasetName: string | null
  readOnly: boolean
  history: HistoryState | null
  inspectorOpen: boolean
  onStart(): void
  onUndo(): void
  onRedo(): void
  onToggleInspector(): void
}

export const TitleBar = memo(function TitleBar({
  datasetName,
  readOnly,
  history,
  inspectorOpen,
  onStart,
  onUndo,
  onRedo,
  onToggleInspector
}: Props): ReactElement {
  const undoTitle = history?.canUndo ? `Undo ${history.undoLabel ?? ''} (${MOD}Z)`.replace('  ', ' ') : 'Nothing to undo'
  const redoTitle = history?.canRedo ? `Redo ${history.redoLabel ?? ''} (${MOD}Shift+Z)`.replace('  ', ' ') : 'Nothing to redo'
  return (
    <header className="title-bar">
      <div className="title-bar-name">
        <button type="button" className="brand-button" onClick={onStart} title="Start: this dataset and the ways into it" data-testid="brand-start">
          <LodestoneMark className="brand-mark" />
          <span className="brand">Lodestone</span>
        </button>
        {datasetName ? (
          <>
            <span className="title-sep">—</span>
            <span className="dataset-name" title={datasetName}>
              {datasetName}
            </span>
          </>
        ) : null}
        {readOnly ? <span className="badge">Read-only</span> : null}
      </div>
      <div className="title-bar-actions">
        <button
          type="button"
          className="icon-button"
          data-testid="undo"
          aria-label={undoTitle}
          title={undoTitle}
          disabled={readOnly || !history?.canUndo}
          onClick={onUndo}
        >
          <UndoIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="redo"
          aria-label={redoTitle}
          title={redoTitle}
          disabled={readOnly || !history?.canRedo}
          onClick={onRedo}
        >
          <RedoIcon />
        </button>
        <span className="title-bar-divider" />
        <button
          type="button"
          className={`icon-button${inspectorOpen ? ' is-on' : ''}`}
          aria-pressed={inspectorOpen}
          aria-label="Inspector"
          title={`${inspectorOpen ? 'Hide' : 'Show'} inspector (${MOD}I)`}
          onClick={onToggleInspector}
        >
          <SidebarIcon />
        </button>
      </div>
    </header>
  )
})
