// Undo and redo for the whole app ('history.undo' / 'history.redo'): refused while read-only or while a
// cell is being edited (the editor keeps its own undo); the views follow the step's answer through the change
// feed. A step that changed tables other than the one in view says what it undid and where ("Undid “Edit
// Rationale” in Assessments").
import { useCallback, useRef, useState, type RefObject } from 'react'
import type { UndoResult } from '../../../shared/api'
import { tableDef, type TableName } from '../../../shared/schema'
import { redo, undo } from '../data/edits'
import type { GridHandle } from '../grid/gridHandle'

export interface HistorySteps {
  undo(): void
  redo(): void
  /** What the last step did elsewhere, while it is worth saying. */
  notice: string | null
  dismiss(): void
}

function touched(result: UndoResult): TableName[] {
  const a = result.applied
  if (!a) return []
  return [...new Set([...a.rows.map((r) => r.table), ...a.deleted.map((d) => d.table), ...(a.bulkTables ?? [])])]
}

/** "Undid “Edit rationale” in Assessments, Evidence links", or null when the step stayed in view. */
export function describeStep(verb: 'Undid' | 'Redid', result: UndoResult, inView: TableName | null): string | null {
  const tables = touched(result)
  if (tables.length === 0 || (inView !== null && tables.every((t) => t === inView))) return null
  const where = tables.map((t) => tableDef(t).label).join(', ')
  return `${verb} “${result.label ?? 'the last change'}” in ${where}.`
}

export function useHistorySteps(readOnly: boolean, grid: RefObject<GridHandle | null>, inView: TableName | null): HistorySteps {
  const [notice, setNotice] = useState<string | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const where = useRef(inView)
  where.current = inView
  const step = useCallback(
    (verb: 'Undid' | 'Redid', run: () => Promise<UndoResult>) => {
      if (readOnly || grid.current?.isEditing()) return
      // A refusal is already in the status bar (saveState).
      void run()
        .then((result) => {
          const text = describeStep(verb, result, where.current)
          setNotice(text)
          window.clearTimeout(timer.current)
          if (text) timer.current = window.setTimeout(() => setNotice(null), 8000)
        })
        .catch(() => undefined)
    },
    [readOnly, grid]
  )
  return {
    undo: useCallback(() => step('Undid', undo), [step]),
    redo: useCallback(() => step('Redid', redo), [step]),
    notice,
    dismiss: useCallback(() => setNotice(null), [])
  }
}
