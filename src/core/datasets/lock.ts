// One writer per dataset file: `<file>.lock` (created exclusively) names the process that writes it: pid,
// computer, host kind and since when. A second instance finds a live holder and opens the file read-only,
// saying who holds it; a lock left by a process that died (a crash, kill -9) is taken over.
// Engines in the same process do not lock each other out (tests, a host and its maintenance).
import fs from 'node:fs'
import os from 'node:os'
import type { LockHolder } from '../../shared/dataFiles'

export interface DatasetLock {
  /** Someone else's live lock: this instance must not write. Null when we hold the lock (or none is possible). */
  heldBy: LockHolder | null
  release(): void
}

export function lockPath(file: string): string {
  return `${file}.lock`
}

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(lockPath(file), 'utf8')) as Partial<LockHolder>
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null
    return { pid: value.pid, hostname: value.hostname, host: String(value.host ?? 'unknown'), since: String(value.since ?? '') }
  } catch {
    return null
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A holder on another computer cannot be checked, so it counts as alive. */
function isLive(holder: LockHolder): boolean {
  return holder.hostname !== os.hostname() || processAlive(holder.pid)
}

function tryCreate(file: string, host: string): LockHolder | null {
  const holder: LockHolder = { pid: process.pid, hostname: os.hostname(), host, since: new Date().toISOString() }
  try {
    const fd = fs.openSync(lockPath(file), 'wx')
    try {
      fs.writeSync(fd, JSON.stringify(holder))
    } finally {
      fs.closeSync(fd)
    }
    return holder
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return null
    throw e
  }
}

const NO_LOCK: DatasetLock = { heldBy: null, release: () => undefined }

export function acquireLock(file: string, host: string): DatasetLock {
  for (let attempt = 0; attempt < 3; attempt++) {
    let mine: LockHolder | null
    try {
      mine = tryCreate(file, host)
    } catch {
      return NO_LOCK // the folder is not writable: no lock is possible, and SQLite will refuse writes itself
    }
    if (mine) {
      const ours = mine
      return {
        heldBy: null,
        release: () => {
          const current = readHolder(file)
          if (current && current.pid === ours.pid && current.since === ours.since) fs.rmSync(lockPath(file), { force: true })
        }
      }
    }
    const holder = readHolder(file)
    if (holder && holder.pid === process.pid && holder.hostname === os.hostname()) return NO_LOCK
    if (holder && isLive(holder)) return { heldBy: holder, release: () => undefined }
    fs.rmSync(lockPath(file), { force: true }) // stale or unreadable: the holder is gone
  }
  return NO_LOCK
}

export function describeHolder(holder: LockHolder): string {
  const where = holder.hostname === os.hostname() ? 'on this computer' : `on ${holder.hostname}`
  const what =
    holder.host === 'web'
      ? 'the Lodestone browser host'
      : holder.host === 'electron'
        ? 'the Lodestone app'
        : holder.host === 'cli'
          ? 'the lodestone command'
          : 'another Lodestone'
  const since = holder.since ? ` since ${holder.since.slice(0, 16).replace('T', ' ')}` : ''
  return `${what} (process ${holder.pid}) ${where}${since}`
}
