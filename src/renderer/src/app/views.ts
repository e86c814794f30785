// The views the navigation and the search palette offer beside the tables: Start at the top, the analysis views
// under ANALYSIS, the dataset views under DATASET; and which route each entry opens and which one a route lights.
import type { Route } from './route'

export const NAV_VIEWS = [
  { id: 'start', label: 'Start', group: 'start' },
  { id: 'assessments', label: 'Assessment board' },
  { id: 'indicators', label: 'Computed indicators' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'briefs', label: 'Briefs' },
  { id: 'import', label: 'Import', group: 'dataset' },
  { id: 'files', label: 'File & backups', group: 'dataset' },
  { id: 'deleted', label: 'Recently deleted', group: 'dataset' }
] as const
export type NavViewId = (typeof NAV_VIEWS)[number]['id']

/** The route a navigation entry opens: an object view opens on its list. */
export function navRoute(id: string): Route | null {
  switch (id) {
    case 'start':
    case 'indicators':
    case 'import':
    case 'files':
    case 'deleted':
      return { view: id }
    case 'assessments':
    case 'scenarios':
    case 'briefs':
      return { view: id, id: null }
    default:
      return null
  }
}

/** The navigation entry a route lights (none for a table: the table's own entry is lit). */
export function navEntry(route: Route | null): NavViewId | null {
  if (route === null || route.view === 'table') return null
  return route.view === 'new-brief' ? 'briefs' : route.view
}
