// What briefs read from the dataset: figures with their unit and source, a country's initiatives and facilities,
// assessments with their evidence (flagging links to deleted rows), and the series behind the charts.
// Read-only SQL with bound values; the tables are the foundation's (0001), not the grid registry's generic reader.
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

export interface Figure {
  id: number
  code: string
  countryId: number
  countryCode: string
  countryName: string
  scope: string | null
  indicatorId: number
  indicator: string
  indicatorName: string
  subject: string
  period: string
  year: number | null
  value: number | null
  valueLow: number | null
  valueHigh: number | null
  valueText: string | null
  unit: string
  unitDimension: string
  unitScale: number | null
  basis: string
  qualifier: string | null
  confidence: string | null
  sourceId: number | null
  sourceCode: string | null
  sourcePublisher: string | null
  locator: string | null
  note: string | null
  /** 1 when the analyst (or the starter) marked it the figure to use among those for the same thing. */
  preferred: number
}

const FIGURE_SELECT = `SELECT o.id, o.code, o.country_id AS countryId, c.code AS countryCode, c.name AS countryName, o.scope,
  o.indicator_id AS indicatorId, i.code AS indicator, i.name AS indicatorName, o.subject, o.period, o.year, o.value, o.value_low AS valueLow,
  o.value_high AS valueHigh, o.value_text AS valueText, u.code AS unit, u.dimension AS unitDimension, u.scale AS unitScale,
  o.basis, o.qualifier, o.confidence, o.source_id AS sourceId, s.code AS sourceCode, s.publisher AS sourcePublisher,
  o.locator, o.note, coalesce(o.preferred, 0) AS preferred
  FROM observation o JOIN country c ON c.id = o.country_id JOIN indicator i ON i.id = o.indicator_id
  JOIN unit u ON u.id = o.unit_id LEFT JOIN source s ON s.id = o.source_id`

export function figureByCode(db: Db, code: string): Figure | undefined {
  return prepared(db, `${FIGURE_SELECT} WHERE o.code = ? COLLATE NOCASE`).get(code) as Figure | undefined
}

export function figureById(db: Db, id: number): Figure | undefined {
  return prepared(db, `${FIGURE_SELECT} WHERE o.id = ?`).get(id) as Figure | undefined
}

export interface FigureQuery {
  indicators: readonly string[]
  countryCode: string
  subjectLike?: string
  withYear?: boolean
}

/** Figures matching a query, best first: the lead source's, then the latest year, then the preferred one, then the most confident. */
export function findFigures(db: Db, q: FigureQuery, leadSourceId: number | null = null): Figure[] {
  const marks = q.indicators.map(() => '?').join(', ')
  const where = [`i.code IN (${marks})`, 'c.code = ?', 'o.value IS NOT NULL']
  const params: unknown[] = [...q.indicators, q.countryCode]
  if (q.subjectLike) {
    where.push('o.subject LIKE ?')
    params.push(q.subjectLike)
  }
  if (q.withYear) where.push('o.year IS NOT NULL')
  const sql = `${FIGURE_SELECT} WHERE ${where.join(' AND ')}
    ORDER BY (o.source_id IS ?) DESC, coalesce(o.year, 0) DESC, coalesce(o.preferred, 0) DESC,
    CASE o.confidence WHEN 'high' THEN 0 WHEN 'medium-high' THEN 1 WHEN 'medium' THEN 2 WHEN 'medium-low' THEN 3 WHEN 'low-medium' THEN 4 ELSE 5 END, o.code`
  return prepared(db, sql).all(...params, leadSourceId) as Figure[]
}

export interface CountryRow {
  id: number
  code: string
  name: string
}

export function countryById(db: Db, id: number | null): CountryRow | undefined {
  if (id === null) return undefined
  return prepared(db, 'SELECT id, code, name FROM country WHERE id = ?').get(id) as CountryRow | undefined
}

export function countryByCode(db: Db, code: string): CountryRow | undefined {
  return prepared(db, 'SELECT id, code, name FROM country WHERE code = ? COLLATE NOCASE').get(code) as CountryRow | undefined
}

export interface StrategyItem {
  table: 'initiative' | 'facility'
  id: number
  code: string | null
  name: string
  pillar: string
  status: string
  statusNote: string | null
  amount: number | null
  unit: string | null
  amountNote: string | null
  year: string | null
  sourceId: number | null
  otherSources: string | null
  description: string | null
}

const STRATEGY_PILLARS = ['recycling', 'domestic development', 'international partnerships']

