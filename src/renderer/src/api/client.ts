// The typed client: `call('rows.page', {...})` resolves to that method's output or throws an ApiCallError
// carrying the contract's ApiError. Every renderer request goes through here; nothing else touches the transport.
// The 'dataset.changed' events and the stream coming back go to the change feed from here too (followChanges).
import type { ApiError, CellProblem, EventName, Events, Input, Method, Output } from '../../../shared/api'
import { changeEvent, changesData, reloadAll, writeEnded, writeStarted } from '../data/changes'
import { getTransport } from './transport'

export class ApiCallError extends Error {
  readonly error: ApiError
  readonly method: Method

  constructor(method: Method, error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.error = error
    this.method = method
  }

  get code(): ApiError['code'] {
    return this.error.code
  }

  get problems(): CellProblem[] {
    return this.error.details?.problems ?? []
  }
}

/** Writes and jobs tell the change feed (data/changes.ts) what their answer changed, before their caller hears it. */
export async function call<M extends Method>(method: M, args: Input<M>): Promise<Output<M>> {
  const writes = changesData(method)
  if (writes) writeStarted()
  let answer: Output<M> | undefined
  try {
    const result = await getTransport().call(method, args)
    if (!result.ok) throw new ApiCallError(method, result.error)
    answer = result.value as Output<M>
    return answer
  } finally {
    if (writes) writeEnded(method, args, answer)
  }
}

export function onEvent<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void {
  return getTransport().on(event, callback)
}

export function onReconnect(callback: () => void): () => void {
  return getTransport().onReconnect(callback)
}

/** Feeds the engine's change events to the change feed, for as long as the app runs (App calls it once). */
export function followChanges(): () => void {
  const offChanged = onEvent('dataset.changed', changeEvent)
  const offReconnect = onReconnect(reloadAll)
  return () => {
    offChanged()
    offReconnect()
  }
}

/** The sentence to show for any failure: the engine's own words when it gave them. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiCallError) return e.problems[0]?.message ?? e.message
  if (e instanceof Error) return e.message
  return String(e)
}
