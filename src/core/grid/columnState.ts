// Each table's column state (order, widths, hidden columns, sort, filters, shown scales) kept in the dataset's
// `meta` table under 'grid:<table>', so it travels with the dataset. Layout, not data: never in the change log.
// What is read back is checked again and trimmed to the registry's columns; anything unreadable reads as none.
import { columnState, type ColumnState } from '../../shared/grids'
import { columnDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import { ignoreWrite } from './cache'

const keyFor = (table: TableName): string => `grid:${table}`

/** Only columns the registry knows (a column removed since the state was saved is dropped). */
function known(table: TableName, state: ColumnState): ColumnState {
  const has = (name: string): boolean => columnDef(table, name) !== undefined
  const scales = Object.fromEntries(Object.entries(state.scales ?? {}).filter(([c]) => has(c)))
  return {
    columns: state.columns.filter((c) => has(c.id)),
    sort: state.sort.filter((s) => has(s.column)),
    filters: state.filters.filter((f) => has(f.column)),
    ...(Object.keys(scales).length ? { scales } : {})
  }
}

export function readColumnState(db: Db, table: TableName): ColumnState | null {
  const raw = (prepared(db, 'SELECT value AS grid_state FROM meta WHERE key = ?').get(keyFor(table)) as { grid_state: string } | undefined)?.grid_state
  if (!raw) return null
  try {
    const parsed = columnState.safeParse(JSON.parse(raw))
    return parsed.success ? known(table, parsed.data) : null
  } catch {
    return null
  }
}

export function writeColumnState(db: Db, table: TableName, state: ColumnState): ColumnState {
  const clean = known(table, state)
  const result = prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    keyFor(table),
    JSON.stringify(clean)
  )
  ignoreWrite(db, result.changes)
  return clean
}