/** Initiatives and facilities chosen for the strategy table, or the default pick for the country. */
export function strategyItems(db: Db, country: CountryRow, initiativeIds: number[] | null, facilityIds: number[] | null): StrategyItem[] {
  const initiatives = prepared(
    db,
    `SELECT 'initiative' AS "table", n.id, n.code, n.name, coalesce(n.pillar, '') AS pillar, n.status, n.status_note AS statusNote,
       n.amount, u.code AS unit, n.amount_note AS amountNote, n.year, n.source_id AS sourceId, n.other_sources AS otherSources, n.description,
       n.country_id AS countryId, n.partners
       FROM initiative n LEFT JOIN unit u ON u.id = n.amount_unit_id ORDER BY n.code, n.id`
  ).all() as (StrategyItem & { countryId: number; partners: string | null })[]
  const facilities = prepared(
    db,
    `SELECT 'facility' AS "table", f.id, f.code, f.name, 'domestic development' AS pillar, f.status, f.status_note AS statusNote,
       f.capacity AS amount, u.code AS unit, f.capacity_note AS amountNote, f.year, f.source_id AS sourceId, f.other_sources AS otherSources,
       f.description, f.country_id AS countryId, f.stage
       FROM facility f LEFT JOIN unit u ON u.id = f.capacity_unit_id ORDER BY f.code, f.id`
  ).all() as (StrategyItem & { countryId: number; stage: string })[]
  const mentions = (text: string | null): boolean => Boolean(text && text.toLowerCase().includes(country.name.toLowerCase()))
  const pickedInitiatives = initiativeIds
    ? initiatives.filter((n) => initiativeIds.includes(n.id))
    : initiatives.filter((n) => {
        const related = n.countryId === country.id || mentions(n.partners) || mentions(n.statusNote)
        return related && STRATEGY_PILLARS.includes(n.pillar) && n.status !== 'superseded'
      })
  const pickedFacilities = facilityIds
    ? facilities.filter((f) => facilityIds.includes(f.id))
    : facilities.filter((f) => f.countryId === country.id && ['magnet', 'recycling'].includes(f.stage))
  const order = (p: string): number => (STRATEGY_PILLARS.indexOf(p) + 10) % 10
  return [...pickedInitiatives, ...pickedFacilities].sort((a, b) => order(a.pillar) - order(b.pillar))
}

export interface AssessmentRow {
  id: number
  title: string
  themeCode: string | null
  themeName: string
  countryId: number
  severity: number | null
  confidence: string | null
  trend: string | null
  status: string
  asOf: string | null
  author: string | null
  summary: string | null
  rationale: string | null
  recommendations: string | null
  version: number
}

export function assessmentsFor(db: Db, countryId: number | null, ids: readonly number[]): AssessmentRow[] {
  const base = `SELECT a.id, a.title, t.code AS themeCode, t.name AS themeName, a.country_id AS countryId, a.severity, a.confidence,
    a.trend, a.status, a.as_of AS asOf, a.author, a.summary, a.rationale, a.recommendations, a.version
    FROM assessment a JOIN theme t ON t.id = a.theme_id`
  if (ids.length) {
    const rows = prepared(db, `${base} WHERE a.id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as AssessmentRow[]
    return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is AssessmentRow => Boolean(r))
  }
  if (countryId === null) return []
  return prepared(db, `${base} WHERE a.country_id = ? ORDER BY t.code, a.id`).all(countryId) as AssessmentRow[]
}

export interface EvidenceLink {
  id: number
  targetTable: string
  targetId: number
  note: string | null
  /** The figure, when the link points at an observation that still exists. */
  figure?: Figure
  /** Other tables: the row's label and source, when it still exists. */
  label?: string
  sourceId?: number | null
  missing: boolean
}

const LABELS: Record<string, { label: string; source: string | null }> = {
  initiative: { label: 'name', source: 'source_id' },
  facility: { label: 'name', source: 'source_id' },
  organisation: { label: 'name', source: 'source_id' },
  trade_flow: { label: 'id', source: 'source_id' },
  source: { label: 'title', source: 'id' },
  hs_code: { label: 'code', source: 'source_id' },
  element: { label: 'name', source: 'composition_source_id' },
  country: { label: 'name', source: null },
  indicator: { label: 'name', source: null },
  unit: { label: 'code', source: null },
  theme: { label: 'name', source: null },
  assessment: { label: 'title', source: null },
  assessment_evidence: { label: 'id', source: null }
}

function otherRow(db: Db, table: string, id: number): { label: string; sourceId: number | null } | undefined {
  const spec = LABELS[table]
  if (!spec) return undefined
  // Identifiers come from the fixed map above, never from input.
  const row = prepared(db, `SELECT "${spec.label}" AS label, ${spec.source ? `"${spec.source}"` : 'NULL'} AS sourceId FROM "${table}" WHERE id = ?`).get(id) as
    { label: unknown; sourceId: number | null } | undefined
  return row ? { label: String(row.label), sourceId: row.sourceId } : undefined
}

export function evidenceFor(db: Db, assessmentId: number): EvidenceLink[] {
  const links = prepared(
    db,
    'SELECT id, target_table AS targetTable, target_id AS targetId, note FROM assessment_evidence WHERE assessment_id = ? ORDER BY id'
  ).all(assessmentId) as Omit<EvidenceLink, 'missing'>[]
  return links.map((link) => {
    if (link.targetTable === 'observation') {
      const figure = figureById(db, link.targetId)
      return { ...link, figure, missing: !figure }
    }
    const other = otherRow(db, link.targetTable, link.targetId)
    return { ...link, label: other?.label, sourceId: other?.sourceId ?? null, missing: !other }
  })
}
