// Hover titles in the grid without AG Grid's tooltip module (which gave every drawn cell a tooltip feature): one
// listener on the grid sets a native title as the pointer enters a header (the column's label and description)
// or a long-text cell (its text, when longer than the cell shows), a disputed value (its conflict group) or a
// figure without a source.
import { useEffect, type RefObject } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import { columnDef, type TableName } from '../../../shared/schema'
import { conflictOf, conflictTitle } from './conflictMarks'

const LONG = 40
const MAX = 600

function headerTitle(table: TableName, colId: string): string | null {
  const col = columnDef(table, colId)
  if (!col) return null
  return col.description ? `${col.label}: ${col.description}` : col.label
}

function cellTitle(api: GridApi<Row>, cell: HTMLElement): string | null {
  const rowId = cell.closest('.ag-row')?.getAttribute('row-id')
  const colId = cell.getAttribute('col-id')
  if (!rowId || !colId) return null
  const data = api.getRowNode(rowId)?.data
  const mark = colId === 'value' ? conflictOf(data?.id) : undefined
  if (mark) return conflictTitle(mark)
  if (colId === 'source_id' && cell.classList.contains('cell-no-source')) return 'This figure has no source yet: choose one in the inspector.'
  const value = data?.[colId]
  return typeof value === 'string' && value.length > LONG ? value.slice(0, MAX) : null
}

/** Sets the title of the header or long-text cell under the pointer (looked up as it is entered, so it is fresh). */
export function useGridTitles(root: RefObject<HTMLElement | null>, api: GridApi<Row> | null, table: TableName): void {
  useEffect(() => {
    const el = root.current
    if (!el || !api) return
    const onOver = (e: MouseEvent): void => {
      const target = e.target instanceof HTMLElement ? e.target : null
      const header = target?.closest<HTMLElement>('.ag-header-cell[col-id]')
      if (header) {
        const title = headerTitle(table, header.getAttribute('col-id') ?? '')
        if (title && header.title !== title) header.title = title
        return
      }
      const cell = target?.closest<HTMLElement>('.ag-cell.cell-longtext')
      if (!cell || api.isDestroyed()) return
      const title = cellTitle(api, cell)
      if (title) cell.title = title
      else cell.removeAttribute('title')
    }
    el.addEventListener('mouseover', onOver)
    return () => el.removeEventListener('mouseover', onOver)
  }, [root, api, table])
}
