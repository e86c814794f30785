// The change feed: every change to the open dataset reaches the renderer's data here, once. A write of this window
// tells it from the engine's answer (with the rows as they now are); any other change (another window or tab, an
// import ending, another file opened) from the engine's 'dataset.changed'. An event for a batch this window
// answered already is dropped; events that arrive while a write of ours is on its way wait for its answer, so the
// order never depends on which of the two the transport brings first. No timers, no request of its own.
import { kindOf, specOf, type AppliedEdit, type DatasetChange, type HistoryState, type Input, type Method, type Output } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'

export interface ChangeNotice {
  /** The tables the change touched; 'all' when not known (another file, the event stream back after a drop). */
  tables: ReadonlySet<TableName> | 'all'
  /** This window's write: the engine's answer, every row it touched as it now is. Null: a change from elsewhere. */
  applied: AppliedEdit | null
  /** The undo state after the change when the answer tells it; null: read it again. */
  history: HistoryState | null
  /** Rows may have been added or removed (counts, a grid's rows): false only for an edit that changed cells alone. */
  reshaped: boolean
  /** A write that announces no table change (a brief saved, a backup made): its domain, `briefs` for `briefs.update`. */
  domain: string | null
}

type Listener = (notice: ChangeNotice) => void

const listeners = new Set<Listener>()
/** Batches whose answer this window has handled (their event is dropped); the oldest go past this many. */
const handled = new Set<number>()
const HANDLED_KEPT = 500
const held: DatasetChange[] = []
let writing = 0

export function onChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Tells every listener; one that fails is reported and the others still hear (a write's answer is never lost to it). */
function publish(notice: ChangeNotice): void {
  for (const listener of [...listeners]) {
    try {
      listener(notice)
    } catch (e) {
      console.error('Lodestone: a view failed to follow a change', e)
    }
  }
}

/** Every table, nothing known about rows: what a reload of everything means. */
export function everything(): ChangeNotice {
  return { tables: 'all', applied: null, history: null, reshaped: true, domain: null }
}

/** The applied edit inside a write's answer: the answer itself, or its `applied`. */
function appliedOf(output: unknown): AppliedEdit | null {
  if (!output || typeof output !== 'object') return null
  if ('batchId' in output && 'rows' in output) return output as AppliedEdit
  const inner = (output as { applied?: unknown }).applied
  return inner && typeof inner === 'object' && 'rows' in inner ? (inner as AppliedEdit) : null
}

/** The undo state a write's answer implies: undo and redo answer it; a labelled edit becomes the step to undo. */
function historyAfter(method: Method, input: unknown, output: unknown): HistoryState | null {
  if (method === 'history.undo' || method === 'history.redo') {
    const { canUndo, canRedo, undoLabel, redoLabel } = output as Output<'history.undo'>
    return { canUndo, canRedo, undoLabel, redoLabel }
  }
  const label = method === 'edits.apply' ? (input as Input<'edits.apply'>).label : undefined
  return label ? { canUndo: true, canRedo: false, undoLabel: label, redoLabel: null } : null
}

/** Whether a write may have added or removed rows: yes unless it is an edit of cells alone (an undo may bring rows back). */
function reshapes(method: Method, input: unknown, applied: AppliedEdit | null): boolean {
  if (!applied || method !== 'edits.apply') return true
  const cellsOnly = (input as Input<'edits.apply'>).changes.every((c) => c.kind === 'update')
  return !cellsOnly || applied.insertedIds.length > 0 || applied.deleted.length > 0 || (applied.bulkTables?.length ?? 0) > 0
}

/** A write or job is on its way: events wait for its answer. */
export function writeStarted(): void {
  writing += 1
}

/** Its answer (undefined when it failed): announce what it changed, then let the held events through. */
export function writeEnded(method: Method, input: unknown, output?: unknown): void {
  try {
    if (output !== undefined) announceAnswer(method, input, output)
  } finally {
    writing -= 1
    if (writing === 0) for (const change of held.splice(0)) changeEvent(change)
  }
}

function announceAnswer(method: Method, input: unknown, output: unknown): void {
  const spec = specOf(method)
  const parsed = spec.changed ? spec.input.safeParse(input ?? {}) : null
  const change = parsed?.success ? spec.changed!(output, parsed.data) : null
  if (!change) {
    publish({ tables: new Set(), applied: null, history: null, reshaped: false, domain: method.split('.')[0]! })
    return
  }
  handled.add(change.batchId)
  if (handled.size > HANDLED_KEPT) handled.delete(handled.values().next().value!)
  const applied = appliedOf(output)
  publish({ tables: new Set(change.tables), applied, history: historyAfter(method, input, output), reshaped: reshapes(method, input, applied), domain: null })
}

/** The engine's 'dataset.changed'. */
export function changeEvent(change: DatasetChange): void {
  if (writing > 0) {
    held.push(change)
    return
  }
  if (handled.delete(change.batchId)) return
  publish(change.batchId === 0 ? everything() : { tables: new Set(change.tables), applied: null, history: null, reshaped: true, domain: null })
}

/** Another file is open, or the event stream came back (events may have been missed): everything is stale. */
export function reloadAll(): void {
  publish(everything())
}

/** Whether the write path should be followed for this method (writes and jobs; reads change nothing). */
export function changesData(method: Method): boolean {
  return kindOf(method) !== 'read'
}
