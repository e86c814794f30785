// One writer per dataset FILE, by every name it has: a hard link, a symlink, `./` and `..` paths and a relative
// path all lead to the same lock, held by a real second process (lockChild.ts); the instance that comes second
// opens read-only, says who holds the file and leaves its bytes alone. Eight processes started at the same moment
// through five names: exactly one writer. A lock naming a file that is gone (its inode reused) is taken over.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { acquireLock, defaultLockDir, fileIdentity, identityLockPath, lockPath, resolveDatasetPath } from './lock'

const REPO = path.resolve(__dirname, '../../..')
const CHILD = path.join(__dirname, 'lockChild.ts')

interface Holder {
  child: ChildProcess
  pid: number
  owned: boolean
  heldBy: number | null
}

const children: ChildProcess[] = []
let dir: string
let file: string
let engine: Engine | null = null

beforeEach(async () => {
  dir = tempDir()
  const seeded = await seededEngine(dir)
  file = seeded.datasetPath
  seeded.close()
})
afterEach(async () => {
  engine?.close()
  engine = null
  await Promise.all(children.splice(0).map(stop))
  removeDir(dir)
})

const hash = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')

/** A real second process that takes the lock through `name` at `startAt` and holds it until stopped. */
function holder(name: string, startAt = Date.now()): Promise<Holder> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, name, String(startAt), defaultLockDir()], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('\n')) resolve({ child, ...(JSON.parse(out.split('\n')[0]!) as Omit<Holder, 'child'>) })
    })
    child.on('exit', (code) => reject(new Error(`lock child exited (${code}) before answering: ${err}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.on('exit', () => resolve())
    child.stdin!.end()
  })
}

/** Opens `name` as the app does (with the lock) and checks it came second: read-only, naming `pid`, bytes unchanged. */
async function expectSecond(name: string, pid: number): Promise<void> {
  const before = hash(file)
  engine = createEngine({ datasetPath: name, host: 'web', lock: true })
  const info = await ok(engine, 'datasets.info', {})
  expect(info.readOnly).toBe(true)
  expect(info.heldBy?.pid).toBe(pid)
  expect(info.readOnlyReason).toBe(
    `${path.basename(resolveDatasetPath(name))} is being edited by the lodestone command (process ${pid}) on this computer since ${info.heldBy!.since.slice(0, 16).replace('T', ' ')}, so it is open read-only here. Close it there to edit it here, or use Save As to work on a copy.`
  )
  const edit = await engine.call('edits.apply', { changes: [{ kind: 'insert', table: 'source', values: { code: 'SECOND', title: 'Second writer' } }] })
  expect(edit).toMatchObject({ ok: false, error: { code: 'read_only' } })
  engine.close()
  engine = null
  expect(hash(file)).toBe(before)
}

describe('the single-writer lock follows the file, not its name', () => {
  it('a hard link to a held dataset opens read-only', async () => {
    const link = path.join(dir, 'link.lodestone')
    fs.linkSync(file, link)
    const first = await holder(file)
    expect(first.owned).toBe(true)
    await expectSecond(link, first.pid)
  })

  it('a dataset held through its hard link opens read-only by its own name', async () => {
    const link = path.join(dir, 'other', 'link.lodestone')
    fs.mkdirSync(path.dirname(link))
    fs.linkSync(file, link)
    const first = await holder(link)
    expect(first.owned).toBe(true)
    await expectSecond(file, first.pid)
  })

  it('a symlink to a held dataset opens read-only, and the engine works on the real file', async () => {
    const link = path.join(dir, 'shortcut.lodestone')
    fs.symlinkSync(file, link)
    const first = await holder(link)
    expect(first.owned).toBe(true)
    expect(fs.existsSync(lockPath(file))).toBe(true)
    await expectSecond(link, first.pid)
    engine = createEngine({ datasetPath: link, host: 'web' })
    expect(engine.datasetPath).toBe(resolveDatasetPath(file))
  })

  it('`./`, `..` and relative paths to a held dataset open read-only', async () => {
    fs.mkdirSync(path.join(dir, 'sub'))
    const first = await holder(`${dir}/sub/../test.lodestone`)
    expect(first.owned).toBe(true)
    await expectSecond(`${dir}/./test.lodestone`, first.pid)
    await expectSecond(`./${path.relative(process.cwd(), file)}`, first.pid)
  })

  it('eight processes started at the same moment through five names: exactly one writer, named by the others', async () => {
    fs.mkdirSync(path.join(dir, 'sub'))
    fs.linkSync(file, path.join(dir, 'hard.lodestone'))
    fs.symlinkSync(file, path.join(dir, 'soft.lodestone'))
    const names = [file, path.join(dir, 'hard.lodestone'), path.join(dir, 'soft.lodestone'), `${dir}/./test.lodestone`, `${dir}/sub/../hard.lodestone`]
    const startAt = Date.now() + 1500
    const all = await Promise.all(Array.from({ length: 8 }, (_, i) => holder(names[i % names.length]!, startAt)))
    const writers = all.filter((h) => h.owned)
    expect(writers).toHaveLength(1)
    for (const other of all.filter((h) => !h.owned)) expect(other.heldBy).toBe(writers[0]!.pid)
    await Promise.all(children.splice(0).map(stop))
    expect(fs.existsSync(lockPath(file))).toBe(false)
    expect(fs.existsSync(lockPath(path.join(dir, 'hard.lodestone')))).toBe(false)
    expect(fs.existsSync(identityLockPath(fileIdentity(file)!))).toBe(false)
  })

  it('once the holder closes, the next instance through another name writes', async () => {
    const link = path.join(dir, 'link.lodestone')
    fs.linkSync(file, link)
    const first = await holder(file)
    await stop(first.child)
    engine = createEngine({ datasetPath: link, host: 'web', lock: true })
    expect((await ok(engine, 'datasets.info', {})).readOnly).toBe(false)
  })

  it('takes over an identity lock whose holder is alive but names a file that is gone (its inode reused)', () => {
    const identity = fileIdentity(file)!
    const lockFile = identityLockPath(identity)
    fs.mkdirSync(path.dirname(lockFile), { recursive: true })
    const gone = path.join(dir, 'deleted-long-ago.lodestone')
    const record = { ...identity, pid: process.ppid, hostname: os.hostname(), host: 'web', since: '2026-03-01T09:30:00.000Z', nonce: 'x', path: gone }
    fs.writeFileSync(lockFile, JSON.stringify(record))
    const lock = acquireLock(file, 'test')
    expect(lock).toMatchObject({ heldBy: null, owned: true })
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, path: resolveDatasetPath(file) })
    lock.release()
    expect(fs.existsSync(lockFile)).toBe(false)
  })
})
