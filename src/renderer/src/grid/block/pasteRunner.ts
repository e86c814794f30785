// Running a paste (or a fill, or a bulk edit, which are pastes of values the grid made up): the plan, then
// 'edits.paste' chunk by chunk, all chunks in one batch (one undo step), with progress and a way to stop; the
// outcome counts what was written and lists every refused cell in words ("row 12, Year: ...").
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { ScaleChoice } from '../../../../shared/displayUnits'
import type { Block as Cells } from '../../../../shared/tsv'
import { columnDef, tableDef, type TableName } from '../../../../shared/schema'
import { call } from '../../api/client'
import { track } from '../../data/saveState'
import { dataColumns, idsAt } from '../gridView'
import { chunkByRows, describeRefusal, pasteTarget, planPaste, type PlannedCell } from './pastePlan'
import type { Rect } from './range'

export interface PasteProgress {
  done: number
  total: number
}

export interface PasteOutcome {
  verb: string
  written: number
  unchanged: number
  addedRows: number
  refused: string[]
  refusedCount: number
  notes: string[]
  cancelled: boolean
  /** Cells planned (what "pasted n of total" counts). */
  total: number
  /** An error that stopped the paste (the cells before it stay written, as one undo step). */
  error: string | null
}

export interface RunOptions {
  table: TableName
  label: string
  verb: string
  scales: Record<string, ScaleChoice>
  onProgress?(p: PasteProgress): void
  signal?: { cancelled: boolean }
}

/** Cells per 'edits.paste' call: small enough that each transaction is short and progress moves. */
export const CHUNK_CELLS = 1000

const labelOf = (table: TableName, column: string | null): string | null => (column ? (columnDef(table, column)?.label ?? column) : null)

/** Send planned cells in chunks of whole rows, appending to one batch. */
export async function sendCells(cells: PlannedCell[], o: RunOptions, outcome: PasteOutcome): Promise<PasteOutcome> {
  let batchId: number | undefined
  let done = 0
  for (const chunk of chunkByRows(cells, CHUNK_CELLS)) {
    if (o.signal?.cancelled) {
      outcome.cancelled = true
      break
    }
    try {
      const result = await track(
        call('edits.paste', {
          table: o.table,
          label: o.label,
          continueBatch: batchId,
          scales: o.scales,
          cells: chunk.map(({ id, newRow, column, value }) => ({ id, newRow, column, value }))
        })
      )
      if (result.batchId) batchId = result.batchId
      outcome.written += result.written
      outcome.unchanged += result.unchanged
      outcome.addedRows += result.addedRows.length
      outcome.refusedCount += result.refusedCount
      for (const r of result.refused) {
        const cell = chunk[r.index]
        if (cell && outcome.refused.length < 2000) outcome.refused.push(describeRefusal(cell.position, labelOf(o.table, cell.column), r.message))
      }
    } catch (e) {
      outcome.error = e instanceof Error ? e.message : String(e)
      break
    }
    done += chunk.length
    o.onProgress?.({ done, total: cells.length })
  }
  return outcome
}

function emptyOutcome(verb: string, total: number): PasteOutcome {
  return { verb, written: 0, unchanged: 0, addedRows: 0, refused: [], refusedCount: 0, notes: [], cancelled: false, total, error: null }
}

/** Paste a block at the selection: plan it over the displayed columns and the view's rows, then send it. */
export async function runPaste(api: GridApi<Row>, block: Cells, rect: Rect, o: RunOptions): Promise<PasteOutcome> {
  const order = dataColumns(api)
  const target = pasteTarget(block, rect, order)
  const ids = await idsAt(api, o.table, target.top, target.block.length)
  const plan = planPaste({
    target,
    order,
    ids,
    label: (c) => labelOf(o.table, c) ?? c,
    readOnly: (c) => columnDef(o.table, c)?.readOnly === true || c === 'id'
  })
  const outcome = emptyOutcome(o.verb, plan.cells.length + plan.refused.length)
  outcome.notes = plan.notes
  outcome.refusedCount = plan.refused.length
  outcome.refused = plan.refused.map((r) => describeRefusal(r.position, labelOf(o.table, r.column), r.message))
  return sendCells(plan.cells, o, outcome)
}

/** Set one column of the given rows to one value ("bulk edit"), as one undo step. */
export async function runSetColumn(
  table: TableName,
  rows: { id: number; position: number }[],
  column: string,
  value: string,
  o: Omit<RunOptions, 'table'>
): Promise<PasteOutcome> {
  const cells = rows.map((r) => ({ id: r.id, column, value, position: r.position }))
  return sendCells(cells, { ...o, table }, emptyOutcome(o.verb, cells.length))
}

/** "Pasted 120 cells, added 40 rows; 3 cells refused". */
export function summarise(o: PasteOutcome, table: TableName): string {
  const cells = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'cell' : 'cells'}`
  const parts = [`${o.verb} ${cells(o.written + o.unchanged)}`]
  if (o.unchanged > 0) parts[0] += ` (${o.unchanged.toLocaleString('en-US')} already held that value)`
  if (o.addedRows > 0) parts.push(`added ${o.addedRows.toLocaleString('en-US')} ${o.addedRows === 1 ? 'row' : 'rows'} to ${tableDef(table).label}`)
  let text = parts.join(', ')
  if (o.refusedCount > 0) text += `; ${cells(o.refusedCount)} refused`
  if (o.cancelled)
    text += `; stopped after ${cells(o.written + o.unchanged + o.refusedCount)} of ${o.total.toLocaleString('en-US')} (Undo takes back what was pasted)`
  if (o.error) text += `; stopped: ${o.error}`
  return `${text}.`
}
