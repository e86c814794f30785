// The handler map: one function per contract method, each taking the already-validated input.
// `Handlers` is derived from the contract, so a method without a handler (or the reverse) fails typecheck.
import fs from 'node:fs'
import path from 'node:path'
import type { AppInfo, Method, Output, ParsedInput } from '../shared/api'
import type { Db } from './db/open'
import { SCHEMA_VERSION } from './db/migrations'
import { EngineError } from './errors'
import type { EventHub } from './events'
import { applyBatch, type EditContext } from './edits/apply'
import { BIG_REPLAY_ROWS, historyState, redo, rowHistory, rowsOfNext, undo } from './edits/history'
import { getRow, lookupRows } from './tables/query'
import type { TableName } from '../shared/schema'
import type { AppliedEdit, RowChange, UndoResult } from '../shared/api'
import { fileHandlers } from './datasets/handlers'
import type { DatasetControl } from './datasets/control'
import { briefHandlers } from './briefs/handlers'
import type { HostPorts } from './briefs/printer'
import { assessmentHandlers } from './assessments/handlers'
import { indicatorHandlers } from './indicators/handlers'
import { gridHandlers } from './grid/handlers'
import { readViewPage } from './grid/pages'
import { listTablesCounted } from './grid/counts'

export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> }

export interface HandlerContext {
  db: Db
  events: EventHub
  info: Pick<AppInfo, 'appVersion' | 'datasetPath' | 'host' | 'readOnly'>
  actor: string
  /** Engine-level services for dataset files, backups and import jobs (absent in bare handler tests). */
  control?: DatasetControl
  /** Host services for briefs and exports: the PDF printer and the desktop's save dialog. */
  ports?: HostPorts
}

function fileSize(file: string): number {
  const size = (p: string): number => (fs.existsSync(p) ? fs.statSync(p).size : 0)
  return size(file) + size(`${file}-wal`)
}

function tablesOf(applied: AppliedEdit): TableName[] {
  return [...new Set([...applied.rows.map((r) => r.table), ...applied.deleted.map((d) => d.table), ...(applied.bulkTables ?? [])])]
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const edit: EditContext = { db: ctx.db, actor: ctx.actor }
  const writable = (): void => {
    if (ctx.info.readOnly) throw new EngineError('read_only', 'This dataset is open read-only, so it cannot be changed. Open a copy to edit it.')
  }
  const announce = (applied: AppliedEdit | null, origin: RowChange['origin']): void => {
    if (applied && applied.batchId) ctx.events.emit('dataset.changed', { batchId: applied.batchId, tables: tablesOf(applied), origin })
  }

  /** Undo or redo; a big one (a bulk import, a 100,000-cell paste) runs in the worker, off the UI thread. */
  const replay = async (direction: 'backward' | 'forward'): Promise<UndoResult> => {
    writable()
    const control = ctx.control
    const result =
      control && rowsOfNext(ctx.db, direction) >= BIG_REPLAY_ROWS
        ? await control.jobs.replay({ kind: 'replay', datasetPath: ctx.info.datasetPath, direction, actor: ctx.actor, nativeBinding: control.nativeBinding })
        : direction === 'backward'
          ? undo(edit)
          : redo(edit)
    announce(result.applied, direction === 'backward' ? 'undo' : 'redo')
    return result
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
    'edits.apply': (input) => {
      writable()
      const applied = applyBatch(edit, input.changes, input.label)
      announce(applied, 'user')
      return applied
    },
    'history.state': () => historyState(ctx.db),
    'history.undo': () => replay('backward'),
    'history.redo': () => replay('forward'),
    'history.forRow': (input) => rowHistory(ctx.db, input.table, input.id, input.limit),
    ...fileHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...indicatorHandlers(ctx),
    ...briefHandlers(ctx),
    ...gridHandlers(ctx)
  }
}
