// The inspected row's source, resolved with 'rows.get' on the source table: title, publisher, date and
// the link as plain text with a Copy button. Links are never opened or navigated to from here. Read again only
// when a change touched the source table.
import { useEffect, useState, type ReactElement } from 'react'
import { useCall } from '../data/queries'

interface Props {
  sourceId: number
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    return ok
  }
}

function CopyLink({ url }: { url: string }): ReactElement {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), 1600)
    return () => window.clearTimeout(timer)
  }, [state])
  return (
    <button
      type="button"
      className="btn btn-small"
      data-testid="copy-source-url"
      onClick={() => void copyText(url).then((ok) => setState(ok ? 'copied' : 'failed'))}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy link'}
    </button>
  )
}

export function SourceCard({ sourceId }: Props): ReactElement {
  const source = useCall('rows.get', { table: 'source', id: sourceId }, { keepPrevious: false })
  const row = source.data
  if (source.error) return <p className="muted">{source.error}</p>
  if (!row) return <p className="muted">Loading source…</p>
  const meta = [row.publisher, row.published].filter((v) => v !== null && v !== undefined && v !== '').join(' · ')
  const url = typeof row.url === 'string' ? row.url : ''
  return (
    <div className="source-card" data-testid="source-card">
      <div className="source-code">{row.code}</div>
      <div className="source-title">{row.title}</div>
      {meta ? <div className="source-meta">{meta}</div> : null}
      {url ? (
        <div className="source-link">
          <code className="source-url" title={url}>
            {url}
          </code>
          <CopyLink url={url} />
        </div>
      ) : null}
    </div>
  )
}
