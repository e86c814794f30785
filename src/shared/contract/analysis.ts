// The contract's part for gap assessments and indicators: the board, one assessment, status changes (which
// record versions), cited evidence, versions and diffs, "changed since", theme rubrics, computed indicators and
// conflicting figures. The output types live in ../analysis.ts.
import { z } from 'zod'
import {
  EVIDENCE_TABLES,
  INDICATOR_IDS,
  type AssessmentBoard,
  type AssessmentDetail,
  type AssessmentDiff,
  type AssessmentMove,
  type FigureConflict,
  type IndicatorDef,
  type IndicatorResult,
  type LinkResult,
  type SetStatusResult,
  type ThemeRubric,
  type VersionSummary
} from '../analysis'
import { changedByEdit, changedByResult, read, returns, write } from './method'
import { rowId, type AppliedEdit } from './primitives'

/** Parameters of a computed indicator: a few named scalars (which are allowed is checked per indicator). */
const indicatorParams = z.record(z.string().regex(/^[a-zA-Z]{1,32}$/), z.union([z.string().max(100), z.number().finite(), z.null()]))

export const analysisMethods = {
  'assessments.board': read(z.object({ includeRetired: z.boolean().default(false) }).strict(), returns<AssessmentBoard>()),
  'assessments.get': read(z.object({ id: rowId }).strict(), returns<AssessmentDetail>()),
  'assessments.setStatus': write(
    z
      .object({
        id: rowId,
        status: z.enum(['draft', 'reviewed', 'published']),
        note: z.string().max(2000).optional(),
        expectedVersion: z.number().int().positive().optional()
      })
      .strict(),
    returns<SetStatusResult>(),
    changedByResult
  ),
  'assessments.linkEvidence': write(
    z
      .object({
        assessmentId: rowId,
        target: z.union([
          z.object({ table: z.enum(EVIDENCE_TABLES).exclude(['computed_indicator']), id: rowId }).strict(),
          z.object({ indicator: z.enum(INDICATOR_IDS), params: indicatorParams }).strict()
        ]),
        note: z.string().max(10_000).optional()
      })
      .strict(),
    returns<LinkResult>(),
    changedByResult
  ),
  'assessments.unlinkEvidence': write(z.object({ linkId: rowId }).strict(), returns<AppliedEdit>(), changedByEdit),
  'assessments.versions': read(z.object({ id: rowId }).strict(), returns<VersionSummary[]>()),
  'assessments.diff': read(
    z.object({ id: rowId, from: rowId, to: z.union([rowId, z.literal('current')]).default('current') }).strict(),
    returns<AssessmentDiff>()
  ),
  'assessments.changedSince': read(
    z
      .object({ since: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'a date like 2026-03-01'), limit: z.number().int().min(1).max(1000).default(200) })
      .strict(),
    returns<AssessmentMove[]>()
  ),
  'themes.rubric': read(z.object({ themeId: rowId }).strict(), returns<ThemeRubric>()),
  'themes.setRubric': write(
    z.object({ themeId: rowId, levels: z.array(z.string().max(2000).nullable()).length(5) }).strict(),
    returns<ThemeRubric & { applied: AppliedEdit }>(),
    changedByResult
  ),
  'indicators.list': read(z.object({}).strict(), returns<IndicatorDef[]>()),
  'indicators.compute': read(z.object({ id: z.enum(INDICATOR_IDS), params: indicatorParams.default({}) }).strict(), returns<IndicatorResult>()),
  'indicators.computeAll': read(z.object({}).strict(), returns<IndicatorResult[]>()),
  'figures.conflicts': read(
    z.object({ observationId: rowId.optional(), countryId: rowId.optional(), indicatorId: rowId.optional() }).strict(),
    returns<FigureConflict[]>()
  ),
  'figures.prefer': write(
    z.object({ id: rowId, clear: z.boolean().default(false), over: z.array(rowId).max(50).default([]) }).strict(),
    returns<AppliedEdit>(),
    changedByEdit
  )
}
