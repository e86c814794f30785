// The severity rubric of a theme: what each level 1-5 means. Themes may word each level their own way
// (theme.rubric_1..5, edited through logged edits); an empty level shows Lodestone's generic wording.
import type { AppliedEdit, Change } from '../../shared/api'
import type { ThemeRubric } from '../../shared/analysis'
import type { Db } from '../db/open'
import { applyBatch, type EditContext } from '../edits/apply'
import { EngineError } from '../errors'
import { readStored } from '../tables/write'

export const DEFAULT_RUBRIC: readonly string[] = [
  'Minor: the gap is small or closing; supply would carry on through a disruption. Monitor.',
  'Moderate: a visible gap with workable alternatives, and plans to close it that are on track.',
  'Significant: a real constraint; alternatives are few or slow, and action is needed within a few years.',
  'Severe: supply rests on one or two outside sources or on unproven plans; a disruption would stop production lines for months.',
  'Critical: no domestic capability and no diversified supply; a disruption would stop production for years.'
]

const COLUMNS = ['rubric_1', 'rubric_2', 'rubric_3', 'rubric_4', 'rubric_5'] as const

function themeRow(db: Db, themeId: number): Record<string, string | number | null> {
  const row = readStored(db, 'theme', themeId)
  if (!row) throw new EngineError('not_found', `There is no theme with id ${themeId}; it may have been deleted.`)
  return row
}

export function themeRubric(db: Db, themeId: number): ThemeRubric {
  const row = themeRow(db, themeId)
  return {
    themeId,
    themeName: String(row.name ?? ''),
    levels: COLUMNS.map((c, i) => {
      const own = typeof row[c] === 'string' && (row[c] as string).trim() !== '' ? (row[c] as string) : null
      return { level: i + 1, text: own ?? DEFAULT_RUBRIC[i]!, isDefault: own === null }
    })
  }
}

/** Set the wording of each level; null or empty falls back to the generic wording. One logged edit. */
export function setRubric(ctx: EditContext, themeId: number, levels: (string | null)[]): ThemeRubric & { applied: AppliedEdit } {
  const row = themeRow(ctx.db, themeId)
  const changes: Change[] = COLUMNS.flatMap((column, i) => {
    const text = levels[i]?.trim() ? (levels[i] as string).trim() : null
    return (row[column] ?? null) === text ? [] : [{ kind: 'update' as const, table: 'theme' as const, id: themeId, column, value: text }]
  })
  const applied = changes.length
    ? applyBatch(ctx, changes, `Edit the severity rubric of ${String(row.name)}`)
    : { batchId: 0, insertedIds: [], rows: [], deleted: [] }
  return { ...themeRubric(ctx.db, themeId), applied }
}
