// A running import: a progress bar with rows, rows per second and time left, and a Cancel that rolls
// everything back. Then its outcome: "N unchanged, M updated, K new", the skipped rows, the backup taken.
import type { ReactElement } from 'react'
import type { JobStatus } from '../../../shared/dataFiles'
import { tableDef } from '../../../shared/schema'
import { duration, phaseTitle } from './progressText'

interface Props {
  job: JobStatus
  onCancel(): void
  onAnother(): void
  onShow(table: string): void
}

export function ImportProgress({ job, onCancel, onAnother, onShow }: Props): ReactElement {
  const fraction = job.bytesTotal > 0 ? Math.min(1, job.bytesDone / job.bytesTotal) : 0
  const r = job.result
  if (job.state === 'running') {
    return (
      <section className="import-progress" data-testid="import-progress" aria-live="polite">
        <h2 className="import-section-title" data-testid="import-phase">
          {phaseTitle(job)}
        </h2>
        <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
          <div className="progress-fill" style={{ width: `${fraction * 100}%` }} />
        </div>
        <div className="progress-figures">
          <span data-testid="progress-rows">{job.rowsDone.toLocaleString('en-US')} rows</span>
          <span>{job.rowsPerSecond.toLocaleString('en-US')} rows/s</span>
          <span>{duration(job.secondsLeft)}</span>
          <button type="button" className="btn" disabled={job.phase === 'cancelling'} onClick={onCancel} data-testid="cancel-import">
            Cancel
          </button>
        </div>
        <p className="muted">Cancel rolls the whole import back: nothing is written unless it finishes.</p>
      </section>
    )
  }
  return (
    <section className={`import-result is-${job.state}`} data-testid="import-result">
      <h2 className="import-section-title">{job.state === 'done' ? 'Imported' : job.state === 'cancelled' ? 'Import cancelled' : 'Import refused'}</h2>
      {job.state === 'done' && r ? (
        <p className="result-line" data-testid="import-summary">
          {tableDef(r.table).label}: {r.summary}.
        </p>
      ) : null}
      {job.state === 'cancelled' ? <p className="result-line">Nothing was written; the dataset is as it was.</p> : null}
      {job.state === 'failed' ? (
        <p className="result-line error-text" role="alert">
          {job.error?.message}
        </p>
      ) : null}
      {r && r.counts.invalid > 0 && job.state === 'done' ? (
        <p className="muted" data-testid="skipped-rows">
          Skipped {r.counts.invalid.toLocaleString('en-US')} invalid row{r.counts.invalid === 1 ? '' : 's'}: {r.skippedRows.slice(0, 30).join(', ')}
          {r.skippedRows.length > 30 ? '…' : ''}
        </p>
      ) : null}
      {r?.analystEdits?.message && job.state === 'done' ? (
        <p className="result-line" data-testid="result-analyst-edits">
          {r.analystEdits.message}
        </p>
      ) : null}
      {r && r.created.length > 0 && job.state === 'done' ? <p className="muted">Also added: {r.created.map((c) => c.label).join(', ')}.</p> : null}
      {r?.backupId && job.state === 'done' ? (
        <p className="muted">A backup of the dataset as it was before was taken ({r.backupId}); Undo also takes the import back in one step.</p>
      ) : r && job.state === 'done' ? (
        <p className="muted" data-testid="no-backup">
          Nothing changed, so no backup was taken.
        </p>
      ) : null}
      <div className="import-actions">
        {job.state === 'done' && r ? (
          <button type="button" className="btn btn-primary" onClick={() => onShow(r.table)}>
            Show {tableDef(r.table).label}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onAnother} data-testid="import-another">
          Import another file
        </button>
      </div>
    </section>
  )
}
