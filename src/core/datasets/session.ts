// The open dataset behind an engine, and the one place it changes: open (taking the single-writer lock, or
// falling back to read-only with the reason), the background snapshot on open when the last is over a day old,
// reopen another file (new, open, save as) and close-change-reopen (restore). Handlers are rebuilt for each
// opened file; events, uploads and jobs live as long as the engine.
import fs from 'node:fs'
import path from 'node:path'
import type { TableName } from '../../shared/schema'
import { TABLE_NAMES } from '../../shared/schema'
import type { EngineOptions } from '../engine'
import { openDataset, type Db } from '../db/open'
import { EngineError } from '../errors'
import type { EventHub } from '../events'
import type { HandlerContext, Handlers } from '../handlers'
import { createStarterDataset } from '../starter/load'
import { snapshot, snapshotDue } from '../backups/snapshot'
import { JobManager } from '../io/jobs'
import { defaultRunner } from '../io/runners'
import { UploadStore } from '../io/uploads'
import type { DatasetControl } from './control'
import { datasetInfo } from './info'
import { acquireLock, describeHolder, type DatasetLock } from './lock'
import { RecentList } from './recent'

/** Builds the handler map for one opened file (the engine passes everything else the handlers need). */
export type MakeHandlers = (db: Db, info: HandlerContext['info'], control: DatasetControl) => Handlers

export interface Session {
  readonly db: Db
  readonly datasetPath: string
  readonly handlers: Handlers
  readonly uploads: UploadStore
  readonly jobs: JobManager
  close(): void
}

interface Current {
  file: string
  db: Db
  lock: DatasetLock | null
  readOnlyReason: string | null
  handlers: Handlers
}

const BUSY_MS = 5000

function readOnlyOnDisk(file: string): boolean {
  try {
    return (fs.statSync(file).mode & 0o222) === 0
  } catch {
    return false
  }
}

function createIfAsked(file: string, create: 'empty' | 'starter' | undefined, options: EngineOptions): boolean {
  if (fs.existsSync(file) || !create) return false
  if (create === 'starter') {
    if (!options.starterDir) throw new EngineError('invalid_input', 'No starter data folder was given to build the new dataset from.')
    createStarterDataset(file, options.starterDir, { nativeBinding: options.nativeBinding })
  }
  return true
}

export function openSession(options: EngineOptions, events: EventHub, makeHandlers: MakeHandlers): Session {
  const uploads = new UploadStore()
  const recent = new RecentList(options.stateDir ?? null)
  let current: Current
  const jobs = new JobManager(events, options.runner ?? defaultRunner(), {
    busy: () => current.db.pragma('busy_timeout = 0'),
    idle: () => current.db.open && current.db.pragma(`busy_timeout = ${BUSY_MS}`)
  })

  const control: DatasetControl = {
    uploads,
    jobs,
    nativeBinding: options.nativeBinding,
    current: () => datasetInfo(current.file, current.readOnlyReason !== null || current.db.readonly, control),
    heldBy: () => current.lock?.heldBy ?? null,
    readOnlyReason: () => current.readOnlyReason,
    recent: () => recent.list(),
    reopen: (file, create) => reopen(file, create),
    withClosed: (change) => withClosed(change)
  }

  function open(file: string, create?: 'empty' | 'starter'): Current {
    const resolved = path.resolve(file)
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
    try {
      db = openDataset(resolved, { create: create === 'empty', readOnly, nativeBinding: options.nativeBinding })
    } catch (e) {
      lock?.release()
      throw e
    }
    if (!readOnly && !createdNow && snapshotDue(resolved)) void snapshot(db, resolved, 'on-open').catch(() => undefined)
    recent.add(resolved)
    const info = { appVersion: options.appVersion ?? '0.1.0', datasetPath: resolved, host: options.host, readOnly }
    const handlers = makeHandlers(db, info, control)
    return { file: resolved, db, lock, readOnlyReason, handlers }
  }

  function closeCurrent(): void {
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
    close() {
      jobs.closeAll()
      uploads.close()
      closeCurrent()
    }
  }
}
