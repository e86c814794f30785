// The paged live preview: exactly the HTML that prints, in a sandboxed iframe with no scripts. The brief's own
// screen styles set it in page-sized columns on white sheets; this pane only scales it to the available height.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { Paper } from '../../../shared/briefs'
import { useCall } from '../data/queries'

const PAGE_PX: Record<Paper, number> = { A4: 1123, Letter: 1056 }
const GAP_PX = 28

interface Props {
  briefId: number
  paper: Paper
}

function useScale(box: React.RefObject<HTMLDivElement | null>, paper: Paper): number {
  const [scale, setScale] = useState(0.6)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const fit = (): void => setScale(Math.max(0.3, Math.min(1, (el.clientHeight - 8) / (PAGE_PX[paper] + GAP_PX))))
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(el)
    return () => observer.disconnect()
  }, [box, paper])
  return scale
}

/** Renders again whenever the brief or the data it shows changed (data/reads.ts). */
export function Preview({ briefId, paper }: Props): ReactElement {
  const render = useCall('briefs.render', { id: briefId })
  const rendered = render.data
  const error = render.error
  const box = useRef<HTMLDivElement>(null)
  const scale = useScale(box, paper)

  const height = PAGE_PX[paper] + GAP_PX
  return (
    <section className="brief-preview" aria-label="Preview">
      <div className="brief-preview-frame" ref={box}>
        {rendered ? (
          <iframe
            title="Brief preview"
            data-testid="brief-preview"
            sandbox=""
            srcDoc={rendered.html}
            style={{ height, width: `${100 / scale}%`, transform: `scale(${scale})` }}
          />
        ) : null}
      </div>
      <footer className="brief-preview-foot">
        {error ? <span className="error-text">{error}</span> : null}
        {rendered ? (
          <span className="muted">
            {rendered.citations} sources cited · rendered in {rendered.ms} ms · dataset {rendered.datasetHash.slice(0, 12)}…
          </span>
        ) : (
          <span className="muted">Rendering…</span>
        )}
      </footer>
    </section>
  )
}
