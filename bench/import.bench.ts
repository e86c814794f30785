// Issue 6 and 11 bench: a generated 1,000,000-row trade CSV (~48 MB) imported by Lodestone (parse, validate,
// convert, upsert by natural key, change log, indexes) in its worker thread, parsing in a second thread when the
// cores are idle (LODESTONE_PARSE_THREAD=on or off decides instead), against the sqlite3 command line's `.import` of
// the same file in the same run (also with seven indexes built after it, as many as trade_flow had when the target
// was set; it has nine now). Records when each phase began, peak memory and the longest event-loop stall of the
// thread that answers the UI while the worker imports, and the load average around the run (the machine is
// shared). Then opens the 1M-row dataset to its first grid page, quick_check after that, takes a backup of it, and
// undoes and redoes the whole import (in the worker) watching the UI thread. Also the floor (importFloor.ts):
// SQLite alone loading the same rows, already converted, into our schema and indexes.
// Targets: import <= 1.3x sqlite3 .import with the indexes, peak RSS < 500 MB, UI thread stall < 50 ms; first page
// < 500 ms; backup < 2 s. Needs the built worker (out/main/importWorker.js) and /usr/bin/sqlite3.
import { expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { BackupItem, JobStatus, Mapping, UploadResult } from '../src/shared/dataFiles'
import { createEngine, type Engine } from '../src/core/engine'
import { workerRunner } from '../src/core/io/runners'
import { removeDir, STARTER_DIR, tempDir } from '../src/core/testing/tempDataset'
import { round, writeResult } from './stats'
import { sqliteFloorMs } from './importFloor'

const ROWS = 1_000_000
const WORKER = path.resolve(__dirname, '../out/main/importWorker.js')
const SQLITE3 = process.env.LODESTONE_SQLITE3 ?? '/usr/bin/sqlite3'
const REPORTERS = ['IND', 'CHN', 'USA', 'JPN', 'KOR', 'DEU', 'FRA', 'GBR', 'AUS', 'BRA']
const PARTNERS = [
  'AUS',
  'AUT',
  'BEL',
  'BRA',
  'CAN',
  'CHE',
  'CHL',
  'CHN',
  'CZE',
  'DEU',
  'DNK',
  'ESP',
  'EST',
  'FIN',
  'FRA',
  'GBR',
  'GRC',
  'HKG',
  'HUN',
  'IDN',
  'IND',
  'IRL',
  'ISR',
  'ITA',
  'JPN',
  'KAZ',
  'KOR',
  'LAO',
  'MEX',
  'MMR',
  'MYS',
  'NLD',
  'NOR',
  'NZL',
  'PHL',
  'POL',
  'PRT',
  'RUS',
  'SAU',
  'SGP',
  'SWE',
  'THA',
  'TUR',
  'TWN',
  'UKR',
  'USA',
  'VNM',
  'ZAF',
  'ARG',
  'EGY'
]
const FLOWS = ['import', 'export', 're-import', 're-export']
const HS = Array.from({ length: 20 }, (_, i) => String(284610 + i * 5))
const YEARS = Array.from({ length: 25 }, (_, i) => 2000 + i)

const MAPPING: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'reporter' },
    partner_id: { column: 'partner' },
    year: { column: 'year' },
    hs_code: { column: 'hs_code' },
    flow: { column: 'flow' },
    quantity: { column: 'quantity' },
    quantity_unit_id: { column: 'unit' },
    value_usd: { column: 'value_usd' },
    value_basis: { column: 'basis' },
    estimated: { column: 'estimated' }
  }
}

/** 10 reporters x 50 partners x 25 years x 20 HS codes x 4 flows = 1,000,000 distinct trade flows. */
function writeCsv(file: string): number {
  const fd = fs.openSync(file, 'w')
  fs.writeSync(fd, 'reporter,partner,year,hs_code,flow,quantity,unit,value_usd,basis,estimated\n')
  let n = 0
  let lines: string[] = []
  for (const r of REPORTERS)
    for (const p of PARTNERS)
      for (const y of YEARS)
        for (const h of HS)
          for (const f of FLOWS) {
            const q = ((n * 7919) % 100000) / 10
            lines.push(`${r},${p},${y},${h},${f},${q},kg,${Math.round(q * 13.7)},${f.endsWith('import') ? 'CIF' : 'FOB'},${n % 9 === 0 ? 1 : 0}`)
            if (++n % 50_000 === 0) {
              fs.writeSync(fd, `${lines.join('\n')}\n`)
              lines = []
            }
          }
  fs.writeSync(fd, lines.join('\n'))
  fs.closeSync(fd)
  return n
}

