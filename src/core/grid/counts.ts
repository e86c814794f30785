// Row counts of whole tables without counting a million rows after every edit: temporary triggers on this
// connection bump a per-table epoch when rows are inserted or deleted, so a cached count stays good across
// updates; a commit by another connection (an import worker) moves data_version and drops every cached count.
import type { TableSummary } from '../../shared/api'
import { TABLES, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'

const installed = new WeakMap<Db, boolean>()
const counts = new WeakMap<Db, Map<TableName, { key: string; n: number }>>()

/** Temporary (per-connection) triggers and their epoch table; false when the connection cannot have them. */
function ensureTriggers(db: Db): boolean {
  const known = installed.get(db)
  if (known !== undefined) return known
  try {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS grid_row_epoch (table_name TEXT PRIMARY KEY, epoch INTEGER NOT NULL)')
    for (const t of TABLES) {
      for (const [when, suffix] of [
        ['INSERT', 'ins'],
        ['DELETE', 'del']
      ] as const) {
        const name = ident(`grid_${suffix}_${t.name}`)
        db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${name} AFTER ${when} ON main.${ident(t.name)} BEGIN
          INSERT INTO grid_row_epoch (table_name, epoch) VALUES ('${t.name}', 1) ON CONFLICT (table_name) DO UPDATE SET epoch = epoch + 1; END`)
      }
    }
    installed.set(db, true)
  } catch {
    installed.set(db, false)
  }
  return installed.get(db)!
}

function countKey(db: Db, table: TableName): string | null {
  if (!ensureTriggers(db)) return null
  const epoch = (prepared(db, 'SELECT epoch FROM temp.grid_row_epoch WHERE table_name = ?').get(table) as { epoch: number } | undefined)?.epoch ?? 0
  const others = (prepared(db, 'PRAGMA data_version').get() as { data_version: number }).data_version
  return `${epoch}:${others}`
}

/** The number of rows in a table, counted again only after rows were added or removed. */
export function tableCount(db: Db, table: TableName): number {
  const key = countKey(db, table)
  let byTable = counts.get(db)
  if (!byTable) counts.set(db, (byTable = new Map()))
  const hit = byTable.get(table)
  if (key !== null && hit?.key === key) return hit.n
  const n = (prepared(db, `SELECT count(*) AS n FROM ${ident(table)}`).get() as { n: number }).n
  if (key !== null) byTable.set(table, { key, n })
  return n
}

/** 'tables.list': every table with its row count. */
export function listTablesCounted(db: Db): TableSummary[] {
  return TABLES.map((t) => ({ name: t.name, label: t.label, group: t.group, rowCount: tableCount(db, t.name) }))
}
