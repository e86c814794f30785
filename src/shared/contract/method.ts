// How a contract method is declared: its kind, its input's zod schema and its output type, in one place.
//   read   changes nothing: runs at once, on a read-only dataset too.
//   write  changes the open dataset: refused on a read-only one, waits for the integrity check, and (when it
//          says how) announces the tables its applied change touched as `dataset.changed`.
//   job    file-level or long work (import, backups, open, save as, exports): waits for the integrity check;
//          refused on a read-only dataset only when it says `refusedReadOnly`.
// The engine applies these rules in engine.call; handlers hold none of them.
import type { z } from 'zod'
import type { TableName } from '../schema'
import { tablesOf, type AppliedEdit } from './primitives'

export type MethodKind = 'read' | 'write' | 'job'

/** Who caused a change, as `dataset.changed` and the history tell. */
export type ChangeOrigin = 'user' | 'undo' | 'redo' | 'import' | 'system'
/** The payload of `dataset.changed`: the batch and the tables it touched. */
export interface DatasetChange {
  batchId: number
  tables: TableName[]
  origin: ChangeOrigin
}

/** The output type of a method, carried by the type system only (`returns<T>()` is an empty object at run time). */
export interface Returns<T> {
  readonly __returns?: T
}
export function returns<T>(): Returns<T> {
  return {}
}

export interface MethodSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O = unknown, K extends MethodKind = MethodKind> {
  kind: K
  input: I
  output: Returns<O>
  /** Writes: the change to announce, from the answer (null: nothing changed). */
  changed?(output: O, input: z.output<I>): DatasetChange | null
  /** Jobs: refuse on a read-only dataset (import, backups). */
  refusedReadOnly?: boolean
}

export function read<I extends z.ZodTypeAny, O>(input: I, output: Returns<O>): MethodSpec<I, O, 'read'> {
  return { kind: 'read', input, output }
}
export function write<I extends z.ZodTypeAny, O>(
  input: I,
  output: Returns<O>,
  changed?: (output: O, input: z.output<I>) => DatasetChange | null
): MethodSpec<I, O, 'write'> {
  return changed ? { kind: 'write', input, output, changed } : { kind: 'write', input, output }
}
export function job<I extends z.ZodTypeAny, O>(input: I, output: Returns<O>, options: { refusedReadOnly?: boolean } = {}): MethodSpec<I, O, 'job'> {
  return { kind: 'job', input, output, ...options }
}

/** The change an applied edit made (null when it made none). */
export function appliedChange(applied: AppliedEdit | null, origin: ChangeOrigin = 'user'): DatasetChange | null {
  return applied && applied.batchId ? { batchId: applied.batchId, tables: tablesOf(applied), origin } : null
}
/** For writes answering an applied edit. */
export const changedByEdit = (applied: AppliedEdit): DatasetChange | null => appliedChange(applied)
/** For writes answering `{ applied, ... }`. */
export const changedByResult = (result: { applied: AppliedEdit | null }): DatasetChange | null => appliedChange(result.applied)

export type OutputOf<S extends { output: unknown }> = S['output'] extends Returns<infer O> ? O : never
