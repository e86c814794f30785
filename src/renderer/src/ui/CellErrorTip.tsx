// The one-line reason shown just under a cell (or field) whose value was refused. Rendered in a portal at
// the anchor's screen position so grid cells' overflow never clips it; it only shows, it never decides.
import { useLayoutEffect, useState, type ReactElement } from 'react'
import { createPortal } from 'react-dom'

interface Props {
  anchor: HTMLElement | null
  message: string
}

interface Place {
  left: number
  top: number
  minWidth: number
}

function placeUnder(anchor: HTMLElement): Place {
  const rect = anchor.getBoundingClientRect()
  const left = Math.max(4, Math.min(rect.left, window.innerWidth - 360))
  return { left, top: rect.bottom + 2, minWidth: Math.min(rect.width, 360) }
}

export function CellErrorTip({ anchor, message }: Props): ReactElement | null {
  const [place, setPlace] = useState<Place | null>(null)

  useLayoutEffect(() => {
    if (!anchor) return
    const update = (): void => setPlace(placeUnder(anchor))
    update()
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [anchor, message])

  if (!anchor || !place) return null
  return createPortal(
    <div className="cell-error" data-testid="cell-error" role="alert" style={{ left: place.left, top: place.top, minWidth: place.minWidth }}>
      {message}
    </div>,
    document.body
  )
}
