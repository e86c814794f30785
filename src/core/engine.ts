// createEngine(datasetPath): opens (or creates) a dataset and binds every contract method to its handler.
// The one entry point that hosts (Electron main, browser host, CLI, tests) use, and the one place the rules
// every method shares are applied, from the method's kind in the contract: call(method, args) parses the input
// with its zod schema, lets writes and jobs wait for the integrity check, refuses writes on a read-only dataset
// (one wording), runs the handler and announces the tables an applied change touched ('dataset.changed').
// call never throws and answers {ok, value} or {ok: false, error}; invoke is its typed in-process twin.
import {
  isMethod,
  specOf,
  type AppInfo,
  type ApiError,
  type CallResult,
  type EventName,
  type Events,
  type Input,
  type Method,
  type Output
} from '../shared/api'
import { jobChange } from '../shared/contract/files'
import type { UploadResult } from '../shared/dataFiles'
import { EngineError } from './errors'
import type { Db } from './db/open'
import { createHandlers } from './handlers'
import { EventHub } from './events'
import { openSession } from './datasets/session'
import type { DatasetControl } from './datasets/control'
import type { Runner } from './io/runners'
import { removeStaleUploads } from './io/uploads'
import { savedMappingsDir } from './io/savedMappings'
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
  /** Typed, for in-process callers (CLI, tests): the method's output, or an EngineError carrying the contract's error. */
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>
  /** In-process only (the CLI): a file already on disk as an upload for import.preview and import.start, not copied. */
  uploadFile(file: string): UploadResult
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void
  /** Every event by name, for hosts that forward them all to the UI. */
  onAny(callback: <E extends EventName>(event: E, payload: Events[E]) => void): () => void
  close(): void
  /** The open connection, for hosts' own maintenance (checkpoint on quit) and for tests. */
  readonly db: Db
}

/** The one refusal of a change to a read-only dataset, with the reason when the engine knows it. */
export function readOnlyError(reason: string | null): EngineError {
  return new EngineError(
    'read_only',
    `This dataset is open read-only, so nothing was changed. ${reason ?? 'Open a copy to edit it (Save As), or open it where it is writable.'}`
  )
}

function invalidInput(method: Method, issue: { path: PropertyKey[]; message: string } | undefined): ApiError {
  const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : ''
  return { code: 'invalid_input', message: `The request to ${method} was not understood${where}: ${issue?.message ?? 'invalid input'}.` }
}

function failure(method: Method, e: unknown): ApiError {
  if (e instanceof EngineError) return e.toApiError()
  if ((e as { code?: string }).code === 'SQLITE_BUSY')
    return { code: 'conflict', message: 'The dataset is busy: an import is being written to it. Try again when it has finished; nothing was changed.' }
  return { code: 'internal', message: `Something went wrong in ${method}: ${(e as Error).message}. Nothing was changed.` }
}

export function createEngine(options: EngineOptions): Engine {
  // A host that was killed left its upload folder behind; the window hosts clean up at start (the CLI uploads nothing).
  if (options.host !== 'cli') removeStaleUploads()
  const events = new EventHub()
  let control: DatasetControl | undefined
  // The session owns the open file and rebuilds the handlers whenever another file is opened (or restored).
  const session = openSession(options, events, (db, info, given) => {
    control = given
    return createHandlers({
      db,
      events,
      info,
      actor: options.actor ?? 'analyst',
      ports: options.ports,
      control: given,
      mappingsDir: savedMappingsDir(options.starterDir)
    })
  })
  // An import job announces its change when it ends, not when import.start answers.
  events.on('job.progress', (status) => {
    const change = jobChange(status)
    if (change) events.emit('dataset.changed', change)
  })

  async function run(method: Method, args: unknown): Promise<unknown> {
    const spec = specOf(method)
    const parsed = spec.input.safeParse(args ?? {})
    if (!parsed.success) {
      const error = invalidInput(method, parsed.error.issues[0])
      throw new EngineError(error.code, error.message)
    }
    await session.ready(method)
    if ((spec.kind === 'write' || spec.refusedReadOnly) && session.db.readonly) throw readOnlyError(control?.readOnlyReason() ?? null)
    const handler = session.handlers[method] as (input: unknown) => unknown
    const value = await handler(parsed.data)
    const change = spec.changed?.(value, parsed.data)
    if (change) events.emit('dataset.changed', change)
    return value
  }

  async function call(method: string, args: unknown): Promise<CallResult<Method>> {
    if (!isMethod(method)) return { ok: false, error: { code: 'unknown_method', message: `There is no method called "${String(method).slice(0, 80)}".` } }
    try {
      return { ok: true, value: (await run(method, args)) as Output<Method> }
    } catch (e) {
      return { ok: false, error: failure(method, e) }
    }
  }

  async function invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await call(method, input)
    if (!result.ok) throw new EngineError(result.error.code, result.error.message, result.error.details)
    return result.value as Output<M>
  }

  return {
    get datasetPath() {
      return session.datasetPath
    },
    get db() {
      return session.db
    },
    call,
    invoke,
    uploadFile: (file) => {
      const upload = session.uploads.register(file)
      return { uploadId: upload.id, name: upload.name, bytes: upload.bytes }
    },
    on: (event, callback) => events.on(event, callback),
    onAny: (callback) => events.onAny(callback),
    close: () => {
      session.close()
      events.clear()
    }
  }
}
