// Fills as blocks to paste: Ctrl+D copies the block's top row down through the block (a one-row block takes
// the row above), and dragging the fill handle repeats the block's rows below it. The values are the cells'
// copy texts, so a fill writes exactly what is shown, through the same per-cell rules as a paste.
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { ScaleChoice } from '../../../../shared/displayUnits'
import { columnDef, type TableName } from '../../../../shared/schema'
import type { Block as Cells } from '../../../../shared/tsv'
import { copyText } from '../cellText'
import { rowsAt } from '../gridView'
import type { Rect } from './range'

export interface Fill {
  block: Cells
  at: Rect
}

function texts(table: TableName, row: Row, cols: string[], scales: Record<string, ScaleChoice>): string[] {
  return cols.map((c) => {
    const col = columnDef(table, c)
    return col ? copyText(col, row, scales[c]) : ''
  })
}

/** Ctrl+D: null when there is nothing to fill from (a one-row block on the first row). */
export async function fillDown(api: GridApi<Row>, table: TableName, rect: Rect, scales: Record<string, ScaleChoice>): Promise<Fill | null> {
  const sourceRow = rect.bottom > rect.top ? rect.top : rect.top - 1
  if (sourceRow < 0) return null
  const [source] = await rowsAt(api, table, sourceRow, sourceRow)
  if (!source) return null
  const top = sourceRow + 1
  const line = texts(table, source, rect.cols, scales)
  return { block: Array.from({ length: rect.bottom - top + 1 }, () => [...line]), at: { top, bottom: rect.bottom, cols: rect.cols } }
}

/** The fill handle dragged from the block down to `toRow`: the block's rows repeated below it. */
export async function fillSeries(api: GridApi<Row>, table: TableName, rect: Rect, toRow: number, scales: Record<string, ScaleChoice>): Promise<Fill | null> {
  if (toRow <= rect.bottom) return null
  const source = await rowsAt(api, table, rect.top, rect.bottom)
  if (source.length === 0) return null
  const lines = source.map((row) => texts(table, row, rect.cols, scales))
  const block = Array.from({ length: toRow - rect.bottom }, (_, i) => [...lines[i % lines.length]!])
  return { block, at: { top: rect.bottom + 1, bottom: toRow, cols: rect.cols } }
}
