// "Recently deleted": rows the change log saw deleted and that are still gone, newest first, and their restore:
// each row re-inserted with its own id (so evidence links and references find it again) together with the rows
// deleted with it (an assessment's evidence links), as one new batch that Undo can take back.
import type { DeletedRow, RestoreResult } from '../../shared/grids'
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import type { EditContext } from '../edits/apply'
import { abandonRedo } from '../edits/history'
import { createBatch, writeEntries, type LogEntry } from '../edits/log'
import { deletesInBatch, latestDelete, recentDeletes, type DeleteRecord } from '../edits/logQueries'
import { OWNED_CHILDREN } from '../tables/refs'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import { insertRow, readStored, type Values } from '../tables/write'

function rowLabel(table: TableName, values: Values): string {
  const def = tableDef(table)
  const value = values[def.labelColumn]
  return def.labelColumn === 'id' || value === null || value === undefined || value === '' ? `${def.singular} ${String(values.id)}` : String(value)
}

/** Children deleted in the same batch as their parent (they come back with it). */
function ownedIn(db: Db, record: DeleteRecord): DeleteRecord[] {
  const children = OWNED_CHILDREN[record.table_name] ?? []
  return children.flatMap((child) =>
    deletesInBatch(db, record.batch_id, child.table).filter((r) => (JSON.parse(r.before) as Values)[child.column] === record.row_id)
  )
}

function isGone(db: Db, table: TableName, id: number): boolean {
  return prepared(db, `SELECT 1 FROM ${ident(table)} WHERE id = ?`).get(id) === undefined
}

export function recentlyDeleted(db: Db, table: TableName | undefined, limit: number): DeletedRow[] {
  const records = recentDeletes(db, table, limit * 4)
  const seen = new Set<string>()
  const rows: DeletedRow[] = []
  for (const r of records) {
    const key = `${r.table_name}:${r.row_id}`
    if (seen.has(key) || rows.length >= limit) continue
    seen.add(key)
    if (!isGone(db, r.table_name, r.row_id)) continue
    const values = JSON.parse(r.before) as Values
    rows.push({
      table: r.table_name,
      id: r.row_id,
      label: rowLabel(r.table_name, values),
      deletedAt: r.at,
      batchLabel: r.label,
      actor: r.actor,
      owned: ownedIn(db, r).length,
      values
    })
  }
  return rows
}

/** Why a row cannot come back: a row it refers to is gone too. */
function missingReference(db: Db, table: TableName, values: Values): string | null {
  for (const col of tableDef(table).columns) {
    const target = values[col.name]
    if (col.type !== 'ref' || !col.ref || typeof target !== 'number' || !isGone(db, col.ref, target)) continue
    return `its ${col.label} (${tableDef(col.ref).singular} ${target}) was deleted too; restore that first`
  }
  return null
}

function restoreOne(db: Db, record: DeleteRecord): LogEntry {
  const values = JSON.parse(record.before) as Values
  const what = `${tableDef(record.table_name).singular} ${rowLabel(record.table_name, values)}`
  const missing = missingReference(db, record.table_name, values)
  if (missing) throw new EngineError('constraint', `Cannot restore ${what}: ${missing}. Nothing was changed.`)
  try {
    insertRow(db, record.table_name, { ...values, version: Number(values.version ?? 0) + 1 })
  } catch (e) {
    throw new EngineError(
      'constraint',
      `Cannot restore ${what}: ${(e as Error).message.replace(/^.*failed: /, 'another row now uses the same ')}. Nothing was changed.`
    )
  }
  return { table: record.table_name, rowId: record.row_id, op: 'insert', before: null, after: readStored(db, record.table_name, record.row_id) as Values }
}

export function restoreDeleted(ctx: EditContext, items: { table: TableName; id: number }[]): RestoreResult {
  const { db } = ctx
  return db.transaction(() => {
    const entries: LogEntry[] = []
    const unique = [...new Map(items.map((i) => [`${i.table}:${i.id}`, i])).values()]
    for (const item of unique) {
      const record = latestDelete(db, item.table, item.id)
      if (!record || !isGone(db, item.table, item.id)) {
        throw new EngineError(
          'not_found',
          `${tableDef(item.table).singular} ${item.id} is not among the deleted rows (it may have been restored already). Nothing was changed.`
        )
      }
      entries.push(restoreOne(db, record))
      for (const child of ownedIn(db, record)) if (isGone(db, child.table_name, child.row_id)) entries.push(restoreOne(db, child))
    }
    abandonRedo(db)
    const label =
      items.length === 1
        ? `Restore ${tableDef(items[0]!.table).singular} ${rowLabel(items[0]!.table, readStored(db, items[0]!.table, items[0]!.id) as Values)}`
        : `Restore ${items.length} rows`
    const batchId = createBatch(db, { label, origin: 'user', actor: ctx.actor })
    writeEntries(db, batchId, entries)
    return { batchId, restored: entries.map((e) => ({ table: e.table, id: e.rowId })) }
  })()
}
