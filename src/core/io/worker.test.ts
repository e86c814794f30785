// The real import worker thread, as the built app runs it (out/main/importWorker.js): progress arrives while it
// works, the outcome comes back, and cancel (a flag in shared memory) rolls the import back. Vitest cannot start
// a TypeScript worker, so this runs only after `npx electron-vite build`; otherwise it says so in one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { readOptions } from '../../shared/dataFiles'
import Database from 'better-sqlite3'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import type { Engine } from '../engine'
import { workerRunner } from './runners'
import { BUILT_WORKER, TRADE_KG_MAPPING, workerBuilt } from './testing'
import type { ImportTask, TaskMessage } from './task'

const WORKER = BUILT_WORKER
const built = workerBuilt('Worker-thread test')
const MAPPING = TRADE_KG_MAPPING

let dir: string
let engine: Engine
let csv: string

beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  csv = path.join(dir, 'trade.csv')
  const rows = Array.from({ length: 60_000 }, (_, i) => `IND,CHN,${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i}`)
  fs.writeFileSync(csv, ['reporter,partner,year,hs,flow,kg', ...rows].join('\n'))
})
afterAll(() => {
  engine?.close()
  removeDir(dir)
})

function task(): ImportTask {
  return {
    kind: 'import',
    datasetPath: engine.datasetPath,
    filePath: csv,
    fileName: 'trade.csv',
    read: readOptions.parse({}),
    table: 'trade_flow',
    mapping: MAPPING,
    mode: 'all',
    actor: 'tester'
  }
}

describe.skipIf(!built)('the import worker thread', () => {
  it('reports progress, then the outcome, and the rows are there for the engine', async () => {
    const messages: TaskMessage[] = []
    await workerRunner(WORKER)(task(), (m) => messages.push(m)).finished
    expect(messages.filter((m) => m.type === 'progress').length).toBeGreaterThan(5)
    const done = messages.find((m) => m.type === 'done')
    expect(done && done.type === 'done' && done.outcome.tally.counts.new).toBe(60_000)
    expect(count(engine, 'trade_flow')).toBe(60_000)
    const replayed: TaskMessage[] = []
    await workerRunner(WORKER)({ kind: 'replay', datasetPath: engine.datasetPath, direction: 'backward', actor: 'tester' }, (m) => replayed.push(m)).finished
    expect(replayed).toEqual([
      expect.objectContaining({
        type: 'replayed',
        result: expect.objectContaining({ canRedo: true, applied: expect.objectContaining({ bulkTables: ['trade_flow'] }) })
      })
    ])
    expect(count(engine, 'trade_flow')).toBe(0)
    expect(engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('sorts a view off the UI thread: the ids in order, as SQL gives them', async () => {
    const messages: TaskMessage[] = []
    const sql = 'SELECT t.id FROM country t ORDER BY t.name DESC, t.id'
    await workerRunner(WORKER)({ kind: 'order', datasetPath: engine.datasetPath, sql, params: [] }, (m) => messages.push(m)).finished
    const expected = (engine.db.prepare(sql).pluck().all() as number[]).slice()
    expect(messages).toEqual([{ type: 'ordered', ids: Int32Array.from(expected) }])
  })

  it('rolls everything back when cancelled half-way', async () => {
    const messages: TaskMessage[] = []
    const running = workerRunner(WORKER)(task(), (m) => {
      messages.push(m)
      if (m.type === 'progress' && m.progress.rowsDone >= 20_000) running.cancel()
    })
    await running.finished
    const done = messages.find((m) => m.type === 'done')
    expect(done && done.type === 'done' && done.outcome.cancelled).toBe(true)
    expect(count(engine, 'trade_flow')).toBe(0)
    expect(engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it("writes the snapshot's copy in its own thread before it commits, and rolls back when the copy fails", async () => {
    const before = count(engine, 'trade_flow')
    const copy = path.join(dir, 'before-import.lodestone')
    const threads: number[] = []
    const messages: TaskMessage[] = []
    await workerRunner(WORKER)(
      task(),
      (m) => messages.push(m),
      async (copyInTask) => {
        await copyInTask(copy)
        threads.push(1)
      }
    ).finished
    expect(threads).toEqual([1])
    expect(messages.some((m) => m.type === 'done' && m.outcome.committed)).toBe(true)
    expect(count(engine, 'trade_flow')).toBe(before + 60_000)
    // The copy holds the dataset as it was committed before the import.
    const copied = new Database(copy, { readonly: true })
    expect(copied.prepare('SELECT count(*) AS n FROM trade_flow').get()).toEqual({ n: before })
    copied.close()
    await ok(engine, 'history.undo', {})

    const failed: TaskMessage[] = []
    await workerRunner(WORKER)(
      task(),
      (m) => failed.push(m),
      (copyInTask) => copyInTask(path.join(dir, 'no such folder', 'copy.lodestone'))
    ).finished
    const error = failed.find((m) => m.type === 'error')
    expect(error && error.type === 'error' && error.error.message).toMatch(/unable to open|cannot open|directory/i)
    expect(count(engine, 'trade_flow')).toBe(before)
  })
})
