// THE contract between the UI and the engine: every method once, each declared in its capability's file with its
// kind (read, write, job; see method.ts), the zod schema of its input and the type of its output. The engine
// implements exactly this map (a missing or extra handler fails typecheck) and applies the kinds' rules itself.
// Electron IPC and the browser host both carry `{method, args}` and return `{ok, value}` or `{ok: false, error}`.
// A new capability adds one file of the same shape (`export const xMethods = { 'x.y': read(schema, returns<T>()) }`)
// and spreads it below.
import type { z } from 'zod'
import { analysisMethods } from './analysis'
import { briefMethods } from './briefs'
import type { ApiError } from './errors'
import { fileMethods } from './files'
import { gridMethods } from './grids'
import type { MethodKind, MethodSpec, OutputOf } from './method'
import { tableMethods } from './tables'
import { scenarioMethods } from './scenarios'

export const methods = {
  ...tableMethods,
  // --- assessments and indicators
  ...analysisMethods,
  // --- import, dataset files and backups
  ...fileMethods,
  // --- briefs and exports
  ...briefMethods,
  // --- grids: find, search, column state
  ...gridMethods,
  // --- supply-coverage scenarios
  ...scenarioMethods
}
const everySpec: Record<string, MethodSpec> = methods

export type Methods = typeof methods
export type Method = keyof Methods
export type Input<M extends Method> = z.input<Methods[M]['input']>
export type ParsedInput<M extends Method> = z.output<Methods[M]['input']>
export type Output<M extends Method> = OutputOf<Methods[M]>
export type Outputs = { [M in Method]: Output<M> }
/** The methods of one kind, as a type: `MethodOf<'write'>`. */
export type MethodOf<K extends MethodKind> = { [M in Method]: Methods[M]['kind'] extends K ? M : never }[Method]

/** Each method's input schema, by name (what the engine validates with). */
export const inputs = Object.fromEntries(Object.entries(methods).map(([name, spec]) => [name, spec.input])) as { [M in Method]: Methods[M]['input'] }

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name)
}
export function kindOf(method: Method): MethodKind {
  return everySpec[method]!.kind
}
/** The methods of one kind, in contract order. */
export function methodsOfKind(kind: MethodKind): Method[] {
  return (Object.keys(methods) as Method[]).filter((m) => everySpec[m]!.kind === kind)
}
/** The method's declaration (kind, schema, how its change is announced). */
export function specOf(method: Method): MethodSpec {
  return everySpec[method]!
}

export type CallResult<M extends Method> = { ok: true; value: Output<M> } | { ok: false; error: ApiError }
