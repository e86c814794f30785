// Undo and redo for the whole app ('history.undo' / 'history.redo'): refused while read-only or while a
// cell is being edited (the editor keeps its own undo); afterwards every view reloads.
import { useCallback, type RefObject } from 'react'
import { redo, undo } from '../data/edits'
import type { GridHandle } from '../grid/gridHandle'

export function useHistorySteps(readOnly: boolean, grid: RefObject<GridHandle | null>, refresh: () => void): { undo(): void; redo(): void } {
  const step = useCallback(
    (run: () => Promise<void>) => {
      if (readOnly || grid.current?.isEditing()) return
      // A refusal is already in the status bar (saveState); the views reload either way.
      void run()
        .catch(() => undefined)
        .finally(refresh)
    },
    [readOnly, grid, refresh]
  )
  return { undo: useCallback(() => step(undo), [step]), redo: useCallback(() => step(redo), [step]) }
}
