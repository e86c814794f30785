// A table's own indexes, read back from sqlite_master, and set-based work done with them dropped: one sort per
// index afterwards instead of a million B-tree updates (deleting a million indexed rows takes 14 s with the
// indexes up and under a second without). Runs inside the caller's transaction: a rollback restores them.
import type { TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from './sql'

export interface IndexDef {
  name: string
  sql: string
}

export function tableIndexes(db: Db, table: string): IndexDef[] {
  return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as IndexDef[]
}

/** Runs `work` with the table's indexes dropped, then builds them again (a UNIQUE one fails if `work` broke it). */
export function withoutIndexes<T>(db: Db, table: TableName, work: () => T): T {
  const indexes = tableIndexes(db, table)
  for (const index of indexes) db.exec(`DROP INDEX ${ident(index.name)}`)
  const result = work()
  for (const index of indexes) db.exec(index.sql)
  return result
}
