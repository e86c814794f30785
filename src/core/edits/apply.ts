// Applies a batch of edits from the UI (cell updates, inserted rows, deleted rows) in ONE transaction,
// after validating every value against the registry. Any refused change rolls the whole batch back and
// the error lists each problem (which change, column, why). Each accepted batch is logged for undo.
import type { AppliedEdit, CellProblem, Change } from '../../shared/api'
import { columnDef, tableDef, type TableName } from '../../shared/schema'
import { coerceCell } from '../../shared/validate'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { blockingReferences, ownedChildIds, resolveRef } from '../tables/refs'
import { deleteRow, insertRow, readStored, updateCells, type Values } from '../tables/write'
import { createBatch, writeEntries, type LogEntry, type Origin } from './log'
import { collectTouched } from './touched'
import { nextCode } from './codes'
import { abandonRedo } from './history'
import type { EditContext } from './context'
import { figureRowProblem } from './figureRules'

export type { EditContext } from './context'

type Outcome = { entries: LogEntry[]; insertedId?: number } | { problem: Omit<CellProblem, 'change'> }

/** Validate one value for a column: coercion rules from the registry, references resolved to ids. */
function validateValue(
  db: Db,
  table: TableName,
  column: string,
  raw: string | number | boolean | null
): { ok: true; value: string | number | null } | { ok: false; message: string } {
  const col = columnDef(table, column)
  if (!col || col.readOnly)
    return { ok: false, message: col ? `${col.label} is read-only.` : `${tableDef(table).label} has no column "${column.slice(0, 64)}".` }
  const coerced = coerceCell(col, raw)
  if (!coerced.ok || coerced.value === null || col.type !== 'ref') return coerced
  const resolved = resolveRef(db, col, coerced.value)
  return resolved.ok ? { ok: true, value: resolved.id } : resolved
}

function applyUpdate(db: Db, change: Extract<Change, { kind: 'update' }>): Outcome {
  const { table, id, column } = change
  const current = readStored(db, table, id)
  if (!current) return { problem: { table, id, column, message: `This ${tableDef(table).singular} no longer exists (id ${id}); it may have been deleted.` } }
  const checked = validateValue(db, table, column, change.value)
  if (!checked.ok) return { problem: { table, id, column, message: checked.message, attempted: change.value } }
  if (change.expectedVersion !== undefined && current.version !== change.expectedVersion) {
    return {
      problem: {
        table,
        id,
        column,
        message: `Someone else changed this ${tableDef(table).singular} since you opened it. Current value: ${String(current[column] ?? '(empty)')}; yours: ${String(change.value ?? '(empty)')}. Reload it and edit again.`,
        current: current[column] ?? null,
        attempted: change.value
      }
    }
  }
  if (current[column] === checked.value) return { entries: [] }
  const rule = figureRowProblem(db, table, { ...current, [column]: checked.value }, [column])
  if (rule) return { problem: { table, id, column: rule.column, message: rule.message, attempted: change.value } }
  updateCells(db, table, id, { [column]: checked.value })
  return { entries: [{ table, rowId: id, op: 'update', before: { [column]: current[column] ?? null }, after: { [column]: checked.value } }] }
}

function applyInsert(db: Db, change: Extract<Change, { kind: 'insert' }>): Outcome {
  const { table } = change
  const values: Values = {}
  for (const [column, raw] of Object.entries(change.values)) {
    const checked = validateValue(db, table, column, raw)
    if (!checked.ok) return { problem: { table, column, message: checked.message, attempted: raw } }
    values[column] = checked.value
  }
  for (const col of tableDef(table).columns) {
    if (col.required && (values[col.name] === undefined || values[col.name] === null)) {
      return { problem: { table, column: col.name, message: `${col.label} is required: give a value for the new ${tableDef(table).singular}.` } }
    }
  }
  const rule = figureRowProblem(db, table, values, Object.keys(values))
  if (rule) return { problem: { table, column: rule.column, message: rule.message, attempted: change.values[rule.column] } }
  const auto = tableDef(table).autoCode
  if (auto && (values[auto.column] === undefined || values[auto.column] === null || values[auto.column] === '')) values[auto.column] = nextCode(db, table)
  const id = insertRow(db, table, values)
  return { entries: [{ table, rowId: id, op: 'insert', before: null, after: readStored(db, table, id) as Values }], insertedId: id }
}

