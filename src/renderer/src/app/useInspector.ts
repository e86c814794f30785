// Where the inspector is and whether it shows: docked beside the grid in a wide window (shown or hidden as the
// analyst last chose), a drawer over the grid in a narrow one (opened by choosing a row or the title-bar button,
// closed by its × or Escape).
import { useCallback, useEffect, useState } from 'react'
import { useNarrow } from './useNarrow'
import { useStored } from './useStored'

export interface InspectorPlace {
  /** True when the inspector is a drawer over the grid. */
  drawer: boolean
  open: boolean
  toggle(): void
  show(): void
  close(): void
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean'

/** Escape meant for something else: a field or cell being edited, a menu, a dialog or the search palette. */
function escapeTakenElsewhere(target: EventTarget | null): boolean {
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, .ag-cell-inline-editing, .ag-popup'))) return true
  return document.querySelector('dialog[open], [role="dialog"], [role="menu"], [role="listbox"]') !== null
}

export function useInspector(activeRowId: number | null): InspectorPlace {
  const drawer = useNarrow()
  const [docked, setDocked] = useStored('lodestone.inspector', true, isBool)
  const [drawerOpen, setDrawerOpen] = useState(false)

  // Choosing a row in a narrow window opens the drawer on it.
  useEffect(() => {
    if (drawer && activeRowId !== null) setDrawerOpen(true)
  }, [drawer, activeRowId])

  useEffect(() => {
    if (!drawer || !drawerOpen) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || escapeTakenElsewhere(e.target)) return
      setDrawerOpen(false)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [drawer, drawerOpen])

  const open = drawer ? drawerOpen : docked
  const setOpen = drawer ? setDrawerOpen : setDocked
  const toggle = useCallback(() => setOpen(!open), [setOpen, open])
  const show = useCallback(() => setOpen(true), [setOpen])
  const close = useCallback(() => setOpen(false), [setOpen])
  return { drawer, open, toggle, show, close }
}
