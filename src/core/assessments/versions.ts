// Versions of an assessment: a snapshot (its fields, country and theme names, and its evidence with the values
// seen at the time) recorded when it is marked reviewed or published; the list of versions; and whether the
// assessment has been edited since its latest version.
import type { AssessmentSnapshot, SnapshotEvidence, VersionSummary } from '../../shared/analysis'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { prepared } from '../tables/statements'
import { readStored } from '../tables/write'
import { listEvidence } from './evidence'

/** The assessment fields a version keeps and a diff compares, in reading order. */
export const SNAPSHOT_FIELDS = [
  'title',
  'country_id',
  'theme_id',
  'severity',
  'confidence',
  'trend',
  'status',
  'as_of',
  'author',
  'summary',
  'rationale',
  'recommendations'
] as const

interface VersionRow {
  id: number
  assessment_id: number
  number: number
  status: string
  at: string
  author: string
  note: string | null
  snapshot: string
}

function nameOf(db: Db, table: 'country' | 'theme', id: unknown): string {
  const row = prepared(db, `SELECT name FROM ${table === 'country' ? 'country' : 'theme'} WHERE id = ?`).get(id) as { name: string } | undefined
  return row?.name ?? `#${String(id)}`
}

export function snapshotOf(db: Db, assessmentId: number): AssessmentSnapshot {
  const row = readStored(db, 'assessment', assessmentId)
  if (!row) throw new EngineError('not_found', `There is no assessment with id ${assessmentId}; it may have been deleted.`)
  const fields = Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, row[f] ?? null]))
  const evidence: SnapshotEvidence[] = listEvidence(db, assessmentId).map((e) => ({
    table: e.table,
    targetId: e.targetId,
    note: e.note,
    label: e.label,
    value: e.value,
    unit: e.unit,
    source: e.source?.code ?? null,
    missing: e.missing
  }))
  return { fields, country: nameOf(db, 'country', row.country_id), theme: nameOf(db, 'theme', row.theme_id), evidence }
}

function summarise(r: VersionRow): VersionSummary {
  const snap = JSON.parse(r.snapshot) as AssessmentSnapshot
  const severity = snap.fields.severity
  const trend = snap.fields.trend
  return {
    id: r.id,
    assessmentId: r.assessment_id,
    number: r.number,
    status: r.status,
    at: r.at,
    author: r.author,
    note: r.note,
    severity: typeof severity === 'number' ? severity : null,
    trend: typeof trend === 'string' ? trend : null
  }
}

export function recordVersion(
  db: Db,
  assessmentId: number,
  info: { status: string; note: string | null; author: string; batchId: number | null }
): VersionSummary {
  const snap = snapshotOf(db, assessmentId)
  const last = prepared(db, 'SELECT coalesce(max(number), 0) AS n FROM assessment_version WHERE assessment_id = ?').get(assessmentId) as { n: number }
  const result = prepared(
    db,
    'INSERT INTO assessment_version (assessment_id, number, status, at, author, note, batch_id, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  ).run(assessmentId, last.n + 1, info.status, new Date().toISOString(), info.author, info.note, info.batchId, JSON.stringify(snap))
  return summarise(prepared(db, 'SELECT * FROM assessment_version WHERE id = ?').get(Number(result.lastInsertRowid)) as VersionRow)
}

export function listVersions(db: Db, assessmentId: number): VersionSummary[] {
  return (prepared(db, 'SELECT * FROM assessment_version WHERE assessment_id = ? ORDER BY number DESC').all(assessmentId) as VersionRow[]).map(summarise)
}

export function versionsSince(db: Db, since: string): VersionSummary[] {
  return (prepared(db, 'SELECT * FROM assessment_version WHERE at >= ? ORDER BY at').all(since) as VersionRow[]).map(summarise)
}

export function versionSnapshot(db: Db, assessmentId: number, versionId: number): { summary: VersionSummary; snapshot: AssessmentSnapshot } {
  const row = prepared(db, 'SELECT * FROM assessment_version WHERE id = ?').get(versionId) as VersionRow | undefined
  if (!row || row.assessment_id !== assessmentId)
    throw new EngineError('not_found', `Assessment ${assessmentId} has no version with id ${versionId}. Pick one from its version history.`)
  return { summary: summarise(row), snapshot: JSON.parse(row.snapshot) as AssessmentSnapshot }
}

/** What an edit can change: the fields (status aside) and which rows are cited with which notes. */
function editable(fields: Record<string, unknown>, links: { table: string; targetId: number; note: string | null }[]): string {
  const { status: _status, ...rest } = fields
  return JSON.stringify([SNAPSHOT_FIELDS.filter((f) => f !== 'status').map((f) => rest[f] ?? null), links.map((e) => [e.table, e.targetId, e.note ?? null])])
}

/** True when the assessment differs from its latest version (cheap: no evidence values are read). */
export function editedSinceVersion(db: Db, assessmentId: number): boolean {
  const row = prepared(db, 'SELECT snapshot FROM assessment_version WHERE assessment_id = ? ORDER BY number DESC LIMIT 1').get(assessmentId) as
    { snapshot: string } | undefined
  const current = readStored(db, 'assessment', assessmentId)
  if (!row || !current) return false
  const snap = JSON.parse(row.snapshot) as AssessmentSnapshot
  const links = prepared(db, 'SELECT target_table AS "table", target_id AS targetId, note FROM assessment_evidence WHERE assessment_id = ? ORDER BY id').all(
    assessmentId
  ) as {
    table: string
    targetId: number
    note: string | null
  }[]
  return editable(snap.fields, snap.evidence) !== editable(current, links)
}
