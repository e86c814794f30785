// One writer per dataset FILE, whatever name it is opened by: `<real path>.lock` beside the file (symlinks,
// `./` and `..` resolve to the same real path; seen from other computers on a shared folder) and a lock keyed on
// the file's identity (device and inode) in this computer's lock folder, so a hard link cannot be a second writer.
// A lock names its holder (pid, computer, host kind, since); a live holder makes the next instance open read-only,
// saying who holds it; a lock left by a process that died, or naming a file that is gone, is taken over.
// Engines in the same process do not lock each other out (tests, a host and its maintenance).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { LockHolder } from '../../shared/dataFiles'

export interface DatasetLock {
  /** Someone else's live lock: this instance must not write. Null when we hold the lock (or none is possible). */
  heldBy: LockHolder | null
  /** True when this call took the lock (false: held elsewhere, already ours in this process, or impossible). */
  owned: boolean
  release(): void
}

/** What a lock file holds: the holder, plus the file it locks (to tell a stale identity lock from a live one). */
interface LockRecord extends LockHolder {
  nonce: string
  path: string
  dev?: string
  ino?: string
}

export interface FileIdentity {
  path: string
  dev: string
  ino: string
}

/** The one name a dataset file is known by: absolute, symlinks and `.`/`..` resolved (the folder's, for a new file). */
export function resolveDatasetPath(file: string): string {
  const absolute = path.resolve(file)
  try {
    return fs.realpathSync(absolute)
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute))
    } catch {
      return absolute
    }
  }
}

/** Device and inode of the file (as strings: inodes can pass 2^53), or null when there is no file. */
export function fileIdentity(file: string): FileIdentity | null {
  const real = resolveDatasetPath(file)
  try {
    const stat = fs.statSync(real, { bigint: true })
    return { path: real, dev: String(stat.dev), ino: String(stat.ino) }
  } catch {
    return null
  }
}

export function lockPath(file: string): string {
  return `${resolveDatasetPath(file)}.lock`
}

/** This computer's folder of identity locks (one per user's temp folder; /tmp on Linux is shared). */
export function defaultLockDir(): string {
  return path.join(os.tmpdir(), 'lodestone-locks')
}

export function identityLockPath(identity: FileIdentity, lockDir = defaultLockDir()): string {
  return path.join(lockDir, `${identity.dev}-${identity.ino}.lock`)
}

function readRecord(lockFile: string): LockRecord | null {
  try {
    const value = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<LockRecord>
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null
    return {
      pid: value.pid,
      hostname: value.hostname,
      host: String(value.host ?? 'unknown'),
      since: String(value.since ?? ''),
      nonce: String(value.nonce ?? ''),
      path: String(value.path ?? ''),
      dev: value.dev === undefined ? undefined : String(value.dev),
      ino: value.ino === undefined ? undefined : String(value.ino)
    }
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

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs
  } catch {
    return Infinity
  }
}

/** Creates `lockFile` holding `record`, complete or not at all (a hard link of a written temp file); false if it exists. */
function tryCreate(lockFile: string, record: LockRecord): boolean {
  const text = JSON.stringify(record)
  const temp = `${lockFile}.${record.nonce}.tmp`
  fs.writeFileSync(temp, text, { flag: 'wx' })
  try {
    fs.linkSync(temp, lockFile)
    return true
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e
  } finally {
    fs.rmSync(temp, { force: true })
  }
  // A folder without hard links (some USB sticks, network shares): create exclusively, then write.
  try {
    fs.writeFileSync(lockFile, text, { flag: 'wx' })
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  }
}

/** Removes a stale lock, unless someone replaced it meanwhile (a guard file makes the look-and-remove one step). */
function removeStale(lockFile: string, seen: LockRecord | null): void {
  const guard = `${lockFile}.takeover`
  let fd: number
  try {
    fd = fs.openSync(guard, 'wx')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    if (ageMs(guard) > 5000)
      fs.rmSync(guard, { force: true }) // left by a process that died while taking over
    else sleep(10)
    return
  }
  try {
    const now = readRecord(lockFile)
    const same = seen === null ? now === null : now !== null && now.nonce === seen.nonce && now.pid === seen.pid && now.since === seen.since
    if (same) fs.rmSync(lockFile, { force: true })
  } finally {
    fs.closeSync(fd)
    fs.rmSync(guard, { force: true })
  }
}

