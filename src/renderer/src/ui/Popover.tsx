// A floating panel anchored to an element (the inspector's reference picker): rendered in a portal with
// fixed positioning so scrolling panels never clip it, below the anchor or above when there is no room.
// Closes on a press outside it and its anchor; focus and keys stay with its contents.
import { useEffect, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

interface Props {
  anchor: HTMLElement | null
  minWidth?: number
  maxHeight?: number
  onDismiss(): void
  children: ReactNode
}

interface Place {
  left: number
  top?: number
  bottom?: number
  width: number
}

function place(anchor: HTMLElement, minWidth: number, maxHeight: number): Place {
  const rect = anchor.getBoundingClientRect()
  const width = Math.max(rect.width, minWidth)
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))
  const below = window.innerHeight - rect.bottom
  return below >= maxHeight || below >= rect.top ? { left, top: rect.bottom + 4, width } : { left, bottom: window.innerHeight - rect.top + 4, width }
}

export function Popover({ anchor, minWidth = 320, maxHeight = 320, onDismiss, children }: Props): ReactElement | null {
  const panel = useRef<HTMLDivElement>(null)
  const [where, setWhere] = useState<Place | null>(null)
  const dismiss = useRef(onDismiss)
  dismiss.current = onDismiss

  useLayoutEffect(() => {
    if (anchor) setWhere(place(anchor, minWidth, maxHeight))
  }, [anchor, minWidth, maxHeight])

  useEffect(() => {
    const onPointer = (e: PointerEvent): void => {
      const target = e.target as Node
      if (panel.current?.contains(target) || anchor?.contains(target)) return
      dismiss.current()
    }
    const onResize = (): void => dismiss.current()
    document.addEventListener('pointerdown', onPointer, true)
    window.addEventListener('resize', onResize)
    return () => {
      document.removeEventListener('pointerdown', onPointer, true)
      window.removeEventListener('resize', onResize)
    }
  }, [anchor])

  if (!anchor || !where) return null
  return createPortal(
    <div ref={panel} className="popover" style={{ left: where.left, top: where.top, bottom: where.bottom, width: where.width }}>
      {children}
    </div>,
    document.body
  )
}
