// Focus for a panel that opens in place (the new-row form): on mount it takes the focus into its first field, and
// on unmount it gives the focus back to what opened it ("+ Row", or the grid cell a shortcut came from), unless the
// analyst has already moved it elsewhere. No DOM writes besides focus().
import { useEffect, useRef, useState, type RefObject } from 'react'

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])'

export function useFocusHandoff<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T | null>(null)
  // Read on the first render, before any child's autoFocus has moved the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null))
  useEffect(() => {
    const panel = ref.current
    // After the children's own autoFocus has run: only when it did not land inside.
    if (panel && !panel.contains(document.activeElement)) panel.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    return () => {
      const now = document.activeElement
      const lost = now === null || now === document.body || (panel?.contains(now) ?? false) || !now.isConnected
      if (lost && opener?.isConnected) opener.focus()
    }
  }, [opener])
  return ref
}
