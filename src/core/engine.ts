// createEngine(datasetPath): opens (or creates) a dataset and binds every contract method to its handler.
// The one entry point that hosts (Electron main, browser host, CLI, tests) use: call(method, args) never throws;
// it parses the input with the contract's zod schema first, and answers {ok, value} or {ok: false, error}.
import fs from 'node:fs'
import path from 'node:path'
import { inputs, isMethod, type AppInfo, type CallResult, type EventName, type Events, type Method } from '../shared/api'
import { EngineError } from './errors'
import { openDataset, type Db } from './db/open'
import { createHandlers, type Handlers } from './handlers'
import { EventHub } from './events'
import { createStarterDataset } from './starter/load'
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
}

export interface Engine {
  readonly datasetPath: string
  call(method: string, args: unknown): Promise<CallResult<Method>>
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void
  close(): void
  /** The open connection, for hosts' own maintenance (checkpoint on quit) and for tests. */
  readonly db: Db
}

function openOrCreate(options: EngineOptions): Db {
  const exists = fs.existsSync(options.datasetPath)
  if (!exists && options.createIfMissing === 'starter') {
    if (!options.starterDir) throw new EngineError('invalid_input', 'No starter data folder was given to build the new dataset from.')
    createStarterDataset(options.datasetPath, options.starterDir, { nativeBinding: options.nativeBinding })
  }
  return openDataset(options.datasetPath, {
    create: options.createIfMissing === 'empty',
    readOnly: options.readOnly,
    nativeBinding: options.nativeBinding
  })
}

export function createEngine(options: EngineOptions): Engine {
  const db = openOrCreate(options)
  const events = new EventHub()
  const handlers: Handlers = createHandlers({
    db,
    events,
    info: {
      appVersion: options.appVersion ?? '0.1.0',
      datasetPath: path.resolve(options.datasetPath),
      host: options.host,
      readOnly: Boolean(options.readOnly)
    },
    actor: options.actor ?? 'analyst',
    ports: options.ports
  })

  async function call(method: string, args: unknown): Promise<CallResult<Method>> {
    if (!isMethod(method)) return { ok: false, error: { code: 'unknown_method', message: `There is no method called "${String(method).slice(0, 80)}".` } }
    const parsed = inputs[method].safeParse(args ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      return { ok: false, error: { code: 'invalid_input', message: `The request to ${method} was not understood${where}: ${issue?.message ?? 'invalid input'}.` } }
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value } as CallResult<Method>
    } catch (e) {
      if (e instanceof EngineError) return { ok: false, error: e.toApiError() }
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${(e as Error).message}. Nothing was changed.` } }
    }
  }

  return {
    datasetPath: options.datasetPath,
    db,
    call,
    on: (event, callback) => events.on(event, callback),
    close: () => {
      events.clear()
      if (db.open) db.close()
    }
  }
}
