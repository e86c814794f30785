// The frame's keyboard shortcuts, caught on the window before the grid sees them and ignored while the
// analyst is typing (inputs and cell editors keep their own keys, their own undo included).
import { useEffect, useRef } from 'react'
import { hasMod, isTypingTarget } from '../frame/keys'

export interface ShortcutHandlers {
  undo(): void
  redo(): void
  addRow(): void
  duplicateRows(): void
  deleteRows(): void
  toggleInspector(): void
}

function pick(e: KeyboardEvent, h: ShortcutHandlers): (() => void) | null {
  if (!hasMod(e) || e.altKey) return null
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? h.redo : h.undo
  if (key === 'y' && !e.shiftKey) return h.redo
  if (key === 'enter' && !e.shiftKey) return h.addRow
  if (key === 'd' && e.shiftKey) return h.duplicateRows
  if ((key === 'backspace' || key === 'delete') && !e.shiftKey) return h.deleteRows
  if (key === 'i' && !e.shiftKey) return h.toggleInspector
  return null
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('dialog[open]')) return
      const action = pick(e, latest.current)
      if (!action) return
      e.preventDefault()
      e.stopPropagation()
      action()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
