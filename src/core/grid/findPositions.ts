// Where given rows stand in a keyset-ordered view without counting from its start: the view's anchors (every
// PAGING.step-th row, cached until the data changes) place a row within one step, and a count of at most one
// step's rows gives the rest. Keys are compared as SQLite orders them (NULL, numbers, then text by its bytes).
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import { anchorsFor, PAGING } from './pages'
import { beforeCursor, partsAfter, whereOf, type Cursor, type ViewSql } from './view'

type Key = Cursor['key']

function rank(k: Key): number {
  return k === null ? 0 : typeof k === 'number' ? 1 : 2
}

function compareKeys(a: Key, b: Key): number {
  const r = rank(a) - rank(b)
  if (r !== 0 || a === null || b === null) return r
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)))
}

/** Negative when `a` comes before `b` in the view. */
export function compareInView(v: ViewSql, a: Cursor, b: Cursor): number {
  const c = (v.key === null ? 0 : compareKeys(a.key, b.key)) || a.id - b.id
  return v.desc ? -c : c
}

function countBefore(db: Db, v: ViewSql, target: Cursor, after: Cursor | null): number {
  const before = beforeCursor(v, target)
  const parts = after ? partsAfter(v, after, target) : [null]
  let n = 0
  for (const part of parts) {
    const where = whereOf([...v.where, before.sql, ...(part ? [part.sql] : [])])
    const params = [...v.params, ...before.params, ...(part?.params ?? [])]
    n += (prepared(db, `SELECT count(*) AS n ${v.from} ${where}`).get(...params) as { n: number }).n
  }
  return n
}

/** Positions of rows of a keyset-able view (each row given by its sort key and id, all of them in the view). */
export async function positionsInView(db: Db, v: ViewSql, rows: Cursor[]): Promise<number[]> {
  const anchors = rows.length > 0 ? ((await anchorsFor(db, v)) ?? []) : []
  return rows.map((row) => {
    // The last anchor at or before the row: anchor i stands at position (i + 1) * step - 1.
    let lo = 0
    let hi = anchors.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compareInView(v, anchors[mid]!, row) <= 0) lo = mid + 1
      else hi = mid
    }
    if (lo === 0) return countBefore(db, v, row, null)
    const anchor = anchors[lo - 1]!
    const at = lo * PAGING.step - 1
    return anchor.id === row.id ? at : at + 1 + countBefore(db, v, row, anchor)
  })
}
