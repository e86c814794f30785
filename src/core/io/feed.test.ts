// A big CSV import's parse thread (feed.ts): when it is started, the batches' wire format (batches.ts), and the
// real worker with and without it giving the same outcome (problems, a new country under two names, repeated keys
// listed by a second pass that reads the file again, preview rows) and a cancel rolling it back. The worker
// cases need the built worker (npx electron-vite build); otherwise they say so in one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readOptions, type Mapping } from '../../shared/dataFiles'
import { count, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import type { Engine } from '../engine'
import { BatchDecoder, BatchEncoder, movedBuffers } from './batches'
import { idleCores, parseThreadWanted } from './feed'
import type { RowItem } from './items'
import type { PipelineOutcome } from './pipeline'
import { inlineRunner, workerRunner } from './runners'
import { BUILT_WORKER, TRADE_KG_MAPPING, workerBuilt } from './testing'
import type { ImportTask, TaskMessage } from './task'

describe('when a big import gets a parse thread', () => {
  it('only with room for two busy threads, or when the setting says so', () => {
    expect(parseThreadWanted(6.2)).toBe(true)
    expect(parseThreadWanted(1.8)).toBe(true) // a quiet 2-core machine
    expect(parseThreadWanted(1.1)).toBe(false) // one core busy elsewhere: the writer would share its core
    expect(parseThreadWanted(0.2, 'on')).toBe(true)
    expect(parseThreadWanted(16, 'off')).toBe(false)
  })

  it('measures the idle cores from the CPU times', () => {
    const idle = idleCores(50)
    expect(idle).toBeGreaterThanOrEqual(0)
    expect(idle).toBeLessThanOrEqual(os.cpus().length)
  })
})

describe('the batches between the parse thread and the writer', () => {
  it('carry every item as it was, in order, across batches and shapes', () => {
    const items: RowItem[] = [
      { kind: 'record', rec: { row: 2, values: { a: 1.5, b: 'CHN', c: null, d: -0 }, display: {}, problems: [] } },
      { kind: 'error', row: 3, error: 'this row has 2 fields where the header has 4.' },
      { kind: 'record', rec: { row: 4, values: { a: 2 ** 53 - 1, b: 'CHN', c: '', d: 1e-300 }, display: {}, problems: [] } },
      { kind: 'heading', row: 5 },
      { kind: 'skip' },
      { kind: 'record', rec: { row: 6, values: { b: 'IND', a: 7 }, display: {}, problems: [] } },
      { kind: 'record', rec: { row: 7, values: { a: 'x' }, display: { a: 'x' }, problems: [] } },
      { kind: 'record', rec: { row: 8, values: { a: 'é', b: undefined as never }, display: {}, problems: [{ field: 'a', column: 'A', message: 'bad' }] } }
    ]
    const encoder = new BatchEncoder()
    const decoder = new BatchDecoder()
    const out: RowItem[] = []
    for (const [i, item] of items.entries()) {
      encoder.add(item)
      if (i === 3 || i === items.length - 1) {
        const batch = encoder.take(i)
        const moved = structuredClone(batch, { transfer: movedBuffers(batch) }) // as postMessage moves it
        expect(batch.data.byteLength).toBe(0) // moved, not copied
        decoder.each(moved, (it) => out.push(it))
      }
    }
    expect(out).toEqual(items)
    expect(Object.is((out[0] as Extract<RowItem, { kind: 'record' }>).rec.values.d, -0)).toBe(true)
  })
})

const WORKER = BUILT_WORKER
const built = workerBuilt('Parse-thread worker test')
const MAPPING = TRADE_KG_MAPPING

let dir: string
let engine: Engine
let messy: string

beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  messy = path.join(dir, 'messy.csv')
  const rows = Array.from({ length: 30_000 }, (_, i) => {
    if (i === 7) return 'IND,CHN,2020,280000,import,1,2' // a field too many
    if (i === 11) return 'IND,Atlantis,2020,280000,import,5' // not a country
    if (i === 12) return 'IND,CHN,19x0,280000,import,5' // not a year
    if (i === 20_000) return 'IND,CHN,1902,280000,import,99' // the key of row 4 (i = 2) again
    const partner = i % 3 === 0 ? 'Burma' : i % 3 === 1 ? 'Myanmar' : 'CHN' // one new country, two names
    return `IND,${partner},${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i}`
  })
  fs.writeFileSync(messy, ['reporter,partner,year,hs,flow,kg', ...rows].join('\n'))
})
afterAll(() => {
  engine?.close()
  removeDir(dir)
})

