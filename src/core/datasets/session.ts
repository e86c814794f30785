// The open dataset behind an engine, and the one place it changes: open (taking the single-writer lock, or
// falling back to read-only with the reason), the background snapshot on open when the last is over a day old,
// reopen another file (new, open, save as) and close-change-reopen (restore). Handlers are rebuilt for each
// opened file; events, uploads and jobs live as long as the engine.
import fs from 'node:fs'
import path from 'node:path'
import type { IntegrityState } from '../../shared/dataFiles'
import type { TableName } from '../../shared/schema'
import { TABLE_NAMES } from '../../shared/schema'
import type { AppInfo } from '../../shared/api'
import type { Method } from '../../shared/api'
import { connect, setNativeBinding } from '../db/connection'
import { damagedMessage, openDataset, type Db } from '../db/open'
import { EngineError } from '../errors'
import type { EventHub } from '../events'
import type { HandlerContext, Handlers } from '../handlerContext'
import { createStarterDataset } from '../starter/load'
import { backupBeforeMigration, snapshot, snapshotDue } from '../backups/snapshot'
import { JobManager } from '../io/jobs'
import { defaultRunner, type Runner } from '../io/runners'
import { checkInBackground, copyInBackground, mayWrite, orderInBackground } from './integrity'
import { UploadStore } from '../io/uploads'
import type { DatasetControl } from './control'
import { datasetInfo } from './info'
import { acquireLock, describeHolder, resolveDatasetPath, type DatasetLock } from './lock'
import { RecentList } from './recent'
import { WelcomedList } from './welcomed'

/** What the session needs of the engine's options (EngineOptions in engine.ts has these, and host services). */
export interface SessionOptions {
  datasetPath: string
  host: AppInfo['host']
  createIfMissing?: 'starter' | 'empty' | false
  starterDir?: string
  nativeBinding?: string
  readOnly?: boolean
  appVersion?: string
  lock?: boolean
  stateDir?: string
  runner?: Runner
}

/** Builds the handler map for one opened file (the engine passes everything else the handlers need). */
export type MakeHandlers = (db: Db, info: HandlerContext['info'], control: DatasetControl) => Handlers

export interface Session {
  readonly db: Db
  readonly datasetPath: string
  readonly handlers: Handlers
  readonly uploads: UploadStore
  readonly jobs: JobManager
  /** Resolves when `method` may run: at once for reads, after the open file's integrity check otherwise. */
  ready(method: Method): Promise<void>
  close(): void
}

interface Current {
  file: string
  db: Db
  lock: DatasetLock | null
  readOnlyReason: string | null
  handlers: Handlers
  /** The background integrity check of this file (resolved at once when none runs). */
  checked: Promise<void>
  integrity: IntegrityState
  integrityNote: string | null
  stopCheck(): void
}

const BUSY_MS = 5000
/** How long a write waits for the check after opening before it is refused in words (try again). */
export const CHECK_WAIT_MS = 3000
/** Methods that close the open file rather than write it: they never wait for its check. */
const CLOSES_FILE = new Set<Method>(['datasets.open', 'datasets.new'])

function readOnlyOnDisk(file: string): boolean {
  try {
    return (fs.statSync(file).mode & 0o222) === 0
  } catch {
    return false
  }
}

function createIfAsked(file: string, create: 'empty' | 'starter' | undefined, options: SessionOptions): boolean {
  if (fs.existsSync(file) || !create) return false
  if (create === 'starter') {
    if (!options.starterDir) throw new EngineError('invalid_input', 'No starter data folder was given to build the new dataset from.')
    createStarterDataset(file, options.starterDir)
  } else {
    openDataset(file, { create: true }).close() // the file exists before it is locked
  }
  return true
}

