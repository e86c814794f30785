// Problems by row and column, in the analyst's words, with Save report (CSV of all of them, safe to open in a
// spreadsheet). Mapping problems come first: they stop the import before any row is read.
import { useState, type ReactElement } from 'react'
import type { ImportPreview } from '../../../shared/dataFiles'
import { call, errorMessage } from '../api/client'
import { download } from './upload'

export function Problems({ preview }: { preview: ImportPreview }): ReactElement | null {
  const [note, setNote] = useState<string | null>(null)
  if (preview.mappingProblems.length === 0 && preview.problemCount === 0) return null
  const unit = preview.layout.format === 'json' ? 'Record' : 'Row'
  const save = async (): Promise<void> => {
    try {
      const report = await call('import.report', { uploadId: preview.uploadId })
      download(`${report.fileName.replace(/\.[^.]+$/, '')}-problems.csv`, report.csv, 'text/csv')
      setNote(`Saved ${report.problemCount.toLocaleString('en-US')} problems.`)
    } catch (e) {
      setNote(errorMessage(e))
    }
  }
  return (
    <section className="import-problems" aria-label="Problems" data-testid="import-problems">
      <header>
        <h2 className="import-section-title">
          {preview.mappingProblems.length ? 'The mapping needs attention' : `Problems (${preview.problemCount.toLocaleString('en-US')})`}
        </h2>
        {preview.problemCount ? (
          <button type="button" className="btn btn-small" onClick={() => void save()} data-testid="save-report">
            Save report
          </button>
        ) : null}
        {note ? <span className="muted">{note}</span> : null}
      </header>
      <ul>
        {preview.mappingProblems.map((p) => (
          <li key={p} className="problem is-mapping">
            {p}
          </li>
        ))}
        {preview.problems.slice(0, 200).map((p, i) => (
          <li key={i} className="problem">
            <span className="problem-where">
              {unit} {p.row}
              {p.column ? ` · ${p.column}` : ''}
            </span>
            <span>{p.message.replace(/^Row \d+: /, '')}</span>
          </li>
        ))}
      </ul>
      {preview.problemCount > 200 ? <p className="muted">The first 200 are listed; Save report has them all.</p> : null}
    </section>
  )
}
