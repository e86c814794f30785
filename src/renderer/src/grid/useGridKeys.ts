// The grid's own keys, caught before AG Grid's: shift+arrows stretch the block, Ctrl+D fills down, Delete
// clears a block, Ctrl+F opens find; copy and paste arrive as the browser's clipboard events on the grid.
// Keys typed into an editor or an input are left alone.
import { useEffect, useRef, type RefObject } from 'react'
import { hasMod, isTypingTarget } from '../frame/keys'
import type { BlockSelection } from './block/useBlockSelection'
import { isStarting, markStarting, rememberKey } from './editors/typeAhead'

interface Keys {
  selection: BlockSelection
  edits: { onKeyDown(e: KeyboardEvent): boolean; onCopy(e: ClipboardEvent): void; onPaste(e: ClipboardEvent): void }
  openFind(): void
}

/** Keys typed while an in-cell editor mounts are kept for it (see editors/typeAhead.ts). */
function keptForEditor(root: HTMLElement, e: KeyboardEvent): boolean {
  const target = e.target instanceof HTMLElement ? e.target : null
  if (e.ctrlKey || e.metaKey || e.altKey || !target || target.isContentEditable || target.matches('input, textarea, select')) return false
  const editorOpen = root.querySelector('.ag-cell-inline-editing input, .ag-popup-editor') !== null
  if (e.key.length === 1 && !editorOpen && !isStarting() && target.closest('.ag-cell')) {
    markStarting()
    return false
  }
  if ((e.key.length !== 1 && e.key !== 'Enter') || editorOpen || !isStarting()) return false
  rememberKey(e.key)
  e.preventDefault()
  e.stopPropagation()
  return true
}

export function useGridKeys(wrapper: RefObject<HTMLDivElement | null>, keys: Keys): void {
  const latest = useRef(keys)
  latest.current = keys
  useEffect(() => {
    const root = wrapper.current
    if (!root) return
    const inGrid = (e: Event): boolean => !isTypingTarget(e.target) && !document.querySelector('dialog[open]')
    const onKeyDown = (e: KeyboardEvent): void => {
      if (keptForEditor(root, e)) return
      if (!inGrid(e)) return
      if (latest.current.selection.onKeyDown(e) || latest.current.edits.onKeyDown(e)) {
        e.preventDefault()
        e.stopPropagation()
      }
    }
    const onCopy = (e: ClipboardEvent): void => {
      if (inGrid(e)) latest.current.edits.onCopy(e)
    }
    const onPaste = (e: ClipboardEvent): void => {
      if (inGrid(e)) latest.current.edits.onPaste(e)
    }
    const onFind = (e: KeyboardEvent): void => {
      if (!hasMod(e) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'f' || document.querySelector('dialog[open]')) return
      e.preventDefault()
      latest.current.openFind()
    }
    const onMouseDown = (e: PointerEvent): void => latest.current.selection.onPointerDown(e)
    root.addEventListener('pointerdown', onMouseDown, true)
    root.addEventListener('keydown', onKeyDown, true)
    root.addEventListener('copy', onCopy)
    root.addEventListener('paste', onPaste)
    window.addEventListener('keydown', onFind, true)
    return () => {
      root.removeEventListener('pointerdown', onMouseDown, true)
      root.removeEventListener('keydown', onKeyDown, true)
      root.removeEventListener('copy', onCopy)
      root.removeEventListener('paste', onPaste)
      window.removeEventListener('keydown', onFind, true)
    }
  }, [wrapper])
}
