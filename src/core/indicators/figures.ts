// Reading figures (observation rows) for indicators and conflicts, with their country, indicator, unit and
// source, and the one rule for choosing among figures that disagree: the analyst's preferred mark first, then
// confidence, an exact value over an approximate one, the newest source, and finally the lowest id.
import type { IndicatorChoice, IndicatorRowRef, SourceRef } from '../../shared/analysis'
import { CONFIDENCE } from '../../shared/schema'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

export interface Figure {
  id: number
  code: string | null
  countryId: number
  countryCode: string
  countryName: string
  scope: string | null
  indicatorId: number
  indicatorCode: string
  indicatorName: string
  subject: string
  period: string
  year: number | null
  value: number | null
  valueText: string | null
  unit: string
  basis: string
  qualifier: string | null
  confidence: string | null
  sourceId: number | null
  sourceCode: string | null
  sourceTitle: string | null
  sourcePublished: string | null
  preferred: number
}

const SELECT = `SELECT o.id, o.code, o.country_id AS countryId, c.code AS countryCode, c.name AS countryName, o.scope,
  o.indicator_id AS indicatorId, i.code AS indicatorCode, i.name AS indicatorName, o.subject, o.period, o.year, o.value,
  o.value_text AS valueText, u.code AS unit, o.basis, o.qualifier, o.confidence, o.source_id AS sourceId,
  s.code AS sourceCode, s.title AS sourceTitle, s.published AS sourcePublished, coalesce(o.preferred, 0) AS preferred
  FROM observation o JOIN country c ON c.id = o.country_id JOIN indicator i ON i.id = o.indicator_id
  JOIN unit u ON u.id = o.unit_id LEFT JOIN source s ON s.id = o.source_id`

/** Every figure for one indicator code (optionally one country), in id order. */
export function figuresOf(db: Db, indicatorCode: string, countryCode?: string): Figure[] {
  if (countryCode === undefined) return prepared(db, `${SELECT} WHERE i.code = ? ORDER BY o.id`).all(indicatorCode) as Figure[]
  return prepared(db, `${SELECT} WHERE i.code = ? AND c.code = ? ORDER BY o.id`).all(indicatorCode, countryCode) as Figure[]
}

export function figureById(db: Db, id: number): Figure | undefined {
  return prepared(db, `${SELECT} WHERE o.id = ?`).get(id) as Figure | undefined
}

/** Figures sharing indicator, country and year (the candidates for a conflict with one figure). */
export function figuresLike(db: Db, indicatorId: number, countryId: number, year: number): Figure[] {
  return prepared(db, `${SELECT} WHERE o.indicator_id = ? AND o.country_id = ? AND o.year = ? ORDER BY o.id`).all(indicatorId, countryId, year) as Figure[]
}

export function figureLabel(f: Figure): string {
  return f.code ?? `figure ${f.id}`
}

export function sourceOf(f: Figure): SourceRef | null {
  return f.sourceId === null ? null : { id: f.sourceId, code: f.sourceCode ?? String(f.sourceId), title: f.sourceTitle ?? '' }
}

export function figureRef(f: Figure): IndicatorRowRef {
  return {
    table: 'observation',
    id: f.id,
    label: figureLabel(f),
    what: `${f.indicatorName}, ${f.countryName}${f.scope ? ` (${f.scope})` : ''}, ${f.subject}, ${f.period}`,
    value: f.value,
    unit: f.unit,
    year: f.year,
    source: sourceOf(f)
  }
}

const EXACT = new Set(['', 'e', 'r'])

function confidenceRank(f: Figure): number {
  const i = CONFIDENCE.indexOf((f.confidence ?? '') as (typeof CONFIDENCE)[number])
  return i < 0 ? CONFIDENCE.length : i
}

/** A sortable publication date: '2026-02 (v1.3 ...)' -> '2026-02'; undated sources sort oldest. */
function published(f: Figure): string {
  const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(f.sourcePublished ?? '')
  return m ? m[0] : ''
}

/** Lodestone's rule when no figure is marked preferred: most confident, exact, newest source, lowest id. */
export function byRule(a: Figure, b: Figure): number {
  return (
    confidenceRank(a) - confidenceRank(b) ||
    Number(!EXACT.has(a.qualifier ?? '')) - Number(!EXACT.has(b.qualifier ?? '')) ||
    published(b).localeCompare(published(a)) ||
    a.id - b.id
  )
}

function describe(f: Figure): string {
  const value = f.value === null ? 'no value' : `${f.qualifier && !EXACT.has(f.qualifier) ? `${f.qualifier} ` : ''}${f.value.toLocaleString('en-US')} ${f.unit}`
  return `${figureLabel(f)} (${value}, ${f.sourceCode ?? 'no source'})`
}

/**
 * Pick the figure to use among several for the same thing. Returns the figure and, when there was a choice to
 * make, how it was made (for the indicator's "used" list).
 */
export function chooseFigure(candidates: Figure[], what: string): { figure: Figure; choice: IndicatorChoice | null } {
  const withValue = candidates.filter((f) => f.value !== null)
  const pool = withValue.length ? withValue : candidates
  const marked = pool.filter((f) => f.preferred === 1).sort(byRule)
  const figure = marked[0] ?? [...pool].sort(byRule)[0]!
  if (pool.length < 2) return { figure, choice: null }
  const others = pool.filter((f) => f.id !== figure.id)
  const reason = marked.length ? 'preferred' : 'rule'
  const explanation =
    reason === 'preferred'
      ? `Used ${describe(figure)}, marked preferred by the analyst, over ${others.map(describe).join(', ')}.`
      : `No figure is marked preferred; used ${describe(figure)} (highest confidence, exact value, newest source) over ${others.map(describe).join(', ')}.`
  return {
    figure,
    choice: {
      what,
      used: { table: 'observation', id: figure.id, label: figureLabel(figure) },
      alternatives: others.map((f) => ({ table: 'observation', id: f.id, label: figureLabel(f), value: f.value, unit: f.unit, source: f.sourceCode })),
      reason,
      explanation
    }
  }
}
