// Where the analyst is, as an address in the URL hash (#/start, #/tables/figures, #/assessments/3, #/briefs/1):
// parsing a hash into a route and writing one back. Pure functions, no DOM, so they are unit-tested; an address
// that names no view parses to null and the caller falls back quietly.
import { TABLES, type TableName } from '../../../shared/schema'

/** Views that show one object of a list when they have an id, and the list (or its first object) without. */
export const OBJECT_VIEWS = ['assessments', 'scenarios', 'briefs'] as const
export type ObjectView = (typeof OBJECT_VIEWS)[number]

/** Views with nothing to address inside them. */
export const PLAIN_VIEWS = ['start', 'indicators', 'import', 'files', 'deleted', 'new-brief'] as const
export type PlainView = (typeof PLAIN_VIEWS)[number]

export type Route = { view: 'table'; table: TableName } | { view: ObjectView; id: number | null } | { view: PlainView }

/** The default when an address is missing or unknown: the first table (Figures). */
export const DEFAULT_ROUTE: Route = { view: 'table', table: TABLES[0]!.name }

/** A table's name in addresses: its label in kebab case ("Trade flows" -> trade-flows). */
export function tableSlug(table: TableName): string {
  const def = TABLES.find((t) => t.name === table)
  return (def?.label ?? table).toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

/** Addresses tables had before a rename (bookmarks, history, the last route kept), which still open them. */
const FORMER_SLUGS: ReadonlyMap<string, TableName> = new Map([['scenarios', 'scenario']])

const PLAIN_PATHS: Record<PlainView, string> = {
  start: 'start',
  indicators: 'indicators',
  import: 'import',
  files: 'files',
  deleted: 'deleted',
  'new-brief': 'briefs/new'
}

export function routeHash(route: Route): string {
  if (route.view === 'table') return `#/tables/${tableSlug(route.table)}`
  if (isObjectView(route.view)) {
    const id = 'id' in route ? route.id : null
    return id === null ? `#/${route.view}` : `#/${route.view}/${id}`
  }
  return `#/${PLAIN_PATHS[route.view]}`
}

function isObjectView(view: string): view is ObjectView {
  return (OBJECT_VIEWS as readonly string[]).includes(view)
}

function parseId(part: string | undefined): number | null | undefined {
  if (part === undefined || part === '') return null
  if (!/^[1-9]\d{0,14}$/.test(part)) return undefined
  return Number(part)
}

/** The route a hash names, or null when it names none ('' and '#' included). */
export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '')
  if (path === '') return null
  const plain = (Object.entries(PLAIN_PATHS) as [PlainView, string][]).find(([, p]) => p === path)
  if (plain) return { view: plain[0] }
  const [head, second, ...rest] = path.split('/')
  if (rest.length > 0 || head === undefined) return null
  if (head === 'tables') {
    const table = TABLES.find((t) => tableSlug(t.name) === second)?.name ?? FORMER_SLUGS.get(second ?? '')
    return table ? { view: 'table', table } : null
  }
  if (!isObjectView(head)) return null
  const id = parseId(second)
  return id === undefined ? null : { view: head, id }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHash(a) === routeHash(b)
}
