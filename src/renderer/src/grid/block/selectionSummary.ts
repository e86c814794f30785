// The status bar's words for the selected block: count, sum, average, min and max of its numbers in one unit,
// or why they cannot be added (different dimensions or bases). A tiny store the grid writes and the status bar
// reads; blocks larger than the loaded rows are summed from rows fetched for them (up to a limit).
import { useSyncExternalStore } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import { rescaleUnit, totals, type Quantity, type ScaleChoice } from '../../../../shared/displayUnits'
import { columnDef, type TableName } from '../../../../shared/schema'
import { formatNumber } from '../../data/format'
import { storedUnit } from '../cellText'
import { rowsAt } from '../gridView'
import { cellCount, type Rect } from './range'

let text: string | null = null
const listeners = new Set<() => void>()

export function setSelectionSummary(next: string | null): void {
  if (next === text) return
  text = next
  for (const l of listeners) l()
}

export function useSelectionSummary(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => text
  )
}

const SUMMABLE = new Set(['number', 'integer'])
const MAX_ROWS = 20_000

function quantities(table: TableName, rows: Row[], cols: string[]): Quantity[] {
  const values: Quantity[] = []
  for (const c of cols) {
    const col = columnDef(table, c)
    if (!col || !SUMMABLE.has(col.type)) continue
    for (const row of rows) {
      const value = row[c]
      if (typeof value === 'number') values.push({ value, unit: storedUnit(col, row) })
    }
  }
  return values
}

/** The words for a block: "12 cells · 4 numbers · sum 9,400 t REO · average ...". */
export function summarise(table: TableName, rows: Row[], rect: Rect, scales: Record<string, ScaleChoice>): string {
  const cells = `${formatNumber(cellCount(rect))} cells`
  const values = quantities(table, rows, rect.cols)
  if (values.length === 0) return cells
  const scale = rect.cols.map((c) => scales[c]).find(Boolean)
  const first = values.find((v) => v.unit)?.unit
  const target = scale && first ? (rescaleUnit(first, scale) ?? undefined) : undefined
  const t = totals(values, target)
  const count = `${formatNumber(values.length)} ${values.length === 1 ? 'number' : 'numbers'}`
  if (!t.ok) return `${cells} · ${count} · ${t.message}`
  const unit = t.unit ? ` ${t.unit}` : ''
  const f = (n: number): string => `${formatNumber(Number(n.toPrecision(10)))}${unit}`
  return `${cells} · ${count} · sum ${f(t.sum)} · average ${f(t.average)} · min ${f(t.min)} · max ${f(t.max)}`
}

/** Compute and publish the summary for the block (fetching rows that are not loaded, for blocks up to a limit). */
export async function publishSummary(api: GridApi<Row>, table: TableName, rect: Rect | null, scales: Record<string, ScaleChoice>): Promise<void> {
  if (!rect || cellCount(rect) < 2) return setSelectionSummary(null)
  if (rect.bottom - rect.top + 1 > MAX_ROWS) return setSelectionSummary(`${formatNumber(cellCount(rect))} cells (too many rows to add up here; filter first)`)
  const rows = await rowsAt(api, table, rect.top, rect.bottom)
  setSelectionSummary(summarise(table, rows, rect, scales))
}
