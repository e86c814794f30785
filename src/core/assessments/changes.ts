// "What changed since a date": every assessment that moved, read from the change log (edits to assessments and
// their evidence links, including undo and redo) and the versions recorded since then, in words an analyst reads:
// "severity 3 → 4", "status draft → published", "evidence added: F0005", "rationale edited".
import type { AssessmentMove, EvidenceTable } from '../../shared/analysis'
import { columnDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { entriesSince, lastWholeRow } from '../edits/logQueries'
import { prepared } from '../tables/statements'
import { readStored } from '../tables/write'
import { describeTarget } from './describe'
import { versionsSince } from './versions'

interface Entry {
  table_name: 'assessment' | 'assessment_evidence'
  row_id: number
  op: 'insert' | 'update' | 'delete'
  before: string | null
  after: string | null
  at: string
  batch: number
}
type Values = Record<string, string | number | null>

const LONG_TEXT = new Set(['summary', 'rationale', 'recommendations'])
const show = (v: unknown): string => (v === null || v === undefined || v === '' ? 'none' : String(v))

function assessmentWords(op: Entry['op'], before: Values | null, after: Values | null): string[] {
  if (op === 'insert') return ['created']
  if (op === 'delete') return ['deleted']
  return Object.keys(after ?? {}).map((col) => {
    const label = (columnDef('assessment', col)?.label ?? col).toLowerCase()
    return LONG_TEXT.has(col) ? `${label} edited` : `${label} ${show(before?.[col])} → ${show(after?.[col])}`
  })
}

/** The assessment a link entry belongs to: from the entry itself, the live link, or its logged insert. */
function linkOwner(db: Db, e: Entry, row: Values | null): number | undefined {
  if (row && typeof row.assessment_id === 'number') return row.assessment_id
  const live = readStored(db, 'assessment_evidence', e.row_id)
  if (live) return Number(live.assessment_id)
  const logged = lastWholeRow(db, 'assessment_evidence', e.row_id)
  return logged ? Number(logged.assessment_id) : undefined
}

function linkWords(db: Db, e: Entry, row: Values | null): string {
  const target = row && row.target_table ? describeTarget(db, row.target_table as EvidenceTable, Number(row.target_id)).label : `link ${e.row_id}`
  if (e.op === 'insert') return `evidence added: ${target}`
  if (e.op === 'delete') return `evidence removed: ${target}`
  return 'evidence note edited'
}

function blank(db: Db, id: number, last: Values | null): AssessmentMove {
  const live = readStored(db, 'assessment', id)
  const row = (live ?? last ?? {}) as Values
  const name = (table: 'country' | 'theme', v: unknown): string =>
    (prepared(db, `SELECT name FROM ${table === 'country' ? 'country' : 'theme'} WHERE id = ?`).get(v) as { name: string } | undefined)?.name ?? ''
  return {
    assessmentId: id,
    title: String(row.title ?? `assessment ${id}`),
    country: name('country', row.country_id),
    theme: name('theme', row.theme_id),
    exists: Boolean(live),
    severity: { from: null, to: live ? ((live.severity as number | null) ?? null) : null },
    status: { from: null, to: live ? String(live.status) : null },
    changes: [],
    versions: []
  }
}

function track(move: AssessmentMove, seen: Set<string>, field: 'severity' | 'status', before: Values | null): void {
  if (seen.has(`${move.assessmentId}:${field}`) || !before || !(field in before)) return
  seen.add(`${move.assessmentId}:${field}`)
  ;(move[field] as { from: unknown }).from = before[field] ?? null
}

export function changedSince(db: Db, since: string, limit: number): AssessmentMove[] {
  const entries = entriesSince(db, since, ['assessment', 'assessment_evidence']) as Entry[]
  const moves = new Map<number, AssessmentMove>()
  const seen = new Set<string>()
  for (const e of entries) {
    const before = e.before ? (JSON.parse(e.before) as Values) : null
    const after = e.after ? (JSON.parse(e.after) as Values) : null
    const id = e.table_name === 'assessment' ? e.row_id : linkOwner(db, e, after ?? before)
    if (id === undefined) continue
    const move = moves.get(id) ?? blank(db, id, after ?? before)
    moves.set(id, move)
    if (e.table_name === 'assessment') {
      if (e.op === 'insert') seen.add(`${id}:severity`).add(`${id}:status`)
      for (const field of ['severity', 'status'] as const) track(move, seen, field, before)
      for (const what of assessmentWords(e.op, before, after)) move.changes.push({ at: e.at, batchId: e.batch, what })
    } else move.changes.push({ at: e.at, batchId: e.batch, what: linkWords(db, e, after ?? before) })
  }
  for (const v of versionsSince(db, since)) {
    const move = moves.get(v.assessmentId) ?? blank(db, v.assessmentId, null)
    moves.set(v.assessmentId, move)
    move.versions.push(v)
  }
  for (const m of moves.values()) {
    if (!seen.has(`${m.assessmentId}:severity`)) m.severity.from = m.severity.to
    if (!seen.has(`${m.assessmentId}:status`)) m.status.from = m.status.to
  }
  return [...moves.values()].sort((a, b) => lastAt(b).localeCompare(lastAt(a))).slice(0, limit)
}

function lastAt(m: AssessmentMove): string {
  return [...m.changes.map((c) => c.at), ...m.versions.map((v) => v.at)].sort().pop() ?? ''
}
