// The ids of the figures that sit in a conflict group, for the grid's "Conflicts only" filter (op 'inConflict'):
// computed from listConflicts, so the filter shows exactly the figures the grid marks, and cached until the
// dataset changes. Given to the tables layer as a FilterContext, which computes nothing itself.
import type { Db } from '../db/open'
import { dataVersion } from '../grid/cache'
import type { FilterContext } from '../tables/query'
import { listConflicts } from './conflicts'

const cache = new WeakMap<Db, { version: string; ids: number[] }>()

export function conflictedFigureIds(db: Db): number[] {
  const version = dataVersion(db)
  const hit = cache.get(db)
  if (hit && hit.version === version) return hit.ids
  const ids = listConflicts(db, {}).flatMap((g) => g.figures.map((f) => f.id))
  cache.set(db, { version, ids })
  return ids
}

export function filterContext(db: Db): FilterContext {
  return { conflictIds: () => conflictedFigureIds(db) }
}