export function openSession(options: SessionOptions, events: EventHub, makeHandlers: MakeHandlers): Session {
  setNativeBinding(options.nativeBinding) // once: every connection of this process (and its workers' tasks) loads it
  const uploads = new UploadStore()
  const recent = new RecentList(options.stateDir ?? null)
  const welcomed = new WelcomedList(options.stateDir ?? null)
  let current: Current
  const runner = options.runner ?? defaultRunner()
  const jobs = new JobManager(events, runner, {
    busy: () => current.db.pragma('busy_timeout = 0'),
    idle: () => current.db.open && current.db.pragma(`busy_timeout = ${BUSY_MS}`)
  })

  const control: DatasetControl = {
    uploads,
    jobs,
    nativeBinding: options.nativeBinding,
    copy: (target) => copyInBackground(runner, current.file, target),
    orderIds: (sql, params) => orderInBackground(runner, current.file, sql, params),
    current: () => datasetInfo(current.file, current.readOnlyReason !== null || current.db.readonly, control),
    heldBy: () => current.lock?.heldBy ?? null,
    readOnlyReason: () => current.readOnlyReason,
    integrity: () => ({ state: current.integrity, note: current.integrityNote }),
    recent: () => recent.list(),
    welcome: () => welcomed.welcome(current.file),
    welcomeCopy: (target) => welcomed.carry(current.file, target),
    reopen: (file, create) => reopen(file, create),
    withClosed: (change) => withClosed(change)
  }

  function open(file: string, create?: 'empty' | 'starter'): Current {
    const resolved = resolveDatasetPath(file)
    const createdNow = createIfAsked(resolved, create, options)
    const lock = options.lock && !options.readOnly ? acquireLock(resolved, options.host) : null
    const name = path.basename(resolved)
    const readOnlyReason = lock?.heldBy
      ? `${name} is being edited by ${describeHolder(lock.heldBy)}, so it is open read-only here. Close it there to edit it here, or use Save As to work on a copy.`
      : !options.readOnly && readOnlyOnDisk(resolved)
        ? `${name} is read-only on disk (its file permissions), so it is open read-only. Use Save As to work on a copy, or make the file writable.`
        : null
    const readOnly = Boolean(options.readOnly) || readOnlyReason !== null
    let db: Db
    const deferCheck = !readOnly && !createdNow
    try {
      db = openDataset(resolved, { readOnly, quickCheck: !deferCheck, beforeMigrate: backupBeforeMigration })
    } catch (e) {
      lock?.release()
      throw e
    }
    recent.add(resolved)
    const info = { appVersion: options.appVersion ?? '0.1.0', datasetPath: resolved, host: options.host, readOnly }
    const handlers = makeHandlers(db, info, control)
    const opened: Current = {
      file: resolved,
      db,
      lock,
      readOnlyReason,
      handlers,
      checked: Promise.resolve(),
      integrity: deferCheck ? 'checking' : 'ok',
      integrityNote: null,
      stopCheck: () => undefined
    }
    if (deferCheck) startCheck(opened)
    return opened
  }

  /**
   * After the first page: quick_check in the worker; a sound file gets its daily snapshot, a damaged one goes
   * read-only. A worker that could not start is not damage: the file stays as it is, and the note says why.
   */
  function startCheck(opened: Current): void {
    const check = checkInBackground(runner, opened.file)
    opened.stopCheck = check.stop
    opened.checked = check.done.then((outcome) => {
      if (current !== opened || !opened.db.open) return
      if (outcome.state === 'damaged') return markDamaged(opened, outcome.problem)
      if (outcome.state === 'not-run') {
        opened.integrity = 'not-checked'
        opened.integrityNote = `Lodestone could not start the background worker that checks ${path.basename(opened.file)} after opening (${outcome.reason}), so the check did not run. Nothing was found wrong with the file, and it is open as usual; restart Lodestone to check it again.`
        return
      }
      opened.integrity = 'ok'
      if (snapshotDue(opened.file)) void snapshot(opened.db, opened.file, 'on-open', null, control.copy).catch(() => undefined)
    })
  }

  function markDamaged(opened: Current, problem: string): void {
    opened.db.close()
    const db = connect(opened.file, 'read')
    const info = { appVersion: options.appVersion ?? '0.1.0', datasetPath: opened.file, host: options.host, readOnly: true }
    current = {
      ...opened,
      db,
      readOnlyReason: `${damagedMessage(opened.file, problem)} It is open read-only.`,
      integrity: 'damaged',
      handlers: makeHandlers(db, info, control)
    }
    announce()
  }

  /** Writes wait for the check after opening, up to CHECK_WAIT_MS; then they are refused in words. */
  async function checkedForWrite(): Promise<void> {
    const opened = current
    if (opened.integrity !== 'checking') return opened.checked
    let timer: NodeJS.Timeout | undefined
    const finished = await Promise.race([
      opened.checked.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_WAIT_MS)))
    ])
    clearTimeout(timer)
    if (!finished)
      throw new EngineError(
        'conflict',
        `${path.basename(opened.file)} is still being checked after opening (a large file takes a few seconds), so it cannot be changed yet. Nothing was changed; try again in a moment.`
      )
  }

  function closeCurrent(): void {
    current.stopCheck()
    if (current.db.open) current.db.close()
    current.lock?.release()
  }

  function requireIdle(what: string): void {
    if (jobs.isRunning()) throw new EngineError('conflict', `An import is running; ${what} when it has finished, or cancel it first.`)
  }

  function announce(): void {
    events.emit('dataset.opened', control.current())
    events.emit('dataset.changed', { batchId: 0, tables: [...TABLE_NAMES] as TableName[], origin: 'system' })
  }

  function reopen(file: string, create?: 'empty' | 'starter'): void {
    requireIdle('open another dataset')
    const previous = current.file
    closeCurrent()
    try {
      current = open(file, create)
    } catch (e) {
      current = open(previous)
      throw e
    }
    announce()
  }

  function withClosed(change: () => void): void {
    requireIdle('restore a backup')
    const file = current.file
    current.stopCheck()
    if (current.db.open) current.db.close()
    try {
      change()
    } finally {
      current.lock?.release()
      current = open(file)
    }
    announce()
  }

  current = open(options.datasetPath, options.createIfMissing || undefined)
  return {
    get db() {
      return current.db
    },
    get datasetPath() {
      return current.file
    },
    get handlers() {
      return current.handlers
    },
    uploads,
    jobs,
    ready: (method) => (mayWrite(method) && !CLOSES_FILE.has(method) ? checkedForWrite() : Promise.resolve()),
    close() {
      jobs.closeAll()
      uploads.close()
      closeCurrent()
    }
  }
}
