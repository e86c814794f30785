// The contract's part for tables, rows, edits and their history: app info, the table list, a page of a view,
// one row, lookups for reference pickers, applying a batch of changes, undo and redo, and a row's history.
import { z } from 'zod'
import type { TableName } from '../schema'
import { appliedChange, changedByEdit, read, returns, write, type ChangeOrigin } from './method'
import { change, filter, rowId, sort, tableName, type AppliedEdit, type Row } from './primitives'

export interface AppInfo {
  appVersion: string
  datasetPath: string
  datasetName: string
  sizeBytes: number
  schemaVersion: number
  readOnly: boolean
  host: 'electron' | 'web' | 'cli' | 'test'
}
export interface TableSummary {
  name: TableName
  label: string
  group: 'data' | 'reference' | 'analysis'
  rowCount: number
}
export interface Page {
  /** Rows with every column; reference columns also carry `<column>__label` with the referenced row's label. */
  rows: Row[]
  total: number
}
export interface LookupItem {
  id: number
  label: string
  detail: string
}
export interface HistoryState {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}
export interface UndoResult extends HistoryState {
  applied: AppliedEdit | null
  label: string | null
}
export interface RowChange {
  batchId: number
  at: string
  actor: string
  label: string
  origin: ChangeOrigin
  op: 'insert' | 'update' | 'delete'
  column: string | null
  before: string | number | null
  after: string | number | null
}

const none = z.object({}).strict()

export const tableMethods = {
  'app.info': read(none, returns<AppInfo>()),
  'tables.list': read(none, returns<TableSummary[]>()),
  'rows.page': read(
    z
      .object({
        table: tableName,
        offset: z.number().int().min(0).max(100_000_000),
        limit: z.number().int().min(1).max(5000),
        sort: z.array(sort).max(4).default([]),
        filters: z.array(filter).max(32).default([])
      })
      .strict(),
    returns<Page>()
  ),
  'rows.get': read(z.object({ table: tableName, id: rowId }).strict(), returns<Row>()),
  'rows.lookup': read(
    z.object({ table: tableName, query: z.string().max(200), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    returns<LookupItem[]>()
  ),
  'edits.apply': write(
    z.object({ label: z.string().max(200).optional(), changes: z.array(change).min(1).max(200_000) }).strict(),
    returns<AppliedEdit>(),
    changedByEdit
  ),
  'history.state': read(none, returns<HistoryState>()),
  'history.undo': write(none, returns<UndoResult>(), (out) => appliedChange(out.applied, 'undo')),
  'history.redo': write(none, returns<UndoResult>(), (out) => appliedChange(out.applied, 'redo')),
  'history.forRow': read(z.object({ table: tableName, id: rowId, limit: z.number().int().min(1).max(500).default(50) }).strict(), returns<RowChange[]>())
}
