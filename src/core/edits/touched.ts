// After a batch: the rows it touched as they now are (with reference labels), and the ones it removed,
// so the UI can update its grid without reloading the table.
import type { AppliedEdit } from '../../shared/api'
import type { TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { findRow } from '../tables/query'
import type { LogEntry } from './log'

export function collectTouched(db: Db, entries: LogEntry[]): Pick<AppliedEdit, 'rows' | 'deleted'> {
  const seen = new Map<string, { table: TableName; id: number }>()
  for (const e of entries) seen.set(`${e.table}:${e.rowId}`, { table: e.table, id: e.rowId })
  const rows: AppliedEdit['rows'] = []
  const deleted: AppliedEdit['deleted'] = []
  for (const { table, id } of seen.values()) {
    const row = findRow(db, table, id)
    if (row) rows.push({ table, row })
    else deleted.push({ table, id })
  }
  return { rows, deleted }
}