function sqliteImport(csv: string, db: string, withIndexes: boolean): number {
  const indexes = withIndexes
    ? [
        'CREATE UNIQUE INDEX k ON trade(reporter, partner, year, hs_code, flow)',
        'CREATE INDEX y ON trade(year)',
        'CREATE INDEX p ON trade(partner)',
        'CREATE INDEX h ON trade(hs_code)',
        'CREATE INDEX q ON trade(quantity)',
        'CREATE INDEX v ON trade(value_usd)',
        'CREATE INDEX rh ON trade(reporter, hs_code, flow, year)'
      ]
    : []
  const start = performance.now()
  const out = spawnSync(SQLITE3, [db, '.mode csv', `.import ${csv} trade`, ...indexes], { encoding: 'utf8' })
  const ms = performance.now() - start
  if (out.status !== 0) throw new Error(`sqlite3 failed: ${out.stderr}`)
  return ms
}

/** Uploads the file in 8 MB slices, as the wizard does (the browser reads a File slice by slice). */
async function upload(engine: Engine, csv: string): Promise<string> {
  const fd = fs.openSync(csv, 'r')
  const slice = Buffer.alloc(8 << 20)
  let id: string | undefined
  try {
    for (let n = fs.readSync(fd, slice); n > 0; n = fs.readSync(fd, slice)) {
      const r = await engine.call('import.upload', { name: 'trade-1m.csv', data: slice.subarray(0, n).toString('base64'), ...(id ? { uploadId: id } : {}) })
      if (!r.ok) throw new Error(r.error.message)
      id = (r.value as UploadResult).uploadId
    }
  } finally {
    fs.closeSync(fd)
  }
  return id!
}

function waitForJob(engine: Engine, jobId: string): Promise<JobStatus> {
  return new Promise((resolve) => {
    const off = engine.on('job.progress', (s) => {
      if (s.jobId === jobId && s.state !== 'running') {
        off()
        resolve(s)
      }
    })
  })
}

async function importWithLodestone(dataset: string, csv: string): Promise<Record<string, number | string>> {
  const engine = createEngine({ datasetPath: dataset, host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR, runner: workerRunner(WORKER) })
  const uploadId = await upload(engine, csv)
  global.gc?.()
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  // The phase the peak came in, and the heap of this thread at that moment (the rest is the worker's and SQLite's).
  let peakPhase = 'starting'
  let heapAtPeak = 0
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    if (m.rss <= peak) return
    peak = m.rss
    peakPhase = phase
    heapAtPeak = m.heapUsed
  }, 20)
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const start = performance.now()
  let phase = 'starting'
  // When each phase began, in ms from the start: where the import's time goes.
  const phaseStartMs: Record<string, number> = {}
  const offPhase = engine.on('job.progress', (j) => {
    phase = j.phase
    phaseStartMs[phase] ??= round(performance.now() - start, 0)
  })
  const stalls: { atMs: number; ms: number; phase: string }[] = []
  let last = performance.now()
  const watch = setInterval(() => {
    const now = performance.now()
    if (now - last > 50) stalls.push({ atMs: round(now - start, 0), ms: round(now - last - 10, 0), phase })
    last = now
  }, 10)
  const started = await engine.call('import.start', { uploadId, mapping: MAPPING, mode: 'all' })
  if (!started.ok) throw new Error(started.error.message)
  const done = await waitForJob(engine, (started.value as JobStatus).jobId)
  const ms = performance.now() - start
  loop.disable()
  clearInterval(sampler)
  clearInterval(watch)
  offPhase()
  engine.close()
  if (done.state !== 'done') throw new Error(`import ${done.state}: ${done.error?.message}`)
  return {
    importMs: round(ms, 0),
    summary: done.result!.summary,
    rowsPerSecond: Math.round(ROWS / (ms / 1000)),
    peakRssMb: round(peak / 2 ** 20, 0),
    peakPhase,
    uiThreadHeapAtPeakMb: round(heapAtPeak / 2 ** 20, 0),
    rssBeforeImportMb: round(rssBefore / 2 ** 20, 0),
    uiThreadMaxStallMs: round(loop.max / 1e6, 1),
    uiThreadP99StallMs: round(loop.percentile(99) / 1e6, 1),
    uiThreadStallsOver50Ms: JSON.stringify(stalls.slice(0, 10)),
    phaseStartMs: JSON.stringify(phaseStartMs),
    threads: done.result!.threads ?? 1
  }
}

/** The thread answering the UI: the longest gap between 10 ms timer ticks while `work` runs. */
async function withStallWatch<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; maxStallMs: number }> {
  let last = performance.now()
  let maxStallMs = 0
  const watch = setInterval(() => {
    const now = performance.now()
    maxStallMs = Math.max(maxStallMs, now - last - 10)
    last = now
  }, 10)
  const start = performance.now()
  const value = await work()
  const ms = performance.now() - start
  clearInterval(watch)
  return { value, ms, maxStallMs }
}

