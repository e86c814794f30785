// The bottom line: how many rows the filtered table has, how many are selected and what the selected block adds
// up to on the left; the save state ("All changes saved" / "Saving…" / the last refusal), the dataset's path and
// size on the right.
import { memo, type ReactElement } from 'react'
import type { AppInfo } from '../../../shared/api'
import { formatBytes, formatNumber } from '../data/format'
import { clearError, saveStateText, useSaveState } from '../data/saveState'
import { CloseIcon } from '../ui/Icons'
import { useSelectionSummary } from '../grid/block/selectionSummary'

interface Props {
  total: number | null
  selectedCount: number
  info: AppInfo | null
}

/** The save state on its own: a write starting or ending redraws this and nothing else. */
function SaveStateView(): ReactElement {
  const save = useSaveState()
  const text = saveStateText(save)
  const tone = save.pending > 0 ? 'saving' : save.error ? 'error' : 'saved'
  return (
    <span className={`save-state is-${tone}`} role="status" aria-live="polite" title={text}>
      <span className="save-dot" aria-hidden="true" />
      <span data-testid="save-state">{text}</span>
      {save.error && save.pending === 0 ? (
        <button type="button" className="status-dismiss" aria-label="Dismiss error" onClick={clearError}>
          <CloseIcon width={12} height={12} />
        </button>
      ) : null}
    </span>
  )
}

export const StatusBar = memo(function StatusBar({ total, selectedCount, info }: Props): ReactElement {
  const summary = useSelectionSummary()
  return (
    <footer className="status-bar" data-testid="status-bar">
      <div className="status-left">
        <span data-testid="row-count">{total === null ? '…' : `${formatNumber(total)} ${total === 1 ? 'row' : 'rows'}`}</span>
        {selectedCount > 0 ? (
          <>
            <span className="status-sep">·</span>
            <span data-testid="selected-count">{formatNumber(selectedCount)} selected</span>
          </>
        ) : null}
        {summary ? (
          <>
            <span className="status-sep">·</span>
            <span className="selection-summary" data-testid="selection-summary" title={summary}>
              {summary}
            </span>
          </>
        ) : null}
      </div>
      <div className="status-right">
        <SaveStateView />
        {info ? (
          <>
            <span className="status-sep">·</span>
            <span className="dataset-path" title={info.datasetPath} data-testid="dataset-path">
              <bdi>{info.datasetPath}</bdi>
            </span>
            <span className="status-sep">·</span>
            <span data-testid="dataset-size">{formatBytes(info.sizeBytes)}</span>
          </>
        ) : null}
      </div>
    </footer>
  )
})
