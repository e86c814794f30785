// 'edits.paste': a block of cells from a spreadsheet written in one transaction. Unlike 'edits.apply' (all or
// nothing) every cell is judged on its own: valid cells are written, refused ones come back with their reason.
// A long paste arrives in chunks that append to one batch, so the whole paste is one undo step.
import type { ParsedInput } from '../../shared/api'
import type { PasteRefusal, PasteResult } from '../../shared/grids'
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import type { EditContext } from '../edits/apply'
import { nextCode } from '../edits/codes'
import { abandonRedo } from '../edits/history'
import { createBatch, writeEntries, type LogEntry } from '../edits/log'
import { batchUndone, nextSeq } from '../edits/logQueries'
import { insertRow, readStored, updateCells, type Values } from '../tables/write'
import { createCellJudge, unitColumnsFirst, type CellJudge } from './pasteCells'

type PasteInput = ParsedInput<'edits.paste'>
type Cell = PasteInput['cells'][number] & { index: number }

const MAX_LISTED = 2000

interface Tally {
  entries: LogEntry[]
  written: number
  unchanged: number
  addedRows: PasteResult['addedRows']
  refused: PasteRefusal[]
}

function groupBy<K>(cells: Cell[], key: (c: Cell) => K): Map<K, Cell[]> {
  const groups = new Map<K, Cell[]>()
  for (const cell of cells) {
    const k = key(cell)
    const list = groups.get(k)
    if (list) list.push(cell)
    else groups.set(k, [cell])
  }
  return groups
}

/** A constraint the database refused (a duplicate code) becomes a refusal of the row's cells. */
function refuseAll(tally: Tally, cells: Cell[], message: string): void {
  for (const c of cells) tally.refused.push({ index: c.index, message })
}

function pasteIntoRow(db: Db, judge: CellJudge, table: TableName, id: number, cells: Cell[], tally: Tally): void {
  const current = readStored(db, table, id)
  if (!current) return refuseAll(tally, cells, `This ${tableDef(table).singular} no longer exists (id ${id}); it may have been deleted.`)
  const before: Values = {}
  const after: Values = {}
  for (const cell of unitColumnsFirst(table, cells)) {
    const judged = judge(cell, { ...current, ...after })
    if (!judged.ok) tally.refused.push({ index: cell.index, message: judged.message })
    else if ((current[cell.column] ?? null) === judged.value) tally.unchanged += 1
    else {
      before[cell.column] = current[cell.column] ?? null
      after[cell.column] = judged.value
    }
  }
  if (Object.keys(after).length === 0) return
  try {
    updateCells(db, table, id, after)
  } catch (e) {
    return refuseAll(tally, cells, `The database refused this row: ${(e as Error).message.replace(/^.*failed: /, 'must be unique: ')}.`)
  }
  tally.written += Object.keys(after).length
  tally.entries.push({ table, rowId: id, op: 'update', before, after })
}

function pasteNewRow(db: Db, judge: CellJudge, table: TableName, newRow: number, cells: Cell[], tally: Tally): void {
  const def = tableDef(table)
  const values: Values = {}
  const bad: PasteRefusal[] = []
  for (const cell of unitColumnsFirst(table, cells)) {
    const judged = judge(cell, values)
    if (judged.ok) values[cell.column] = judged.value
    else bad.push({ index: cell.index, message: judged.message })
  }
  const missing = def.columns.filter((c) => c.required && (values[c.name] === undefined || values[c.name] === null)).map((c) => c.label)
  if (missing.length || bad.length) {
    const why = missing.length
      ? `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required for a new ${def.singular}`
      : 'another cell of this new row was refused'
    tally.refused.push(...bad)
    const badIndexes = new Set(bad.map((b) => b.index))
    for (const c of cells) if (!badIndexes.has(c.index)) tally.refused.push({ index: c.index, message: `Not written: the new row was not added (${why}).` })
    return
  }
  const auto = def.autoCode
  if (auto && (values[auto.column] === undefined || values[auto.column] === null || values[auto.column] === '')) values[auto.column] = nextCode(db, table)
  let id: number
  try {
    id = insertRow(db, table, values)
  } catch (e) {
    return refuseAll(tally, cells, `The new row was not added: ${(e as Error).message.replace(/^.*failed: /, 'must be unique: ')}.`)
  }
  tally.written += cells.length
  tally.addedRows.push({ newRow, id })
  tally.entries.push({ table, rowId: id, op: 'insert', before: null, after: readStored(db, table, id) as Values })
}

export interface OpenPastes {
  /** Batches an earlier chunk opened, by id, with the table they paste into. */
  batches: Map<number, TableName>
}

function batchFor(db: Db, ctx: EditContext, input: PasteInput, open: OpenPastes, cells: number): { batchId: number; firstSeq: number } {
  if (input.continueBatch === undefined) {
    abandonRedo(db)
    const label = input.label ?? `Paste ${cells.toLocaleString('en-US')} cells into ${tableDef(input.table).label}`
    const batchId = createBatch(db, { label, origin: 'user', actor: ctx.actor })
    open.batches.set(batchId, input.table)
    while (open.batches.size > 16) open.batches.delete(open.batches.keys().next().value as number)
    return { batchId, firstSeq: 0 }
  }
  const batchId = input.continueBatch
  const undone = batchUndone(db, batchId)
  if (open.batches.get(batchId) !== input.table || undone === undefined)
    throw new EngineError('invalid_input', 'This paste cannot be continued: its first part is not known here. Paste again.')
  if (undone !== 0) throw new EngineError('conflict', 'The paste was undone while it was still running, so the rest was not written.')
  return { batchId, firstSeq: nextSeq(db, batchId) }
}

export function applyPaste(ctx: EditContext, input: PasteInput, open: OpenPastes): PasteResult {
  const { db } = ctx
  const cells: Cell[] = input.cells.map((c, index) => ({ ...c, index }))
  const judge = createCellJudge(db, input.table, input.scales)
  return db.transaction((): PasteResult => {
    const tally: Tally = { entries: [], written: 0, unchanged: 0, addedRows: [], refused: [] }
    for (const [id, list] of groupBy(
      cells.filter((c) => c.id !== undefined),
      (c) => c.id!
    ))
      pasteIntoRow(db, judge, input.table, id, list, tally)
    for (const [newRow, list] of groupBy(
      cells.filter((c) => c.newRow !== undefined),
      (c) => c.newRow!
    ))
      pasteNewRow(db, judge, input.table, newRow, list, tally)
    tally.refused.sort((a, b) => a.index - b.index)
    const result = {
      written: tally.written,
      unchanged: tally.unchanged,
      addedRows: tally.addedRows,
      refused: tally.refused.slice(0, MAX_LISTED),
      refusedCount: tally.refused.length
    }
    if (!tally.entries.length && input.continueBatch === undefined) return { batchId: 0, ...result }
    const { batchId, firstSeq } = batchFor(db, ctx, input, open, input.cells.length)
    writeEntries(db, batchId, tally.entries, firstSeq)
    return { batchId, ...result }
  })()
}
