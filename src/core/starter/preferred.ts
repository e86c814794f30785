// The starter's conflict groups, each shipped with one preferred figure and the reason for it: figures for the same
// indicator, country, subject, year and scope (indicators/conflicts' groups), whether their values differ or repeat.
// Newest official edition first (confidence, then the source's date, then an exact value), unless a note says otherwise
// (a figure marked superseded, or "kept as a disagreement row", is never the preferred one).
import { splitSourceDate } from '../../shared/dates'
import type { Db } from '../db/open'
import { conflictKey, valuesDiffer } from '../indicators/conflicts'
import { figuresLike, type Figure } from '../indicators/figures'
import { CONFIDENCE } from '../../shared/schema'

const EXACT = new Set(['', 'e', 'r'])

function noteSaysNot(db: Db, f: Figure): boolean {
  if (f.confidence === 'superseded') return true
  const row = db.prepare('SELECT note FROM observation WHERE id = ?').get(f.id) as { note: string | null } | undefined
  return /\bsuperseded\b|disagreement row/i.test(row?.note ?? '')
}

function published(f: Figure): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(splitSourceDate(f.sourcePublished).date ?? '')?.[0] ?? ''
}

function rank(f: Figure): number {
  const i = CONFIDENCE.indexOf((f.confidence ?? '') as (typeof CONFIDENCE)[number])
  return i < 0 ? CONFIDENCE.length : i
}

function order(a: Figure, b: Figure): number {
  return (
    Number(a.value === null) - Number(b.value === null) ||
    rank(a) - rank(b) ||
    published(b).localeCompare(published(a)) ||
    Number(!EXACT.has(a.qualifier ?? '')) - Number(!EXACT.has(b.qualifier ?? '')) ||
    a.id - b.id
  )
}

function label(f: Figure): string {
  return `${f.code ?? f.id} (${f.sourceCode ?? 'no source'}${published(f) ? `, ${published(f)}` : ''})`
}

/** Why `chosen` is the one to use among `group`, in words for the inspector. */
export function preferredReason(chosen: Figure, group: readonly Figure[], passedOver: readonly Figure[]): string {
  const others = group.filter((g) => g.id !== chosen.id)
  const differ = valuesDiffer([...group])
  const parts = [
    differ
      ? `Newest official edition first: ${label(chosen)}, confidence ${chosen.confidence ?? 'not stated'}, over ${others.map(label).join(', ')}.`
      : `The same value is given by ${others.map(label).join(', ')}; ${label(chosen)} is used, the newest and most confident of them, so the figure counts once.`
  ]
  if (passedOver.length) parts.push(`Not ${passedOver.map((f) => f.code ?? f.id).join(', ')}: its note or confidence says it is superseded.`)
  return parts.join(' ')
}

export interface PreferredGroup {
  key: string
  preferredId: number
  reason: string
  size: number
}

/** Every group of two or more figures with a year, as the engine groups conflicts. */
export function figureGroups(db: Db): Figure[][] {
  const triples = db
    .prepare('SELECT DISTINCT indicator_id AS i, country_id AS c, year AS y FROM observation WHERE year IS NOT NULL GROUP BY i, c, y HAVING count(*) > 1')
    .all() as { i: number; c: number; y: number }[]
  const groups: Figure[][] = []
  for (const t of triples) {
    const byKey = new Map<string, Figure[]>()
    for (const f of figuresLike(db, t.i, t.c, t.y)) {
      const key = conflictKey(f)
      byKey.set(key, [...(byKey.get(key) ?? []), f])
    }
    for (const g of byKey.values()) if (g.length > 1) groups.push(g)
  }
  return groups
}

/** Mark the preferred figure of every group, with its reason (the starter load; no edit log, as the rest of it). */
export function markPreferred(db: Db): PreferredGroup[] {
  const set = db.prepare('UPDATE observation SET preferred = ?, preferred_reason = ? WHERE id = ?')
  const marked: PreferredGroup[] = []
  for (const group of figureGroups(db)) {
    const passedOver = group.filter((f) => noteSaysNot(db, f))
    const pool = group.filter((f) => !passedOver.includes(f))
    const chosen = [...(pool.length ? pool : group)].sort(order)[0]!
    const reason = preferredReason(chosen, group, passedOver)
    for (const f of group) set.run(f.id === chosen.id ? 1 : 0, f.id === chosen.id ? reason : null, f.id)
    marked.push({ key: conflictKey(chosen), preferredId: chosen.id, reason, size: group.length })
  }
  return marked
}
