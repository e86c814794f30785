// Export with a pre-flight check: lists uncited figures, stale figures, drafts and missing rows first, then lets
// the analyst go ahead (PDF, HTML or Markdown) or close and fix them. Shows the brief's export history.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { Brief, ExportFormat } from '../../../shared/briefs'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'
import { deliver } from './download'

interface Props {
  brief: Brief
  onClose(): void
}

const METHODS = { pdf: 'briefs.exportPdf', html: 'briefs.exportHtml', md: 'briefs.exportMarkdown' } as const
const LABELS: Record<keyof typeof METHODS, string> = { pdf: 'Export PDF', html: 'HTML', md: 'Markdown' }
const FORMAT_NAMES: Partial<Record<ExportFormat, string>> = { pdf: 'PDF', html: 'HTML', md: 'Markdown' }

export function ExportDialog({ brief, onClose }: Props): ReactElement {
  const ref = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState<keyof typeof METHODS | null>(null)
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)
  const checks = useCall('briefs.preflight', { id: brief.id })
  const history = useCall('briefs.history', { id: brief.id })

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    const onCancel = (e: Event): void => {
      e.preventDefault()
      onClose()
    }
    dialog?.addEventListener('cancel', onCancel)
    return () => dialog?.removeEventListener('cancel', onCancel)
  }, [onClose])

  const run = async (format: keyof typeof METHODS): Promise<void> => {
    setBusy(format)
    setStatus({ text: format === 'pdf' ? 'Printing with Chromium…' : 'Exporting…', error: false })
    try {
      setStatus({ text: deliver(await call(METHODS[format], { id: brief.id })), error: false })
    } catch (e) {
      setStatus({ text: errorMessage(e), error: true })
    } finally {
      setBusy(null)
    }
  }

  const items = checks.data ?? []
  return (
    <dialog ref={ref} className="export-dialog" data-testid="export-dialog" aria-labelledby="export-title">
      <h2 id="export-title">Export “{brief.title}”</h2>
      <h3>Pre-flight check</h3>
      {checks.error ? <p className="error-text">{checks.error}</p> : null}
      {!checks.data ? (
        <p className="muted">Checking…</p>
      ) : items.length === 0 ? (
        <p className="preflight-ok">Every figure is cited, current and from a reviewed assessment.</p>
      ) : null}
      <ul className="preflight" data-testid="preflight">
        {items.map((item, i) => (
          <li key={i} className={`preflight-item is-${item.level}`}>
            <span className="preflight-level">{item.level === 'error' ? 'Fix' : 'Check'}</span>
            <span>{item.message}</span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <span className={status?.error ? 'error-text' : 'muted'} role="status" data-testid="export-status">
          {status?.text ?? (items.length ? 'You can export anyway, or close and fix these first.' : '')}
        </span>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        {(['md', 'html', 'pdf'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className={`btn${f === 'pdf' ? ' btn-primary' : ''}`}
            disabled={busy !== null}
            onClick={() => void run(f)}
            data-testid={`export-${f}`}
          >
            {busy === f ? 'Working…' : LABELS[f]}
          </button>
        ))}
      </div>
      {history.data?.length ? (
        <details className="export-history">
          <summary>History ({history.data.length})</summary>
          <ul>
            {history.data.map((h) => (
              <li key={h.id}>
                {new Date(h.at).toLocaleString()} · {FORMAT_NAMES[h.format] ?? h.format} · {h.fileName} · dataset {h.datasetHash.slice(0, 12)}…
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </dialog>
  )
}
