// Dataset files: info, New / Open / Save As and Recent through the contract; one writer per file (a second
// instance opens read-only and says who holds the file; a dead holder's lock is taken over); a file that is
// read-only on disk, and foreign or damaged files refused with the open dataset left in place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DatasetInfo } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { setNativeBinding } from '../db/connection'
import { CHECK_WAIT_MS } from './session'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { inlineRunner, workerRunner, type Runner } from '../io/runners'
import { executeTask, type TaskMessage } from '../io/task'
import { lockPath } from './lock'

let dir: string
let engine: Engine
beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function reopen(options: Partial<Parameters<typeof createEngine>[0]> = {}): Engine {
  const file = engine.datasetPath
  engine.close()
  engine = createEngine({ datasetPath: file, host: 'web', ...options })
  return engine
}

describe('dataset files', () => {
  it('tells the path, name and size of the open dataset', async () => {
    const info = await ok(engine, 'datasets.info', {})
    expect(info).toMatchObject({
      path: path.join(dir, 'test.lodestone'),
      name: 'test.lodestone',
      readOnly: false,
      readOnlyReason: null,
      heldBy: null,
      lastBackupAt: null
    })
    expect(info.sizeBytes).toBeGreaterThan(4096)
  })

  it('saves a consistent copy and continues in it; Recent lists both; Open goes back', async () => {
    const stateDir = path.join(dir, 'settings')
    reopen({ stateDir, host: 'test' })
    const copy = path.join(dir, 'copy.lodestone')
    const opened: DatasetInfo[] = []
    engine.on('dataset.opened', (i) => opened.push(i))
    const info = await ok(engine, 'datasets.saveAs', { path: copy })
    expect(info.path).toBe(copy)
    expect(engine.datasetPath).toBe(copy)
    expect(count(engine, 'country')).toBe(2)
    await ok(engine, 'edits.apply', { changes: [{ kind: 'insert', table: 'country', values: { code: 'XCC', name: 'Copyland', kind: 'country' } }] })
    const recent = await ok(engine, 'datasets.recent', {})
    expect(recent.map((r) => r.name)).toEqual(['copy.lodestone', 'test.lodestone'])
    expect(JSON.parse(fs.readFileSync(path.join(stateDir, 'recent.json'), 'utf8'))).toHaveLength(2)
    await ok(engine, 'datasets.open', { path: path.join(dir, 'test.lodestone') })
    expect(count(engine, 'country')).toBe(2)
    expect(opened.map((o) => o.name)).toEqual(['copy.lodestone', 'test.lodestone'])
  })

  it('creates a new empty dataset and refuses to overwrite a file or to open a non-dataset', async () => {
    const fresh = path.join(dir, 'fresh.lodestone')
    await ok(engine, 'datasets.new', { path: fresh, from: 'empty' })
    expect(count(engine, 'country')).toBe(0)
    const again = await engine.call('datasets.new', { path: fresh, from: 'empty' })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already exists; Lodestone never overwrites/) } })
    const csv = path.join(dir, 'figures.lodestone')
    fs.writeFileSync(csv, 'country,value\nIND,1\n')
    const refused = await engine.call('datasets.open', { path: csv })
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a Lodestone dataset.*Import/) } })
    expect(engine.datasetPath).toBe(fresh)
    expect(fs.readFileSync(csv, 'utf8')).toBe('country,value\nIND,1\n')
    expect(await engine.call('datasets.open', { path: 'relative.lodestone' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await engine.call('datasets.saveAs', { path: path.join(dir, 'copy.csv') })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/end in \.lodestone/) }
    })
  })
})

