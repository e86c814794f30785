// The line under the grid while a paste or fill runs (progress, Stop) and the report after it: what was written,
// rows added, and every refused cell with its reason, listed (never silently dropped). Dismissed with ×.
import type { ReactElement } from 'react'
import { CloseIcon } from '../../ui/Icons'
import type { PasteReport as Report, RunningTask } from './useBlockEdits'

const SHOWN = 200

function Progress({ task }: { task: RunningTask }): ReactElement {
  const { done, total } = task.progress
  const share = total > 0 ? Math.round((done / total) * 100) : 0
  return (
    <div className="paste-report is-running" role="status" data-testid="paste-progress">
      <span className="paste-title">{task.label}</span>
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${share}%` }} />
      </span>
      <span className="paste-count">{total > 0 ? `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} cells` : 'Reading…'}</span>
      <button type="button" className="btn btn-quiet" onClick={task.cancel}>
        Stop
      </button>
    </div>
  )
}

export function PasteReport({ task, report, onDismiss }: { task: RunningTask | null; report: Report | null; onDismiss(): void }): ReactElement | null {
  if (task) return <Progress task={task} />
  if (!report) return null
  const more = report.refusedCount - Math.min(report.refused.length, SHOWN)
  return (
    <section className={`paste-report is-${report.tone}`} role="status" aria-live="polite" data-testid="paste-report">
      <header className="paste-head">
        <span className="paste-title" data-testid="paste-summary">
          {report.summary}
        </span>
        <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
          <CloseIcon width={14} height={14} />
        </button>
      </header>
      {report.refused.length > 0 || report.notes.length > 0 ? (
        <ul className="paste-list" data-testid="paste-refusals">
          {report.refused.slice(0, SHOWN).map((line, i) => (
            <li key={`r${i}`}>{line}</li>
          ))}
          {more > 0 ? <li className="muted">… and {more.toLocaleString('en-US')} more refused cells.</li> : null}
          {report.notes.map((line, i) => (
            <li key={`n${i}`} className="muted">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
