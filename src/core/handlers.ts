// The handler map: one function per contract method, each taking the already-validated input and doing only its
// own work. The rules every method shares (read-only refusal, waiting for the integrity check, announcing the
// change) are the engine's (engine.ts), from each method's kind in the contract.
import fs from 'node:fs'
import path from 'node:path'
import type { UndoResult } from '../shared/api'
import { SCHEMA_VERSION } from './db/migrations'
import { applyBatch, type EditContext } from './edits/apply'
import { BIG_REPLAY_ROWS, historyState, redo, rowHistory, rowsOfNext, undo } from './edits/history'
import { getRow, lookupRows } from './tables/query'
import type { HandlerContext, Handlers } from './handlerContext'
import { fileHandlers } from './datasets/handlers'
import { briefHandlers } from './briefs/handlers'
import { assessmentHandlers } from './assessments/handlers'
import { indicatorHandlers } from './indicators/handlers'
import { gridHandlers } from './grid/handlers'
import { scenarioHandlers } from './scenarios/handlers'
import { readViewPage } from './grid/pages'
import { listTablesCounted } from './grid/counts'

export type { HandlerContext, Handlers } from './handlerContext'

function fileSize(file: string): number {
  const size = (p: string): number => (fs.existsSync(p) ? fs.statSync(p).size : 0)
  return size(file) + size(`${file}-wal`)
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const edit: EditContext = { db: ctx.db, actor: ctx.actor }

  /** Undo or redo; a big one (a bulk import, a 100,000-cell paste) runs in the worker, off the UI thread. */
  const replay = async (direction: 'backward' | 'forward'): Promise<UndoResult> => {
    const control = ctx.control
    return control && rowsOfNext(ctx.db, direction) >= BIG_REPLAY_ROWS
      ? await control.jobs.replay({ kind: 'replay', datasetPath: ctx.info.datasetPath, direction, actor: ctx.actor, nativeBinding: control.nativeBinding })
      : direction === 'backward'
        ? undo(edit)
        : redo(edit)
  }

  return {
    'app.info': () => ({
      ...ctx.info,
      datasetName: path.basename(ctx.info.datasetPath),
      sizeBytes: fileSize(ctx.info.datasetPath),
      schemaVersion: SCHEMA_VERSION
    }),
    'tables.list': () => listTablesCounted(ctx.db),
    'rows.page': (input) => readViewPage(ctx.db, input, ctx.control?.orderIds),
    'rows.get': (input) => getRow(ctx.db, input.table, input.id),
    'rows.lookup': (input) => lookupRows(ctx.db, input.table, input.query, input.limit),
    'edits.apply': (input) => applyBatch(edit, input.changes, input.label),
    'history.state': () => historyState(ctx.db),
    'history.undo': () => replay('backward'),
    'history.redo': () => replay('forward'),
    'history.forRow': (input) => rowHistory(ctx.db, input.table, input.id, input.limit),
    ...fileHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...indicatorHandlers(ctx),
    ...briefHandlers(ctx),
    ...gridHandlers(ctx),
    ...scenarioHandlers(ctx)
  }
}