describe('one writer per dataset file', () => {
  let holder: ChildProcess | null = null
  afterEach(() => {
    holder?.kill('SIGKILL')
    holder = null
  })

  function lockHeldBy(pid: number): void {
    fs.writeFileSync(lockPath(engine.datasetPath), JSON.stringify({ pid, hostname: os.hostname(), host: 'electron', since: '2026-03-01T09:30:00.000Z' }))
  }

  it('opens read-only and names the holder when another live instance holds the file', async () => {
    reopen({ lock: true })
    expect(fs.existsSync(lockPath(engine.datasetPath))).toBe(true)
    engine.close()
    holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    lockHeldBy(holder.pid!)
    const before = hash(engine.datasetPath)
    reopen({ lock: true })
    const info = await ok(engine, 'datasets.info', {})
    expect(info.readOnly).toBe(true)
    expect(info.heldBy).toMatchObject({ pid: holder.pid, host: 'electron' })
    expect(info.readOnlyReason).toBe(
      `test.lodestone is being edited by the Lodestone app (process ${holder.pid}) on this computer since 2026-03-01 09:30, so it is open read-only here. Close it there to edit it here, or use Save As to work on a copy.`
    )
    const edit = await engine.call('edits.apply', { changes: [{ kind: 'insert', table: 'country', values: { code: 'XDD', name: 'D', kind: 'country' } }] })
    expect(edit).toMatchObject({ ok: false, error: { code: 'read_only' } })
    engine.close()
    expect(hash(engine.datasetPath)).toBe(before)
  })

  it('takes over the lock of a process that died', async () => {
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
    await new Promise((r) => dead.on('exit', r))
    lockHeldBy(dead.pid!)
    reopen({ lock: true })
    expect((await ok(engine, 'datasets.info', {})).readOnly).toBe(false)
    expect(JSON.parse(fs.readFileSync(lockPath(engine.datasetPath), 'utf8')).pid).toBe(process.pid)
    engine.close()
    expect(fs.existsSync(lockPath(engine.datasetPath))).toBe(false)
  })

  it('opens a file that is read-only on disk read-only, says why, and leaves its bytes alone', async () => {
    const file = engine.datasetPath
    engine.close()
    fs.chmodSync(file, 0o444)
    const before = hash(file)
    engine = createEngine({ datasetPath: file, host: 'test' })
    const info = await ok(engine, 'datasets.info', {})
    expect(info.readOnly).toBe(true)
    expect(info.readOnlyReason).toMatch(/read-only on disk \(its file permissions\).*Save As/)
    expect(await engine.call('history.undo', {})).toMatchObject({ ok: false, error: { code: 'read_only' } })
    engine.close()
    expect(hash(file)).toBe(before)
    fs.chmodSync(file, 0o644)
  })
})

/** Flips bits of the page holding a country row: SQLite opens the file; only a check finds the damage. */
function damage(file: string): void {
  const bytes = fs.readFileSync(file)
  const page = Math.floor(bytes.indexOf('China') / 4096) * 4096
  for (let i = page + 3; i < page + 5; i++) bytes[i] = bytes[i]! ^ 0x5a
  fs.writeFileSync(file, bytes)
}

/** The inline runner, except that integrity checks wait until `release` is called. */
function heldChecks(): { runner: Runner; release(): void } {
  const inline = inlineRunner()
  let release = (): void => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const runner: Runner = (task, onMessage) =>
    task.kind === 'check'
      ? { cancel: () => undefined, terminate: () => undefined, finished: gate.then(() => inline(task, onMessage).finished) }
      : inline(task, onMessage)
  return { runner, release: () => release() }
}