function applyDelete(db: Db, change: Extract<Change, { kind: 'delete' }>): Outcome {
  const { table, id } = change
  const def = tableDef(table)
  const row = readStored(db, table, id)
  if (!row) return { problem: { table, id, message: `This ${def.singular} no longer exists (id ${id}).` } }
  const blocking = blockingReferences(db, table, id)
  if (blocking.length) {
    const uses = blocking.map((b) => `${b.count} ${b.count === 1 ? tableDef(b.table).singular : tableDef(b.table).label.toLowerCase()}`).join(', ')
    const name = String(row[def.labelColumn] ?? id)
    return {
      problem: {
        table,
        id,
        message: `${def.singular[0]!.toUpperCase()}${def.singular.slice(1)} ${name} cannot be deleted: ${uses} refer to it. Point them elsewhere first.`
      }
    }
  }
  const entries: LogEntry[] = []
  for (const child of ownedChildIds(db, table, id)) {
    entries.push({ table: child.table, rowId: child.id, op: 'delete', before: readStored(db, child.table, child.id) as Values, after: null })
    deleteRow(db, child.table, child.id)
  }
  deleteRow(db, table, id)
  entries.push({ table, rowId: id, op: 'delete', before: row as Values, after: null })
  return { entries }
}

function applyOne(db: Db, change: Change): Outcome {
  try {
    if (change.kind === 'update') return applyUpdate(db, change)
    if (change.kind === 'insert') return applyInsert(db, change)
    return applyDelete(db, change)
  } catch (e) {
    const message = (e as Error).message
    if (/UNIQUE constraint failed/.test(message))
      return {
        problem: {
          table: change.table,
          message: `That value is already used by another ${tableDef(change.table).singular}; it must be unique. (${message.replace(/^.*failed: /, '')})`
        }
      }
    if (/constraint/i.test(message)) return { problem: { table: change.table, message: `The database refused the change: ${message}.` } }
    throw e
  }
}

export function defaultLabel(changes: Change[]): string {
  const first = changes[0]!
  const def = tableDef(first.table)
  if (changes.every((c) => c.kind === 'update')) {
    if (changes.length === 1 && first.kind === 'update') return `Edit ${columnDef(first.table, first.column)?.label ?? first.column}`
    return `Edit ${changes.length} cells`
  }
  if (changes.every((c) => c.kind === 'insert')) return changes.length === 1 ? `Add ${def.singular}` : `Add ${changes.length} rows`
  if (changes.every((c) => c.kind === 'delete')) return changes.length === 1 ? `Delete ${def.singular}` : `Delete ${changes.length} rows`
  return `Change ${changes.length} items`
}

function refusal(problems: CellProblem[]): EngineError {
  const conflict = problems.some((p) => p.current !== undefined)
  const first = problems[0]!
  const col = first.column ? columnDef(first.table, first.column) : undefined
  const where = col ? `${col.label}: ` : ''
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''
  const code = conflict ? 'conflict' : problems.every((p) => !p.column) ? 'constraint' : 'validation'
  return new EngineError(code, `${where}${first.message}${more} Nothing was changed.`, { problems })
}

export function applyBatch(ctx: EditContext, changes: Change[], label: string | undefined, origin: Origin = 'user'): AppliedEdit {
  const { db } = ctx
  return db.transaction(() => {
    const problems: CellProblem[] = []
    const entries: LogEntry[] = []
    const insertedIds: number[] = []
    changes.forEach((change, index) => {
      const outcome = applyOne(db, change)
      if ('problem' in outcome) problems.push({ change: index, ...outcome.problem })
      else {
        entries.push(...outcome.entries)
        if (outcome.insertedId !== undefined) insertedIds.push(outcome.insertedId)
      }
    })
    if (problems.length) throw refusal(problems)
    if (!entries.length) return { batchId: 0, insertedIds, rows: [], deleted: [] }
    abandonRedo(db)
    const batchId = createBatch(db, { label: label ?? defaultLabel(changes), origin, actor: ctx.actor })
    writeEntries(db, batchId, entries)
    return { batchId, insertedIds, ...collectTouched(db, entries) }
  })()
}
