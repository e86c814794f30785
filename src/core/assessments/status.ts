// Moving an assessment between draft, reviewed and published. The status change is a logged edit, and marking
// it reviewed or published records a version in the same transaction, so the two never drift apart. A
// judgement without a severity cannot be reviewed or published.
import type { SetStatusResult } from '../../shared/analysis'
import { applyBatch, type EditContext } from '../edits/apply'
import { EngineError } from '../errors'
import { readStored } from '../tables/write'
import { editedSinceVersion, listVersions, recordVersion } from './versions'

export interface StatusInput {
  id: number
  status: 'draft' | 'reviewed' | 'published'
  note?: string
  expectedVersion?: number
}

function check(ctx: EditContext, input: StatusInput): { title: string } {
  const row = readStored(ctx.db, 'assessment', input.id)
  if (!row) throw new EngineError('not_found', `There is no assessment with id ${input.id}; it may have been deleted.`)
  const title = String(row.title)
  if (input.status !== 'draft' && (row.severity === null || row.severity === undefined)) {
    const message = `"${title}" has no severity yet: set one (1-5) before marking it ${input.status}.`
    throw new EngineError('validation', `${message} Nothing was changed.`, {
      problems: [{ change: 0, table: 'assessment', id: input.id, column: 'severity', message }]
    })
  }
  const last = listVersions(ctx.db, input.id)[0]
  if (input.status !== 'draft' && row.status === input.status && last && !editedSinceVersion(ctx.db, input.id)) {
    throw new EngineError('validation', `"${title}" is already ${input.status} and unchanged since version ${last.number}; no new version was recorded.`)
  }
  return { title }
}

export function setStatus(ctx: EditContext, input: StatusInput): SetStatusResult {
  return ctx.db.transaction(() => {
    const { title } = check(ctx, input)
    const word = input.status === 'draft' ? 'Return to draft' : input.status === 'reviewed' ? 'Mark reviewed' : 'Publish'
    const applied = applyBatch(
      ctx,
      [{ kind: 'update', table: 'assessment', id: input.id, column: 'status', value: input.status, expectedVersion: input.expectedVersion }],
      `${word}: ${title}`
    )
    const note = input.note?.trim() ? input.note.trim() : null
    const version =
      input.status === 'draft' ? null : recordVersion(ctx.db, input.id, { status: input.status, note, author: ctx.actor, batchId: applied.batchId || null })
    return { applied, version }
  })()
}
