// The pre-flight's check on cited figures that another figure contradicts: a newer edition gives the same thing
// (indicator, country, subject, scope) a different value (India's reserves: MCS 2025 6.9 Mt, MCS 2026 NA), or the
// figure's own conflict group has another figure marked preferred, or disagrees with none marked. Read-only SQL.
import type { PreflightItem, SectionKind } from '../../shared/briefs'
import { splitSourceDate } from '../../shared/dates'
import { convert } from '../../shared/units'
import type { Db } from '../db/open'
import { conflictKey } from '../indicators/conflicts'
import { prepared } from '../tables/statements'
import type { ShownFigure } from './context'
import { figureById, type Figure } from './data'
import { formatCell } from './format'

/** The sortable part of a source's date field ('2026-02 (v1.3 …)' -> '2026-02'); '' when undated. */
function publishedOf(db: Db, sourceId: number | null): string {
  if (sourceId === null) return ''
  const row = prepared(db, 'SELECT published FROM source WHERE id = ?').get(sourceId) as { published: string | null } | undefined
  const date = splitSourceDate(row?.published).date ?? ''
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(date)?.[0] ?? ''
}

function valuesDiffer(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null) return formatCell(a) !== formatCell(b)
  const c = convert(b.value, b.unit, a.unit)
  if (!c.ok) return true
  return Math.abs(c.value - a.value) > 1e-9 * Math.max(1, Math.abs(a.value)) || (a.qualifier ?? '') !== (b.qualifier ?? '')
}

function describe(f: Figure, withYear = true): string {
  return `${f.code} (${withYear ? `${f.year ?? f.period}: ` : ''}${formatCell(f)}, ${f.sourceCode ?? 'no source'})`
}

function what(f: Figure): string {
  return `${f.countryName}, ${f.indicatorName.toLowerCase()}, ${f.subject}`
}

/** The other figures for the same indicator, country, subject and scope, any year (a superseded one is no rival). */
function relatives(db: Db, f: Figure): Figure[] {
  const ids = prepared(
    db,
    'SELECT id FROM observation WHERE indicator_id = ? AND country_id = ? AND lower(trim(subject)) = lower(trim(?)) AND id <> ? ORDER BY year, id'
  ).all(f.indicatorId, f.countryId, f.subject, f.id) as { id: number }[]
  const key = conflictKey({ ...f, year: null })
  return ids
    .map((r) => figureById(db, r.id))
    .filter((g): g is Figure => Boolean(g) && g?.confidence !== 'superseded' && conflictKey({ ...(g as Figure), year: null }) === key)
}

function itemsFor(db: Db, f: Figure, section: SectionKind): PreflightItem[] {
  const items: PreflightItem[] = []
  const others = relatives(db, f)
  const published = publishedOf(db, f.sourceId)
  const newer = others.filter(
    (g) => (g.year ?? 0) >= (f.year ?? 0) && g.sourceId !== f.sourceId && publishedOf(db, g.sourceId) > published && published !== '' && valuesDiffer(f, g)
  )
  if (newer.length)
    items.push({
      kind: 'conflict',
      level: 'warning',
      section,
      message: `Figure ${describe(f)} for ${what(f)} has a newer conflicting figure: ${newer.map((g) => describe(g)).join(', ')}. Check which one the brief should print, or say why the older one stands.`
    })
  const sameYear = f.year === null ? [] : others.filter((g) => g.year === f.year && conflictKey(g) === conflictKey(f))
  const preferred = sameYear.find((g) => g.preferred === 1)
  if (preferred && f.preferred !== 1)
    items.push({
      kind: 'conflict',
      level: 'warning',
      section,
      message: `Figure ${describe(f)} is not the preferred figure for ${what(f)}, ${f.year}: ${describe(preferred, false)} is marked preferred. Cite the preferred one, or mark this one in Figures.`
    })
  else if (!preferred && f.preferred !== 1) {
    const differing = sameYear.filter((g) => valuesDiffer(f, g))
    if (differing.length)
      items.push({
        kind: 'conflict',
        level: 'warning',
        section,
        message: `Figure ${describe(f)} disagrees with ${differing.map((g) => describe(g, false)).join(', ')} for ${what(f)}, ${f.year}, and none is marked preferred. Mark the one to use in Figures.`
      })
  }
  return items
}

/** One item per cited figure that a newer or preferred figure contradicts (each figure once, where first shown). */
export function conflictItems(db: Db, shown: readonly ShownFigure[]): PreflightItem[] {
  const seen = new Set<number>()
  const items: PreflightItem[] = []
  for (const { figure, section } of shown) {
    if (seen.has(figure.id)) continue
    seen.add(figure.id)
    items.push(...itemsFor(db, figure, section))
  }
  return items
}