function task(mode: 'all' | 'valid', repeats: Mapping['repeats']): ImportTask {
  return {
    kind: 'import',
    datasetPath: engine.datasetPath,
    filePath: messy,
    fileName: 'messy.csv',
    read: readOptions.parse({}),
    table: 'trade_flow',
    mapping: { ...MAPPING, ...(repeats ? { repeats } : {}) },
    mode,
    actor: 'tester'
  }
}

/** Runs the task in the worker with the parse thread (the setting a worker reads when it starts), or in this one thread. */
async function importWith(t: ImportTask, parseThread: 'on' | 'off', watch?: (m: TaskMessage, cancel: () => void) => void): Promise<PipelineOutcome> {
  const before = process.env.LODESTONE_PARSE_THREAD
  process.env.LODESTONE_PARSE_THREAD = parseThread
  const messages: TaskMessage[] = []
  try {
    const running = (parseThread === 'on' || watch ? workerRunner(WORKER) : inlineRunner())(t, (m) => {
      messages.push(m)
      watch?.(m, () => running.cancel())
    })
    await running.finished
  } finally {
    if (before === undefined) delete process.env.LODESTONE_PARSE_THREAD
    else process.env.LODESTONE_PARSE_THREAD = before
  }
  const done = messages.find((m) => m.type === 'done')
  if (!done || done.type !== 'done') throw new Error(JSON.stringify(messages.find((m) => m.type === 'error')))
  return done.outcome
}

async function undoImport(): Promise<void> {
  await workerRunner(WORKER)({ kind: 'replay', datasetPath: engine.datasetPath, direction: 'backward', actor: 'tester' }, () => {}).finished
}

describe.skipIf(!built)('an import through the parse thread', () => {
  it('gives the outcome of one thread: problems, a new country under two names, preview rows, repeated keys', async () => {
    const cases = [
      ['all', 'keep-first'],
      ['valid', 'keep-first'],
      ['valid', undefined] // the repeated key is listed: a second pass reads the file again
    ] as const
    for (const [mode, repeats] of cases) {
      const threaded = await importWith(task(mode, repeats), 'on')
      const rowsAfterThreaded = count(engine, 'trade_flow')
      if (threaded.committed) await undoImport()
      const here = await importWith(task(mode, repeats), 'off')
      expect(count(engine, 'trade_flow')).toBe(rowsAfterThreaded)
      if (here.committed) await undoImport()
      expect([threaded.parseThread, here.parseThread]).toEqual([true, false])
      expect({ ...threaded, batchId: 0, parseThread: false }).toEqual({ ...here, batchId: 0 })
      // mode 'all' stops writing at the first bad row; 'valid' finds the repeat (kept first, or both listed)
      const repeated = mode === 'all' ? 0 : repeats === 'keep-first' ? 1 : 2
      expect(threaded.tally.created).toEqual([{ table: 'country', label: 'Myanmar (MMR)' }]) // Burma and Myanmar: one row
      expect(threaded.tally.counts).toMatchObject({ invalid: 3 + repeated, new: mode === 'all' ? 7 : 30_000 - 3 - repeated })
    }
  })

  it('rolls everything back when cancelled half-way', async () => {
    const before = count(engine, 'trade_flow')
    const outcome = await importWith(task('valid', 'keep-first'), 'on', (m, cancel) => {
      if (m.type === 'progress' && m.progress.rowsDone >= 10_000) cancel()
    })
    expect(outcome).toMatchObject({ cancelled: true, parseThread: true })
    expect(count(engine, 'trade_flow')).toBe(before)
    expect(engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})
