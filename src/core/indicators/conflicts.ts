// Conflicting figures: figures for the same indicator, country, subject and year (and the same company or
// partner scope) whose values differ. Lists them side by side with the one indicators use, and marks the
// analyst's preferred one through a logged, undoable edit (observation.preferred).
import type { AppliedEdit, Change } from '../../shared/api'
import type { ConflictFigure, FigureConflict } from '../../shared/analysis'
import { convert } from '../../shared/units'
import type { Db } from '../db/open'
import { applyBatch, type EditContext } from '../edits/apply'
import { EngineError } from '../errors'
import { prepared } from '../tables/statements'
import { chooseFigure, figureById, figureLabel, figuresLike, sourceOf, type Figure } from './figures'

/** Scopes like "total" or "total (rounded)" say how a source printed a figure, not what it covers. */
export function scopeKey(scope: string | null): string {
  const s = (scope ?? '').trim().toLowerCase()
  return /^total\b/.test(s) ? '' : s
}

/** Subjects that differ only in case and spacing are one subject. */
export function subjectKey(subject: string): string {
  return subject.trim().replace(/\s+/g, ' ').toLowerCase()
}

export function conflictKey(f: Pick<Figure, 'indicatorId' | 'countryId' | 'subject' | 'year' | 'scope'>): string {
  return [f.indicatorId, f.countryId, subjectKey(f.subject), f.year ?? '', scopeKey(f.scope)].join('|')
}

/** True when at least two figures with a value disagree (compared in the first one's unit where convertible). */
export function valuesDiffer(figures: Figure[]): boolean {
  const valued = figures.filter((f) => f.value !== null)
  const first = valued[0]
  if (!first) return false
  return valued.slice(1).some((f) => {
    const c = convert(f.value as number, f.unit, first.unit)
    if (!c.ok) return true
    return Math.abs(c.value - (first.value as number)) > 1e-9 * Math.max(1, Math.abs(first.value as number))
  })
}

/** The figures in the same group as this one (itself included). */
export function groupOf(db: Db, f: Figure): Figure[] {
  if (f.year === null) return [f]
  const key = conflictKey(f)
  return figuresLike(db, f.indicatorId, f.countryId, f.year).filter((g) => conflictKey(g) === key)
}

function toConflictFigure(f: Figure): ConflictFigure {
  return {
    id: f.id,
    code: f.code,
    value: f.value,
    valueText: f.valueText,
    unit: f.unit,
    basis: f.basis,
    qualifier: f.qualifier,
    confidence: f.confidence,
    period: f.period,
    scope: f.scope,
    source: sourceOf(f),
    preferred: f.preferred === 1
  }
}

function toConflict(group: Figure[]): FigureConflict {
  const f = group[0]!
  const { figure, choice } = chooseFigure(group, `${f.indicatorName}, ${f.countryName}, ${f.subject}, ${f.year}`)
  return {
    key: conflictKey(f),
    country: { id: f.countryId, code: f.countryCode, name: f.countryName },
    indicator: { id: f.indicatorId, code: f.indicatorCode, name: f.indicatorName },
    subject: f.subject,
    year: f.year as number,
    figures: group.map(toConflictFigure),
    preferredId: group.find((g) => g.preferred === 1)?.id ?? null,
    usedId: figure.id,
    explanation: choice?.explanation ?? `Used ${figureLabel(figure)}.`
  }
}

interface Filter {
  observationId?: number
  countryId?: number
  indicatorId?: number
}

function candidateGroups(db: Db, filter: Filter): Figure[][] {
  if (filter.observationId !== undefined) {
    const f = figureById(db, filter.observationId)
    if (!f) throw new EngineError('not_found', `There is no figure with id ${filter.observationId}; it may have been deleted.`)
    return [groupOf(db, f)]
  }
  const sql = `SELECT indicator_id AS i, country_id AS c, year AS y FROM observation WHERE year IS NOT NULL AND value IS NOT NULL
    AND (? IS NULL OR country_id = ?) AND (? IS NULL OR indicator_id = ?)
    GROUP BY indicator_id, country_id, year, lower(trim(subject)) HAVING count(*) > 1 AND count(DISTINCT value) > 1`
  const c = filter.countryId ?? null
  const i = filter.indicatorId ?? null
  const seen = new Set<string>()
  const groups: Figure[][] = []
  for (const g of prepared(db, sql).all(c, c, i, i) as { i: number; c: number; y: number }[]) {
    for (const f of figuresLike(db, g.i, g.c, g.y)) {
      const key = conflictKey(f)
      if (seen.has(key)) continue
      seen.add(key)
      groups.push(figuresLike(db, g.i, g.c, g.y).filter((h) => conflictKey(h) === key))
    }
  }
  return groups
}

/** Groups of figures that disagree, ordered by indicator, country and year. */
export function listConflicts(db: Db, filter: Filter): FigureConflict[] {
  return candidateGroups(db, filter)
    .filter((g) => g.length > 1 && valuesDiffer(g))
    .map(toConflict)
    .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code) || a.country.name.localeCompare(b.country.name) || a.year - b.year)
}

/**
 * Mark one figure as the one to use (or clear the mark), as one logged edit. Other figures in its group lose
 * their mark; so do the figures named in `over` (an indicator may weigh figures whose subjects differ).
 */
export function preferFigure(ctx: EditContext, id: number, clear: boolean, over: number[] = []): AppliedEdit {
  const f = figureById(ctx.db, id)
  if (!f) throw new EngineError('not_found', `There is no figure with id ${id}; it may have been deleted.`)
  const what = `${f.indicatorName}, ${f.countryName}, ${f.year ?? f.period}`
  const update = (g: Figure, value: number): Change => ({ kind: 'update', table: 'observation', id: g.id, column: 'preferred', value })
  if (clear) {
    if (f.preferred !== 1) return { batchId: 0, insertedIds: [], rows: [], deleted: [] }
    return applyBatch(ctx, [update(f, 0)], `Clear preferred figure ${figureLabel(f)} for ${what}`)
  }
  const others = over.map((o) => {
    const g = figureById(ctx.db, o)
    if (!g)
      throw new EngineError('not_found', `There is no figure with id ${o} to prefer ${figureLabel(f)} over; it may have been deleted. Nothing was changed.`)
    return g
  })
  const unmark = [...groupOf(ctx.db, f), ...others].filter((g, i, all) => g.id !== f.id && g.preferred === 1 && all.findIndex((x) => x.id === g.id) === i)
  return applyBatch(ctx, [update(f, 1), ...unmark.map((g) => update(g, 0))], `Prefer ${figureLabel(f)} (${f.sourceCode ?? 'no source'}) for ${what}`)
}