type Claim = { kind: 'mine'; release(): void } | { kind: 'held'; holder: LockHolder } | { kind: 'ours' | 'none' }

/** Takes `lockFile` for `record`, or names its live holder; `stale` decides when a holder no longer counts. */
function claim(lockFile: string, record: LockRecord, stale: (holder: LockRecord) => boolean): Claim {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (tryCreate(lockFile, record)) {
      return {
        kind: 'mine',
        release: () => {
          if (readRecord(lockFile)?.nonce === record.nonce) fs.rmSync(lockFile, { force: true })
        }
      }
    }
    const holder = readRecord(lockFile)
    if (holder === null && ageMs(lockFile) < 2000) {
      sleep(20) // being written by a folder without hard links, or unreadable for a moment
      continue
    }
    if (holder && holder.pid === process.pid && holder.hostname === os.hostname()) return { kind: 'ours' }
    if (holder && !stale(holder)) return { kind: 'held', holder: { pid: holder.pid, hostname: holder.hostname, host: holder.host, since: holder.since } }
    removeStale(lockFile, holder)
  }
  return { kind: 'none' }
}

function sameFile(file: string, identity: FileIdentity): boolean {
  const now = file ? fileIdentity(file) : null
  return now !== null && now.dev === identity.dev && now.ino === identity.ino
}

function prepareLockDir(lockDir: string): void {
  if (fs.existsSync(lockDir)) return
  fs.mkdirSync(lockDir, { recursive: true })
  try {
    fs.chmodSync(lockDir, 0o1777) // shared by the users of this computer, like /tmp
  } catch {
    // not ours to change: locks in it still work for this user
  }
}

export interface LockOptions {
  /** Where identity locks live (default: lodestone-locks in the temp folder). */
  lockDir?: string
}

export function acquireLock(file: string, host: string, options: LockOptions = {}): DatasetLock {
  const real = resolveDatasetPath(file)
  const record: LockRecord = {
    pid: process.pid,
    hostname: os.hostname(),
    host,
    since: new Date().toISOString(),
    nonce: crypto.randomBytes(8).toString('hex'),
    path: real
  }
  // The identity lock first: it is the one every name of the file shares, so whoever loses it names the writer.
  const identity = fileIdentity(real)
  let byIdentity: Claim = { kind: 'none' }
  if (identity) {
    const lockDir = options.lockDir ?? defaultLockDir()
    try {
      prepareLockDir(lockDir)
      byIdentity = claim(identityLockPath(identity, lockDir), { ...record, dev: identity.dev, ino: identity.ino }, (holder) => {
        return !isLive(holder) || !sameFile(holder.path, identity)
      })
    } catch {
      byIdentity = { kind: 'none' } // no lock folder on this computer: the lock beside the file still holds
    }
  }
  if (byIdentity.kind === 'held') return { heldBy: byIdentity.holder, owned: false, release: () => undefined }
  const releaseIdentity = byIdentity.kind === 'mine' ? byIdentity.release : () => undefined
  let byPath: Claim
  try {
    byPath = claim(`${real}.lock`, record, (holder) => !isLive(holder))
  } catch {
    byPath = { kind: 'none' } // the folder is not writable: SQLite will refuse writes itself
  }
  if (byPath.kind === 'held') {
    releaseIdentity() // held from another computer (its identity locks are its own)
    return { heldBy: byPath.holder, owned: false, release: () => undefined }
  }
  const releasePath = byPath.kind === 'mine' ? byPath.release : () => undefined
  return {
    heldBy: null,
    owned: byIdentity.kind === 'mine' || byPath.kind === 'mine',
    release: () => {
      releasePath()
      releaseIdentity()
    }
  }
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
