// An assessment's evidence: the links (assessment_evidence rows) resolved live, and citing or un-citing a row
// or a computed indicator. Linking checks the row exists and is not already cited, then inserts the link
// through edits (logged and undoable), so a refused link changes nothing.
import type { AppliedEdit } from '../../shared/api'
import type { EvidenceItem, EvidenceTable, IndicatorId, IndicatorParams } from '../../shared/analysis'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { applyBatch, type EditContext } from '../edits/apply'
import { EngineError } from '../errors'
import { groupOf, valuesDiffer } from '../indicators/conflicts'
import { figureById } from '../indicators/figures'
import { prepared } from '../tables/statements'
import { describeTarget, targetExists } from './describe'
import { pinIndicator } from './pins'

interface LinkRow {
  id: number
  assessment_id: number
  target_table: EvidenceTable
  target_id: number
  note: string | null
  version: number
}

function linksOf(db: Db, assessmentId: number): LinkRow[] {
  return prepared(db, 'SELECT id, assessment_id, target_table, target_id, note, version FROM assessment_evidence WHERE assessment_id = ? ORDER BY id').all(
    assessmentId
  ) as LinkRow[]
}

function linkById(db: Db, id: number): LinkRow | undefined {
  return prepared(db, 'SELECT id, assessment_id, target_table, target_id, note, version FROM assessment_evidence WHERE id = ?').get(id) as LinkRow | undefined
}

function inConflict(db: Db, link: LinkRow): boolean {
  if (link.target_table !== 'observation') return false
  const f = figureById(db, link.target_id)
  if (!f) return false
  const group = groupOf(db, f)
  return group.length > 1 && valuesDiffer(group)
}

function toItem(db: Db, link: LinkRow): EvidenceItem {
  const d = describeTarget(db, link.target_table, link.target_id)
  return {
    linkId: link.id,
    linkVersion: link.version,
    table: link.target_table,
    targetId: link.target_id,
    note: link.note,
    ...d,
    conflict: inConflict(db, link)
  }
}

export function listEvidence(db: Db, assessmentId: number): EvidenceItem[] {
  return linksOf(db, assessmentId).map((l) => toItem(db, l))
}

export function assessmentTitle(db: Db, id: number): string {
  const row = prepared(db, 'SELECT title FROM assessment WHERE id = ?').get(id) as { title: string } | undefined
  if (!row) throw new EngineError('not_found', `There is no assessment with id ${id}; it may have been deleted.`)
  return row.title
}

export type LinkTarget = { table: Exclude<EvidenceTable, 'computed_indicator'>; id: number } | { indicator: IndicatorId; params: IndicatorParams }

function resolveTarget(db: Db, target: LinkTarget): { table: EvidenceTable; id: number } {
  if ('indicator' in target) return { table: 'computed_indicator', id: pinIndicator(db, target.indicator, target.params).id }
  if (!targetExists(db, target.table, target.id)) {
    const def = tableDef(target.table)
    throw new EngineError(
      'validation',
      `There is no ${def.singular} with id ${target.id} to cite as evidence; pick a row that exists in ${def.label}. Nothing was changed.`
    )
  }
  return target
}

export function linkEvidence(
  ctx: EditContext,
  assessmentId: number,
  target: LinkTarget,
  note: string | undefined
): { applied: AppliedEdit; item: EvidenceItem } {
  const { db } = ctx
  return db.transaction(() => {
    const title = assessmentTitle(db, assessmentId)
    const { table, id } = resolveTarget(db, target)
    const label = describeTarget(db, table, id).label
    if (linksOf(db, assessmentId).some((l) => l.target_table === table && l.target_id === id)) {
      throw new EngineError('validation', `${label} is already cited as evidence for "${title}". Edit its note instead. Nothing was changed.`)
    }
    const applied = applyBatch(
      ctx,
      [
        {
          kind: 'insert',
          table: 'assessment_evidence',
          values: { assessment_id: assessmentId, target_table: table, target_id: id, note: note?.trim() ? note.trim() : null }
        }
      ],
      `Cite ${label} as evidence for "${title}"`
    )
    const link = linkById(db, applied.insertedIds[0]!)!
    return { applied, item: toItem(db, link) }
  })()
}

export function unlinkEvidence(ctx: EditContext, linkId: number): AppliedEdit {
  const link = linkById(ctx.db, linkId)
  if (!link) throw new EngineError('not_found', `There is no evidence link with id ${linkId}; it may already have been removed.`)
  const title = assessmentTitle(ctx.db, link.assessment_id)
  const label = describeTarget(ctx.db, link.target_table, link.target_id).label
  return applyBatch(ctx, [{ kind: 'delete', table: 'assessment_evidence', id: linkId }], `Remove evidence ${label} from "${title}"`)
}
