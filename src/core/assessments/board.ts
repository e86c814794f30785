// The assessment board: countries x themes, each cell the latest assessment of that theme for that country
// (by as-of date, then newest) with its severity, trend, status, as-of date and evidence health.
import type { AssessmentBoard, BoardCell, BoardCountry, BoardTheme, EvidenceTable } from '../../shared/analysis'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import { targetExists } from './describe'
import { editedSinceVersion } from './versions'

interface AssessmentRow {
  id: number
  country_id: number
  theme_id: number
  title: string
  severity: number | null
  trend: string | null
  status: string
  as_of: string | null
  confidence: string | null
}

function evidenceHealth(db: Db, assessmentId: number): { count: number; missing: number } {
  const links = prepared(db, 'SELECT target_table AS t, target_id AS id FROM assessment_evidence WHERE assessment_id = ?').all(assessmentId) as {
    t: EvidenceTable
    id: number
  }[]
  return { count: links.length, missing: links.filter((l) => !targetExists(db, l.t, l.id)).length }
}

function versionCount(db: Db, assessmentId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM assessment_version WHERE assessment_id = ?').get(assessmentId) as { n: number }).n
}

function cellOf(db: Db, a: AssessmentRow): BoardCell {
  const health = evidenceHealth(db, a.id)
  return {
    assessmentId: a.id,
    countryId: a.country_id,
    themeId: a.theme_id,
    title: a.title,
    severity: a.severity,
    trend: a.trend,
    status: a.status,
    asOf: a.as_of,
    confidence: a.confidence,
    evidenceCount: health.count,
    missingEvidence: health.missing,
    editedSinceVersion: editedSinceVersion(db, a.id),
    versionCount: versionCount(db, a.id)
  }
}

export function board(db: Db, includeRetired: boolean): AssessmentBoard {
  const themes = (
    prepared(db, 'SELECT id, code, name, retired FROM theme WHERE (? = 1 OR retired = 0) ORDER BY sort_order IS NULL, sort_order, code, id').all(
      includeRetired ? 1 : 0
    ) as (Omit<BoardTheme, 'retired'> & { retired: number })[]
  ).map((t) => ({ ...t, retired: t.retired === 1 }))
  const shown = new Set(themes.map((t) => t.id))
  const rows = prepared(
    db,
    'SELECT id, country_id, theme_id, title, severity, trend, status, as_of, confidence FROM assessment ORDER BY as_of DESC, id DESC'
  ).all() as AssessmentRow[]
  const latest = new Map<string, AssessmentRow>()
  for (const r of rows) if (shown.has(r.theme_id) && !latest.has(`${r.country_id}:${r.theme_id}`)) latest.set(`${r.country_id}:${r.theme_id}`, r)
  const countryIds = [...new Set([...latest.values()].map((r) => r.country_id))]
  const countries = countryIds
    .map((id) => prepared(db, 'SELECT id, code, name FROM country WHERE id = ?').get(id) as BoardCountry)
    .sort((a, b) => a.name.localeCompare(b.name))
  return { countries, themes, cells: [...latest.values()].map((r) => cellOf(db, r)) }
}
