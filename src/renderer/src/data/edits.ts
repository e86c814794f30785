// Every write the renderer makes: one cell, new rows, duplicates, deletes. Each is one `edits.apply` batch
// (one undo step), checked first with the shared coerceCell and tracked by the save-state store.
import type { AppliedEdit, Change, Row, UndoResult } from '../../../shared/api'
import { columnDef, editableColumns, tableDef, type TableName } from '../../../shared/schema'
import { coerceCell, type CellValue } from '../../../shared/validate'
import { ApiCallError, call, errorMessage } from '../api/client'
import { countOf, rowDescription, rowLabel } from './rows'
import { reportError, track } from './saveState'

export type EditOutcome = { ok: true; applied: AppliedEdit | null } | { ok: false; message: string; code: string; current?: string | number | null }

async function apply(label: string, changes: Change[]): Promise<EditOutcome> {
  try {
    const applied = await track(call('edits.apply', { label, changes }))
    return { ok: true, applied }
  } catch (e) {
    const problem = e instanceof ApiCallError ? e.problems[0] : undefined
    const code = e instanceof ApiCallError ? e.code : 'internal'
    return { ok: false, message: errorMessage(e), code, current: problem?.current }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null)
}

/** Write one cell. A value the shared rules refuse is never sent. Writing the current value is a no-op. */
export async function updateCell(table: TableName, row: Row, column: string, raw: CellValue): Promise<EditOutcome> {
  const col = columnDef(table, column)
  if (!col) return { ok: false, message: `There is no column "${column}" in ${tableDef(table).label}.`, code: 'local' }
  const coerced = coerceCell(col, raw)
  if (!coerced.ok) {
    reportError(coerced.message)
    return { ok: false, message: coerced.message, code: 'local' }
  }
  if (sameValue(coerced.value, row[column])) return { ok: true, applied: null }
  const change: Change = { kind: 'update', table, id: Number(row.id), column, value: coerced.value }
  if (typeof row.version === 'number') change.expectedVersion = row.version
  return apply(`Edit ${col.label} of ${rowLabel(table, row)}`, [change])
}

export function insertRow(table: TableName, values: Row): Promise<EditOutcome> {
  return apply(`Add ${tableDef(table).singular}`, [{ kind: 'insert', table, values }])
}

export function deleteRows(table: TableName, rows: Row[]): Promise<EditOutcome> {
  const label = rows.length === 1 ? `Delete ${rowDescription(table, rows[0]!)}` : `Delete ${countOf(table, rows.length)}`
  return apply(
    label,
    rows.map((row) => ({ kind: 'delete', table, id: Number(row.id) }))
  )
}

/** The values a copy of `row` starts with: every editable column but the automatic code. */
export function copyValues(table: TableName, row: Row): Row {
  const def = tableDef(table)
  const values: Row = {}
  for (const col of editableColumns(table)) {
    const value = row[col.name]
    if (value === null || value === undefined) continue
    if (col.name === def.autoCode?.column) continue
    // A required name-like key (a source's code, an element's symbol) must differ from the original's.
    const key = (col.name === 'code' || col.name === def.labelColumn) && col.type === 'text' && col.required
    values[col.name] = key ? `${String(value)} (copy)` : value
  }
  return values
}

export function duplicateRows(table: TableName, rows: Row[]): Promise<EditOutcome> {
  const label = `Duplicate ${countOf(table, rows.length)}`
  return apply(
    label,
    rows.map((row) => ({ kind: 'insert', table, values: copyValues(table, row) }))
  )
}

export async function undo(): Promise<UndoResult> {
  return track(call('history.undo', {}))
}

export async function redo(): Promise<UndoResult> {
  return track(call('history.redo', {}))
}
