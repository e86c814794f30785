// createEngine(datasetPath): opens (or creates) a dataset and binds every contract method to its handler.
// The one entry point that hosts (Electron main, browser host, CLI, tests) use: call(method, args) never throws;
// it parses the input with the contract's zod schema first, and answers {ok, value} or {ok: false, error}.
import { inputs, isMethod, type AppInfo, type CallResult, type EventName, type Events, type Method } from '../shared/api'
import { EngineError } from './errors'
import type { Db } from './db/open'
import { createHandlers } from './handlers'
import { EventHub } from './events'
import { openSession } from './datasets/session'
import type { Runner } from './io/runners'
import type { HostPorts } from './briefs/printer'

export interface EngineOptions {
  datasetPath: string
  host: AppInfo['host']
  /** When the file does not exist: build it from the starter CSVs in starterDir, create it empty, or refuse. */
  createIfMissing?: 'starter' | 'empty' | false
  starterDir?: string
  nativeBinding?: string
  readOnly?: boolean
  actor?: string
  appVersion?: string
  /** Host services for briefs and exports (printer, save dialog). */
  ports?: HostPorts
  /** Take the single-writer lock (`<file>.lock`); when another live instance holds it, open read-only. */
  lock?: boolean
  /** The host's settings folder, for the recent-files list (none: the list lives in memory). */
  stateDir?: string
  /** How import tasks run (default: the built worker thread when present, else inline). */
  runner?: Runner
}

export interface Engine {
  readonly datasetPath: string
  call(method: string, args: unknown): Promise<CallResult<Method>>
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void
  /** Every event by name, for hosts that forward them all to the UI. */
  onAny(callback: <E extends EventName>(event: E, payload: Events[E]) => void): () => void
  close(): void
  /** The open connection, for hosts' own maintenance (checkpoint on quit) and for tests. */
  readonly db: Db
}

export function createEngine(options: EngineOptions): Engine {
  const events = new EventHub()
  // The session owns the open file and rebuilds the handlers whenever another file is opened (or restored).
  const session = openSession(options, events, (db, info, control) =>
    createHandlers({
      db,
      events,
      info,
      actor: options.actor ?? 'analyst',
      ports: options.ports,
      control
    })
  )

  async function call(method: string, args: unknown): Promise<CallResult<Method>> {
    if (!isMethod(method)) return { ok: false, error: { code: 'unknown_method', message: `There is no method called "${String(method).slice(0, 80)}".` } }
    const parsed = inputs[method].safeParse(args ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      return {
        ok: false,
        error: { code: 'invalid_input', message: `The request to ${method} was not understood${where}: ${issue?.message ?? 'invalid input'}.` }
      }
    }
    try {
      await session.ready(method)
      const handler = session.handlers[method] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value } as CallResult<Method>
    } catch (e) {
      if (e instanceof EngineError) return { ok: false, error: e.toApiError() }
      if ((e as { code?: string }).code === 'SQLITE_BUSY')
        return {
          ok: false,
          error: { code: 'conflict', message: 'The dataset is busy: an import is being written to it. Try again when it has finished; nothing was changed.' }
        }
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${(e as Error).message}. Nothing was changed.` } }
    }
  }

  return {
    get datasetPath() {
      return session.datasetPath
    },
    get db() {
      return session.db
    },
    call,
    on: (event, callback) => events.on(event, callback),
    onAny: (callback) => events.onAny(callback),
    close: () => {
      session.close()
      events.clear()
    }
  }
}
