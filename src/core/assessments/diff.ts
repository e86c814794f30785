// The difference between two versions of an assessment (or a version and the assessment as it is now):
// changed fields (severity, trend, status, ...), a word-level diff of rationale and recommendations, and the
// evidence added, removed or changed (note edited, value moved, row deleted).
import type { AssessmentDiff, AssessmentSnapshot, FieldChange, SnapshotEvidence, TextChange } from '../../shared/analysis'
import { columnDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { wordDiff } from './textDiff'
import { snapshotOf, versionSnapshot } from './versions'

const TEXT_FIELDS = ['rationale', 'recommendations'] as const
const PLAIN_FIELDS = ['title', 'severity', 'confidence', 'trend', 'status', 'as_of', 'author', 'summary'] as const

function label(field: string): string {
  return columnDef('assessment', field)?.label ?? field
}

function fieldChanges(a: AssessmentSnapshot, b: AssessmentSnapshot): FieldChange[] {
  const changes: FieldChange[] = PLAIN_FIELDS.filter((f) => (a.fields[f] ?? null) !== (b.fields[f] ?? null)).map((f) => ({
    field: f,
    label: label(f),
    from: a.fields[f] ?? null,
    to: b.fields[f] ?? null
  }))
  if (a.country !== b.country) changes.push({ field: 'country_id', label: 'Country', from: a.country, to: b.country })
  if (a.theme !== b.theme) changes.push({ field: 'theme_id', label: 'Theme', from: a.theme, to: b.theme })
  return changes
}

function textChanges(a: AssessmentSnapshot, b: AssessmentSnapshot): TextChange[] {
  return TEXT_FIELDS.filter((f) => (a.fields[f] ?? '') !== (b.fields[f] ?? '')).map((f) => ({
    field: f,
    label: label(f),
    parts: wordDiff(String(a.fields[f] ?? ''), String(b.fields[f] ?? ''))
  }))
}

const keyOf = (e: SnapshotEvidence): string => `${e.table}:${e.targetId}`

function evidenceChange(before: SnapshotEvidence, after: SnapshotEvidence): string | undefined {
  const what: string[] = []
  if (!before.missing && after.missing) what.push('the cited row was deleted')
  if (before.missing && !after.missing) what.push('the cited row is back')
  if ((before.note ?? '') !== (after.note ?? '')) what.push('note edited')
  if (!after.missing && !before.missing && (before.value !== after.value || before.unit !== after.unit)) {
    what.push(`value ${String(before.value ?? 'none')} ${before.unit ?? ''} → ${String(after.value ?? 'none')} ${after.unit ?? ''}`.replace(/\s+/g, ' ').trim())
  }
  return what.length ? what.join('; ') : undefined
}

export function diffSnapshots(
  assessmentId: number,
  a: AssessmentSnapshot,
  b: AssessmentSnapshot,
  from: AssessmentDiff['from'],
  to: AssessmentDiff['to']
): AssessmentDiff {
  const before = new Map(a.evidence.map((e) => [keyOf(e), e]))
  const after = new Map(b.evidence.map((e) => [keyOf(e), e]))
  const evidenceChanged = b.evidence.flatMap((e) => {
    const old = before.get(keyOf(e))
    const what = old ? evidenceChange(old, e) : undefined
    return old && what ? [{ before: old, after: e, what }] : []
  })
  const diff = {
    assessmentId,
    from,
    to,
    fields: fieldChanges(a, b),
    texts: textChanges(a, b),
    evidenceAdded: b.evidence.filter((e) => !before.has(keyOf(e))),
    evidenceRemoved: a.evidence.filter((e) => !after.has(keyOf(e))),
    evidenceChanged
  }
  const unchanged = !diff.fields.length && !diff.texts.length && !diff.evidenceAdded.length && !diff.evidenceRemoved.length && !evidenceChanged.length
  return { ...diff, unchanged }
}

/** Diff version `fromId` against version `to`, or against the assessment as it is now. */
export function diffVersions(db: Db, assessmentId: number, fromId: number, to: number | 'current'): AssessmentDiff {
  if (to !== 'current' && to === fromId) throw new EngineError('invalid_input', 'Pick two different versions to compare.')
  const a = versionSnapshot(db, assessmentId, fromId)
  const fromLabel = { versionId: fromId, label: `version ${a.summary.number} (${a.summary.status}, ${a.summary.at.slice(0, 10)})` }
  if (to === 'current') return diffSnapshots(assessmentId, a.snapshot, snapshotOf(db, assessmentId), fromLabel, { versionId: null, label: 'now' })
  const b = versionSnapshot(db, assessmentId, to)
  return diffSnapshots(assessmentId, a.snapshot, b.snapshot, fromLabel, {
    versionId: to,
    label: `version ${b.summary.number} (${b.summary.status}, ${b.summary.at.slice(0, 10)})`
  })
}
