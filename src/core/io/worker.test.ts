// The real import worker thread, as the built app runs it (out/main/importWorker.js): progress arrives while it
// works, the outcome comes back, and cancel (a flag in shared memory) rolls the import back. Vitest cannot start
// a TypeScript worker, so this runs only after `npx electron-vite build`; otherwise it says so in one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { readOptions, type Mapping } from '../../shared/dataFiles'
import { count, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import type { Engine } from '../engine'
import { workerRunner } from './runners'
import type { ImportTask, TaskMessage } from './task'

const WORKER = path.resolve(__dirname, '../../../out/main/importWorker.js')
const built = fs.existsSync(WORKER)
if (!built) console.log(`Worker-thread test skipped: ${WORKER} is missing (run npx electron-vite build first).`)

const MAPPING: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'reporter' },
    partner_id: { column: 'partner' },
    year: { column: 'year' },
    hs_code: { column: 'hs' },
    flow: { column: 'flow' },
    quantity: { column: 'kg' }
  }
}

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
})
