// Contract handlers for gap assessments: the board, one assessment with live evidence and versions, status
// changes that record versions, citing and un-citing evidence, diffs, "changed since", and theme rubrics.
// Every write goes through edits (logged, undoable); the engine announces it as a dataset change.
import type { HandlerContext, Handlers } from '../handlerContext'
import { getRow } from '../tables/query'
import { board } from './board'
import { changedSince } from './changes'
import { diffVersions } from './diff'
import { linkEvidence, listEvidence, unlinkEvidence } from './evidence'
import { setRubric, themeRubric } from './rubric'
import { setStatus } from './status'
import { editedSinceVersion, listVersions } from './versions'

type AssessmentHandlers = Pick<
  Handlers,
  | 'assessments.board'
  | 'assessments.get'
  | 'assessments.setStatus'
  | 'assessments.linkEvidence'
  | 'assessments.unlinkEvidence'
  | 'assessments.versions'
  | 'assessments.diff'
  | 'assessments.changedSince'
  | 'themes.rubric'
  | 'themes.setRubric'
>

export function assessmentHandlers(ctx: HandlerContext): AssessmentHandlers {
  const edit = { db: ctx.db, actor: ctx.actor }
  return {
    'assessments.board': (input) => board(ctx.db, input.includeRetired),
    'assessments.get': (input) => {
      const assessment = getRow(ctx.db, 'assessment', input.id)
      return {
        assessment,
        rubric: themeRubric(ctx.db, Number(assessment.theme_id)),
        evidence: listEvidence(ctx.db, input.id),
        versions: listVersions(ctx.db, input.id),
        editedSinceVersion: editedSinceVersion(ctx.db, input.id)
      }
    },
    'assessments.setStatus': (input) => setStatus(edit, input),
    'assessments.linkEvidence': (input) => linkEvidence(edit, input.assessmentId, input.target, input.note),
    'assessments.unlinkEvidence': (input) => unlinkEvidence(edit, input.linkId),
    'assessments.versions': (input) => {
      getRow(ctx.db, 'assessment', input.id)
      return listVersions(ctx.db, input.id)
    },
    'assessments.diff': (input) => diffVersions(ctx.db, input.id, input.from, input.to),
    'assessments.changedSince': (input) => changedSince(ctx.db, input.since, input.limit),
    'themes.rubric': (input) => themeRubric(ctx.db, input.themeId),
    'themes.setRubric': (input) => setRubric(edit, input.themeId, input.levels)
  }
}
