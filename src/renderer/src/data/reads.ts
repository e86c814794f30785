// What each read's answer depends on, in one list: the tables it reads, and for the few reads a cell edit would
// otherwise refresh (the inspected row, its history, the counts, the undo state) how precisely a change reaches
// them. A query is refreshed when a change can have moved its answer, never on a timer or a global counter.
import type { Method } from '../../../shared/api'
import { tableDef, type TableName } from '../../../shared/schema'
import type { ChangeNotice } from './changes'

/** What a change does to a query: nothing, read it again, or (rows.get, history.state) set it from the answer. */
export type Effect = 'keep' | 'refetch' | 'patch'

type Reads = TableName[] | 'all'

/** A table and the tables it refers to (a row carries their labels). */
export function withRefs(table: TableName): TableName[] {
  return [table, ...tableDef(table).columns.flatMap((c) => (c.ref ? [c.ref] : []))]
}

const tableOf = (args: unknown): TableName | undefined => (args as { table?: TableName } | null)?.table
const idOf = (args: unknown): number => Number((args as { id?: number }).id)

/** The tables a read method reads ('all': any change may move it). */
export function tablesRead(method: Method, args: unknown): Reads {
  switch (method) {
    case 'rows.page':
    case 'rows.get':
    case 'rows.lookup':
    case 'rows.ids':
    case 'rows.position':
    case 'rows.find':
    case 'history.forRow':
      return withRefs(tableOf(args)!)
    case 'history.deleted': {
      const table = tableOf(args)
      return table ? [table] : 'all'
    }
    // Stored outside the tables: these move with their own domain's writes only (see domainOf).
    case 'grid.state':
    case 'backups.list':
    case 'datasets.recent':
    case 'jobs.get':
    case 'import.report':
    case 'indicators.list':
      return []
    default:
      return 'all'
  }
}

/** The domains whose writes that announce no table change can move a read: its own, and for a few one more. */
function domainsOf(method: Method): string[] {
  const own = method.split('.')[0]!
  if (method === 'datasets.info') return [own, 'backups'] // the last backup's date
  if (method === 'app.info') return [own, 'datasets'] // the path, after Save As
  return [own]
}

function touches(touched: ReadonlySet<TableName>, reads: Reads): boolean {
  return reads === 'all' ? touched.size > 0 : reads.some((t) => touched.has(t))
}

/** This window's edit touched the row (or its whole table, for a bulk undo); null: not known (a change from elsewhere). */
function touchesRow(notice: ChangeNotice, table: TableName, id: number): 'updated' | 'removed' | 'bulk' | 'no' | null {
  const a = notice.applied
  if (!a) return null
  if (a.bulkTables?.includes(table)) return 'bulk'
  if (a.deleted.some((d) => d.table === table && d.id === id)) return 'removed'
  return a.rows.some((r) => r.table === table && Number(r.row.id) === id) ? 'updated' : 'no'
}

/** What `notice` does to the query [method, args]. */
export function effectOf(method: Method, args: unknown, notice: ChangeNotice): Effect {
  if (notice.domain !== null) return domainsOf(method).includes(notice.domain) ? 'refetch' : 'keep'
  if (notice.tables === 'all') return 'refetch'
  switch (method) {
    case 'history.state':
      return notice.history ? 'patch' : 'refetch'
    case 'app.info':
    case 'tables.list':
    case 'datasets.info':
      // Rows added or removed: counts (and the file's size) may have moved.
      return notice.reshaped ? 'refetch' : 'keep'
    case 'rows.get':
    case 'history.forRow': {
      const table = tableOf(args)!
      const row = touchesRow(notice, table, idOf(args))
      // Another table it shows labels from changed: read again. Its own table: only when the row itself moved.
      const refs = withRefs(table).filter((t) => t !== table)
      if (refs.some((t) => (notice.tables as ReadonlySet<TableName>).has(t))) return 'refetch'
      if (row === null) return notice.tables.has(table) ? 'refetch' : 'keep'
      if (row === 'no') return 'keep'
      return method === 'rows.get' && row === 'updated' ? 'patch' : 'refetch'
    }
    default:
      return touches(notice.tables, tablesRead(method, args)) ? 'refetch' : 'keep'
  }
}
