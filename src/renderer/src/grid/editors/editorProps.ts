// What every Lodestone cell editor receives: AG Grid's editor props plus the column's schema entry and its
// table (passed as cellEditorParams), and the small helpers they share for starting and guarding an edit.
import { useEffect, useRef, type RefObject } from 'react'
import type { ICellEditorParams } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { ColumnDef, TableName } from '../../../../shared/schema'
import type { CellValue } from '../../../../shared/validate'

export interface EditorParams {
  column: ColumnDef
  table: TableName
}

export type EditorProps = ICellEditorParams<Row, CellValue> &
  EditorParams & {
    /** The value the editor will give back when it closes. */
    onValueChange(value: CellValue | null | undefined): void
  }

/** The printable key that started the edit, if one did (the editor then starts from it, replacing the value). */
export function typedKey(props: EditorProps): string | null {
  const key = props.eventKey
  return key && key.length === 1 ? key : null
}

/** Whether the edit began by clearing the cell (Backspace or Delete on a focused cell). */
export function startedByClearing(props: EditorProps): boolean {
  return props.eventKey === 'Backspace' || props.eventKey === 'Delete'
}

/**
 * Catch Enter and Tab on the input itself, before the grid does: when `accept()` refuses, the keys are
 * swallowed so the editor stays open and the value is not written.
 */
export function useCommitGuard(input: RefObject<HTMLElement | null>, accept: () => boolean): void {
  const latest = useRef(accept)
  latest.current = accept
  useEffect(() => {
    const el = input.current
    if (!el) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Enter' && e.key !== 'Tab') return
      if (latest.current()) return
      e.preventDefault()
      e.stopPropagation()
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [input])
}

/** Focus the editor's input once mounted: caret at the end after a typed start, else everything selected. */
export function useFocusOnMount(input: RefObject<HTMLInputElement | HTMLTextAreaElement | null>, selectAll: boolean): void {
  useEffect(() => {
    const el = input.current
    if (!el) return
    el.focus()
    if (el instanceof HTMLInputElement && el.type === 'date') return
    if (selectAll) el.select()
    else el.setSelectionRange(el.value.length, el.value.length)
  }, [input, selectAll])
}
