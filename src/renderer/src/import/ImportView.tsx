// The import wizard: choose or drop a file and the table; see how it is read (changeable), map its columns,
// preview the first 100 rows with each cell checked and every problem by row and column; then import all,
// import only the valid rows (an explicit choice), or cancel. Nothing is written before that choice.
import { useEffect, type ReactElement } from 'react'
import type { ImportPreview, ImportTable, UploadResult } from '../../../shared/dataFiles'
import { FileDrop } from './FileDrop'
import { FileSource, needsSource } from './FileSource'
import { ImportProgress } from './ImportProgress'
import { MappingEditor } from './MappingEditor'
import { PreviewTable } from './PreviewTable'
import { Problems } from './Problems'
import { ReadBar } from './ReadBar'
import { SubjectWords, withoutSubjects } from './SubjectWords'
import { DashLegend } from './DashLegend'
import { AnalystEditsChoice } from './AnalystEditsChoice'
import { useImport } from './useImport'
import { addsText } from './addsText'
import './import.css'

interface Props {
  readOnly: boolean
  /** A file dropped on the window, or one the desktop File menu has already uploaded, to start with. */
  dropped: File | UploadResult | null
  onDroppedTaken(): void
  onShowTable(table: ImportTable): void
}

const DERIVED: Partial<Record<ImportTable, readonly string[]>> = { observation: ['period', 'year', 'basis'] }

function Summary({ preview, previewing, sourceMissing }: { preview: ImportPreview; previewing: boolean; sourceMissing: boolean }): ReactElement {
  const c = preview.counts
  const n = (x: number): string => x.toLocaleString('en-US')
  return (
    <div className="import-summary" data-testid="import-counts" aria-live="polite">
      <span className="count-chip">{n(c.rows)} rows</span>
      {sourceMissing ? <span className="count-chip is-bad">0 valid: no source</span> : <span className="count-chip is-ok">{n(c.valid)} valid</span>}
      {c.invalid ? <span className="count-chip is-bad">{n(c.invalid)} invalid</span> : null}
      {c.skipped ? <span className="count-chip">{n(c.skipped)} skipped</span> : null}
      <span className="import-would">
        {preview.mappingProblems.length ? (
          'Fix the mapping to see what the import would do.'
        ) : sourceMissing ? (
          'Name the file\u2019s source to see what the import would do.'
        ) : (
          <>
            Importing would give: <strong data-testid="preview-summary">{preview.summary}</strong>
          </>
        )}
      </span>
      {preview.created.length ? (
        <span className="muted import-adds" title={preview.created.map((x) => x.label).join(', ')}>
          · also adds {addsText(preview.created)}
        </span>
      ) : null}
      {previewing ? <span className="muted">Checking…</span> : null}
      {preview.secondSources?.message ? (
        <p className="muted import-second-sources" data-testid="preview-second-sources">
          {preview.secondSources.message}
        </p>
      ) : null}
    </div>
  )
}

export function ImportView({ readOnly, dropped, onDroppedTaken, onShowTable }: Props): ReactElement {
  const imp = useImport()
  const { state } = imp
  useEffect(() => {
    if (!dropped) return
    onDroppedTaken()
    if (dropped instanceof File) void imp.chooseFile(dropped)
    else imp.takeUpload(dropped)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a dropped file is taken once, when it arrives
  }, [dropped])
  const preview = state.preview
  const sourceMissing = preview !== null && needsSource(state.table, state.mapping)
  const canImport = preview !== null && !state.previewing && preview.mappingProblems.length === 0 && preview.counts.valid > 0 && !sourceMissing
  return (
    <main id="main-content" className="view-pane import-view" data-testid="import-view">
      <header className="view-bar import-bar">
        <h1>Import</h1>
        {state.upload && !state.job ? <span className="muted">{state.previewing && !preview ? `Reading ${state.upload.name}…` : ''}</span> : null}
      </header>
      {state.job ? (
        <div className="import-body-single">
          <ImportProgress job={state.job} onCancel={() => void imp.cancel()} onAnother={imp.reset} onShow={(t) => onShowTable(t as ImportTable)} />
        </div>
      ) : !state.upload ? (
        <FileDrop table={state.table} busy={state.busy} error={state.error} readOnly={readOnly} onTable={imp.setTable} onFile={(f) => void imp.chooseFile(f)} />
      ) : (
        <>
          <ReadBar
            fileName={state.upload.name}
            layout={preview?.layout ?? null}
            preview={preview}
            table={state.table}
            read={state.read}
            mapping={state.mapping}
            onTable={imp.setTable}
            onRead={imp.setRead}
            onLoad={imp.loadMapping}
            onError={imp.fail}
            onClose={imp.reset}
          />
          {state.error ? (
            <div className="import-error error-text" role="alert" data-testid="import-error">
              {state.error}
            </div>
          ) : null}
          {preview ? <Summary preview={preview} previewing={state.previewing} sourceMissing={sourceMissing} /> : null}
          {preview && state.mapping && sourceMissing ? (
            <FileSource
              table={state.table}
              fileName={state.upload.name}
              comtrade={/comtrade/i.test(state.upload.name)}
              rows={preview.counts.rows}
              mapping={state.mapping}
              readOnly={readOnly}
              onChange={imp.setMapping}
            />
          ) : null}
          {preview && state.mapping ? <AnalystEditsChoice preview={preview} mapping={state.mapping} readOnly={readOnly} onChange={imp.setMapping} /> : null}
          {preview && state.mapping ? <SubjectWords mapping={state.mapping} readOnly={readOnly} onChange={imp.setMapping} /> : null}
          {preview && state.mapping ? <DashLegend preview={preview} mapping={state.mapping} readOnly={readOnly} onChange={imp.setMapping} /> : null}
          {preview && state.mapping ? (
            <div className="import-body">
              <MappingEditor
                targets={preview.targets}
                columns={preview.columns}
                mapping={state.mapping}
                derived={DERIVED[state.table] ?? []}
                onChange={(m) => imp.setMapping(m.subjects?.length ? withoutSubjects(m) : m)}
              />
              <div className="import-right">
                <PreviewTable preview={preview} />
                <Problems preview={preview} />
              </div>
            </div>
          ) : null}
          <footer className="import-actions-bar">
            <button type="button" className="btn" onClick={imp.reset}>
              Cancel
            </button>
            {preview && preview.counts.invalid > 0 ? (
              <button type="button" className="btn" disabled={!canImport || readOnly} onClick={() => void imp.start('valid')} data-testid="import-valid">
                Import only the {preview.counts.valid.toLocaleString('en-US')} valid rows (skip {preview.counts.invalid.toLocaleString('en-US')})
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn-primary"
              disabled={!canImport || readOnly || (preview?.counts.invalid ?? 0) > 0}
              title={(preview?.counts.invalid ?? 0) > 0 ? 'Some rows are invalid: fix them in the file, or import only the valid rows.' : undefined}
              onClick={() => void imp.start('all')}
              data-testid="import-all"
            >
              Import all {preview ? preview.counts.valid.toLocaleString('en-US') : ''} rows
            </button>
          </footer>
        </>
      )}
    </main>
  )
}
