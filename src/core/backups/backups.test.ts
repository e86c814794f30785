// Backups as an analyst relies on them: named snapshots, restore (which first snapshots the current state and
// tells every window to reload), refusal of a damaged backup, keeping the newest N automatic ones, and the
// snapshot on open when the last one is over a day old.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import type { BackupItem, DatasetInfo } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { backupsDir, listBackups } from './store'
import { snapshotNow } from './snapshot'

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

const addCountry = (code: string): Promise<unknown> =>
  ok(engine, 'edits.apply', { changes: [{ kind: 'insert', table: 'country', values: { code, name: `Country ${code}`, kind: 'country' } }] })

describe('backups', () => {
  it('takes a named snapshot beside the dataset with a sidecar describing it', async () => {
    const item = await ok(engine, 'backups.create', { name: 'before the Q3 review' })
    expect(item).toMatchObject({ kind: 'named', name: 'before the Q3 review', schemaVersion: expect.any(Number) })
    const folder = backupsDir(engine.datasetPath)
    expect(fs.existsSync(path.join(folder, `${item.id}.lodestone`))).toBe(true)
    expect(JSON.parse(fs.readFileSync(path.join(folder, `${item.id}.json`), 'utf8'))).toEqual(item)
    const list = await ok(engine, 'backups.list', {})
    expect(list).toMatchObject({ dir: folder, keep: 10, items: [item] })
  })

  it('restores a backup after snapshotting the current state, and announces the reload', async () => {
    const backup = await ok(engine, 'backups.create', { name: 'clean' })
    await addCountry('XAA')
    expect(count(engine, 'country')).toBe(3)
    const opened: DatasetInfo[] = []
    engine.on('dataset.opened', (info) => opened.push(info))
    const result = await ok(engine, 'backups.restore', { id: backup.id })
    expect(result.restored.id).toBe(backup.id)
    expect(result.safety.kind).toBe('before-restore')
    expect(count(engine, 'country')).toBe(2)
    expect(opened).toHaveLength(1)
    // the safety snapshot holds the state just before the restore: restoring it brings the edit back
    await ok(engine, 'backups.restore', { id: result.safety.id })
    expect(count(engine, 'country')).toBe(3)
    expect(engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('refuses a damaged backup and leaves the dataset as it was', async () => {
    const backup = await ok(engine, 'backups.create', {})
    await addCountry('XAB')
    const file = path.join(backupsDir(engine.datasetPath), `${backup.id}.lodestone`)
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 3000))
    const result = await engine.call('backups.restore', { id: backup.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!result.ok && result.error.message).toMatch(/cannot be restored: .*damaged.*your dataset was not changed/)
    expect(count(engine, 'country')).toBe(3)
    expect(await engine.call('backups.restore', { id: 'no-such-backup' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('keeps the newest N automatic backups and every named one', async () => {
    await ok(engine, 'backups.create', { name: 'keep me' })
    for (let i = 0; i < 4; i++) snapshotNow(engine.db, engine.datasetPath, 'before-import')
    const list = await ok(engine, 'backups.setKeep', { keep: 2 })
    expect(list.keep).toBe(2)
    expect(list.items.map((b) => b.kind).sort()).toEqual(['before-import', 'before-import', 'named'])
    snapshotNow(engine.db, engine.datasetPath, 'before-import')
    expect(listBackups(engine.datasetPath).filter((b) => b.kind === 'before-import')).toHaveLength(2)
  })

  it('snapshots on open when the last backup is over a day old, and not again the same day', async () => {
    const file = engine.datasetPath
    engine.close()
    const reopened = (): Engine => createEngine({ datasetPath: file, host: 'test' })
    engine = reopened()
    await waitFor(() => listBackups(file).length === 1)
    expect(listBackups(file)[0]!.kind).toBe('on-open')
    engine.close()
    engine = reopened()
    await ok(engine, 'app.info', {})
    expect(listBackups(file)).toHaveLength(1)
    const sidecar = path.join(backupsDir(file), `${listBackups(file)[0]!.id}.json`)
    const old = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as BackupItem
    fs.writeFileSync(sidecar, JSON.stringify({ ...old, createdAt: new Date(Date.now() - 25 * 3600 * 1000).toISOString() }))
    engine.close()
    engine = reopened()
    await waitFor(() => listBackups(file).length === 2)
    expect(listBackups(file).map((b) => b.kind)).toEqual(['on-open', 'on-open'])
  })

  it('refuses to back up or restore a read-only dataset', async () => {
    const file = engine.datasetPath
    engine.close()
    engine = createEngine({ datasetPath: file, host: 'test', readOnly: true })
    expect(await engine.call('backups.create', {})).toMatchObject({ ok: false, error: { code: 'read_only' } })
    expect(fs.existsSync(backupsDir(file))).toBe(false)
  })
})

/** Polls a condition on the event loop (background snapshot); fails after 5 s. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('condition not met')
}