describe('the integrity check after the first page', () => {
  it('datasets.open on a damaged file answers "checking", refuses a write in words meanwhile, then goes read-only', async () => {
    const damaged = path.join(dir, 'damaged.lodestone')
    engine.close()
    fs.copyFileSync(engine.datasetPath, damaged)
    damage(damaged)
    const before = hash(damaged)
    const checks = heldChecks()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test', runner: checks.runner })
    const opened = await ok(engine, 'datasets.open', { path: damaged })
    expect(opened).toMatchObject({ path: damaged, integrity: 'checking', integrityNote: null, readOnly: false, readOnlyReason: null })
    const started = Date.now()
    const meanwhile = await engine.call('edits.apply', { changes: [{ kind: 'insert', table: 'source', values: { code: 'X', title: 'X' } }] })
    expect(Date.now() - started).toBeGreaterThanOrEqual(CHECK_WAIT_MS - 50)
    expect(meanwhile).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'damaged.lodestone is still being checked after opening (a large file takes a few seconds), so it cannot be changed yet. Nothing was changed; try again in a moment.'
      }
    })
    expect((await engine.call('tables.list', {})).ok).toBe(true) // reads go ahead
    const reopened = new Promise<DatasetInfo>((resolve) => engine.on('dataset.opened', resolve))
    checks.release()
    expect(await reopened).toMatchObject({ integrity: 'damaged', readOnly: true, readOnlyReason: expect.stringMatching(/damaged\.lodestone is damaged/) })
    const after = await engine.call('edits.apply', { changes: [{ kind: 'insert', table: 'source', values: { code: 'X', title: 'X' } }] })
    expect(after).toMatchObject({ ok: false, error: { code: 'read_only' } })
    engine.close()
    expect(hash(damaged)).toBe(before)
  })

  it('a worker that cannot start is not a damaged dataset: the file stays writable and the note says why', async () => {
    const broken = path.join(dir, 'brokenWorker.js')
    fs.writeFileSync(broken, "throw new Error('Cannot find module better_sqlite3.node')\n")
    const file = engine.datasetPath
    engine.close()
    engine = createEngine({ datasetPath: file, host: 'test', runner: workerRunner(broken) })
    expect((await ok(engine, 'datasets.info', {})).integrity).toBe('checking')
    await ok(engine, 'edits.apply', {
      changes: [{ kind: 'insert', table: 'source', values: { code: 'AFTER', title: 'Written after the check failed to run' } }]
    })
    const info = await ok(engine, 'datasets.info', {})
    expect(info).toMatchObject({ readOnly: false, readOnlyReason: null, integrity: 'not-checked' })
    expect(info.integrityNote).toMatch(
      /^Lodestone could not start the background worker that checks test\.lodestone after opening \(.*Cannot find module better_sqlite3\.node.*\), so the check did not run\. Nothing was found wrong with the file/
    )
    expect(count(engine, 'source')).toBe(2)
  })

  it('the check task tells a damaged file from a check that could not run', async () => {
    const run = async (task: Parameters<typeof executeTask>[0]): Promise<TaskMessage[]> => {
      const messages: TaskMessage[] = []
      await executeTask(
        task,
        (m) => messages.push(m),
        () => false
      )
      return messages
    }
    const notADatabase = path.join(dir, 'notes.lodestone')
    fs.writeFileSync(notADatabase, 'x'.repeat(8192))
    expect(await run({ kind: 'check', datasetPath: notADatabase })).toEqual([{ type: 'checked', problem: 'file is not a database' }])
    setNativeBinding(path.join(dir, 'missing.node')) // a build that cannot load: the check cannot run
    const noBinding = await run({ kind: 'check', datasetPath: engine.datasetPath }).finally(() => setNativeBinding(undefined))
    expect(noBinding).toEqual([{ type: 'error', error: { code: 'internal', message: expect.stringMatching(/^The integrity check could not run: /) } }])
  })

  it('serves reads at once, then finds a damaged file, reopens it read-only and leaves its bytes alone', async () => {
    const file = engine.datasetPath
    engine.close()
    const bytes = fs.readFileSync(file)
    const page = Math.floor(bytes.indexOf('China') / 4096) * 4096 // the leaf page holding a country row
    for (let i = page + 3; i < page + 5; i++) bytes[i] = bytes[i]! ^ 0x5a // its cell count: only a check finds it
    fs.writeFileSync(file, bytes)
    const before = hash(file)
    engine = createEngine({ datasetPath: file, host: 'test' })
    expect((await engine.call('app.info', {})).ok).toBe(true)
    const edit = await engine.call('edits.apply', { changes: [{ kind: 'insert', table: 'source', values: { code: 'X', title: 'X' } }] })
    expect(edit).toMatchObject({ ok: false, error: { code: 'read_only' } })
    const info = await ok(engine, 'datasets.info', {})
    expect(info.readOnly).toBe(true)
    expect(info.readOnlyReason).toMatch(
      /test\.lodestone is damaged \(integrity check: .*\)\. Nothing was changed\. Restore it from a backup, or open another dataset\. It is open read-only\./
    )
    engine.close()
    expect(hash(file)).toBe(before)
  })

  it('lets writes wait for the check on a sound file, then go ahead', async () => {
    const file = engine.datasetPath
    engine.close()
    engine = createEngine({ datasetPath: file, host: 'test' })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'insert', table: 'source', values: { code: 'AFTER-CHECK', title: 'Written after the check' } }] })
    expect((await ok(engine, 'datasets.info', {})).readOnly).toBe(false)
    expect(count(engine, 'source')).toBe(2)
  })
})