/** Undo of the whole 1M-row import (and redo), as the UI asks for it: in the worker, the UI thread free. */
async function undoAndRedo(dataset: string): Promise<Record<string, number>> {
  const engine = createEngine({ datasetPath: dataset, host: 'test', runner: workerRunner(WORKER) })
  try {
    const undone = await withStallWatch(() => engine.call('history.undo', {}))
    if (!undone.value.ok) throw new Error(undone.value.error.message)
    const redone = await withStallWatch(() => engine.call('history.redo', {}))
    if (!redone.value.ok) throw new Error(redone.value.error.message)
    return {
      undoImportMs: round(undone.ms, 0),
      undoUiThreadMaxStallMs: round(undone.maxStallMs, 1),
      redoImportMs: round(redone.ms, 0),
      redoUiThreadMaxStallMs: round(redone.maxStallMs, 1)
    }
  } finally {
    engine.close()
  }
}

async function openToFirstPage(dataset: string): Promise<Record<string, number>> {
  const start = performance.now()
  const engine = createEngine({ datasetPath: dataset, host: 'test' })
  const page = await engine.call('rows.page', { table: 'trade_flow', offset: 0, limit: 100 })
  const firstPageMs = performance.now() - start
  if (!page.ok) throw new Error(page.error.message)
  const checkStart = performance.now()
  const check = engine.db.pragma('quick_check', { simple: true })
  const quickCheckMs = performance.now() - checkStart
  expect(check).toBe('ok')
  const tradeFlowIndexes = engine.db
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_flow' AND sql IS NOT NULL")
    .pluck()
    .get() as number
  const backupStart = performance.now()
  const backup = await engine.call('backups.create', { name: 'bench' })
  const backupMs = performance.now() - backupStart
  if (!backup.ok) throw new Error(backup.error.message)
  engine.close()
  return {
    tradeFlowIndexes,
    firstPageMs: round(firstPageMs, 0),
    quickCheckAfterFirstPageMs: round(quickCheckMs, 0),
    backupMs: round(backupMs, 0),
    backupMb: round((backup.value as BackupItem).sizeBytes / 2 ** 20, 1)
  }
}

it.skipIf(!fs.existsSync(WORKER) || !fs.existsSync(SQLITE3))(
  'imports 1,000,000 trade rows against sqlite3 .import; opens and backs up the result',
  async () => {
    const dir = tempDir('lodestone-import-bench-')
    try {
      const csv = path.join(dir, 'trade-1m.csv')
      expect(writeCsv(csv)).toBe(ROWS)
      const csvMb = round(fs.statSync(csv).size / 2 ** 20, 1)
      const loadBefore = os.loadavg()
      const sqliteMs = sqliteImport(csv, path.join(dir, 'plain.db'), false)
      const sqliteIndexedMs = sqliteImport(csv, path.join(dir, 'indexed.db'), true)
      const dataset = path.join(dir, 'bench.lodestone')
      const lodestone = await importWithLodestone(dataset, csv)
      const loadAfter = os.loadavg()
      const datasetMb = round(fs.statSync(dataset).size / 2 ** 20, 1)
      // SQLite alone, the same rows already converted, into our own table and its indexes: what no import can beat.
      const floor = sqliteFloorMs(dataset, path.join(dir, 'floor.db'), { reporters: REPORTERS, partners: PARTNERS, years: YEARS, hsCodes: HS, flows: FLOWS })
      const open = await openToFirstPage(dataset)
      const history = await undoAndRedo(dataset)
      const result = {
        rows: ROWS,
        csvMb,
        sqlite3ImportMs: round(sqliteMs, 0),
        sqlite3ImportWithIndexesMs: round(sqliteIndexedMs, 0),
        ...lodestone,
        ratioToSqlite3Import: round(Number(lodestone.importMs) / sqliteMs, 2),
        ratioToSqlite3ImportWithIndexes: round(Number(lodestone.importMs) / sqliteIndexedMs, 2),
        sqliteAloneIntoOurSchemaMs: round(floor.ms, 0),
        sqliteAloneIndexes: floor.indexes,
        ratioToSqliteAloneIntoOurSchema: round(Number(lodestone.importMs) / floor.ms, 2),
        ratioSqliteAloneToSqlite3ImportWithIndexes: round(floor.ms / sqliteIndexedMs, 2),
        sqlite3Indexes: 7,
        loadAverage1mBefore: round(loadBefore[0]!, 2),
        loadAverage1mAfter: round(loadAfter[0]!, 2),
        datasetMb,
        ...open,
        ...history,
        targets: { ratioToSqlite3ImportWithIndexes: 1.3, peakRssMb: 500, uiThreadMaxStallMs: 50, firstPageMs: 500, backupMs: 2000 }
      }
      console.log(JSON.stringify(result, null, 2), '->', writeResult('import', result))
      expect(lodestone.summary).toBe('0 unchanged, 0 updated, 1,000,000 new')
    } finally {
      removeDir(dir)
    }
  }
)
