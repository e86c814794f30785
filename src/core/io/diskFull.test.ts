// A full disk during an import: the dataset sits on a 2 MB tmpfs, the import needs more. The import stops with
// a clear message, everything is rolled back, the dataset passes integrity_check with the same content and
// main-file bytes, and it still takes edits once space is free. Needs root to mount a tmpfs; otherwise it
// prints one line saying why it was skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readOptions, type Mapping } from '../../shared/dataFiles'
import type { Engine } from '../engine'
import { ok, seededEngine } from '../testing/tempDataset'
import { runPipeline } from './pipeline'

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-full-'))
let why: string | null = null
try {
  if (process.platform !== 'linux') throw new Error('tmpfs mounts are a Linux feature')
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' })
} catch (e) {
  why = String((e as { stderr?: Buffer }).stderr?.toString() || (e as Error).message)
    .trim()
    .split('\n')[0]!
  console.log(`Disk-full test skipped: a small tmpfs could not be mounted here (${why}).`)
}

const TRADE: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'reporter' },
    partner_id: { column: 'partner' },
    year: { column: 'year' },
    hs_code: { column: 'hs' },
    flow: { column: 'flow' },
    quantity: { column: 'kg' },
    note: { column: 'note' }
  }
}

let engine: Engine
let csv: Buffer

function content(): string {
  const hash = crypto.createHash('sha256')
  for (const table of ['country', 'unit', 'source', 'trade_flow', 'edit_batch', 'change_log']) {
    for (const row of engine.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()) hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}

beforeAll(async () => {
  if (why) return
  engine = await seededEngine(mountPoint)
  engine.db.pragma('wal_checkpoint(TRUNCATE)')
  const rows = Array.from(
    { length: 40_000 },
    (_, i) => `IND,CHN,${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i},"a note long enough to need some room on the disk, row ${i}"`
  )
  csv = Buffer.from(['reporter,partner,year,hs,flow,kg,note', ...rows].join('\n'))
})

afterAll(() => {
  engine?.close()
  if (!why) execFileSync('umount', [mountPoint])
  fs.rmSync(mountPoint, { recursive: true, force: true })
})

describe.skipIf(why !== null)('a full disk during an import', () => {
  it('stops with a clear message, rolls back, and leaves the dataset intact', async () => {
    const before = content()
    const bytes = crypto.createHash('sha256').update(fs.readFileSync(engine.datasetPath)).digest('hex')
    let message = ''
    try {
      await runPipeline(engine.db, csv, 'big.csv', {
        read: readOptions.parse({}),
        table: 'trade_flow',
        mapping: TRADE,
        mode: 'all',
        dryRun: false,
        actor: 'tester'
      })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toBe(
      'The disk is full, so the import of big.csv stopped and was rolled back: the dataset is exactly as it was. Free some disk space and import again.'
    )
    expect(engine.db.inTransaction).toBe(false)
    expect(content()).toBe(before)
    expect(crypto.createHash('sha256').update(fs.readFileSync(engine.datasetPath)).digest('hex')).toBe(bytes)
    expect(engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
    engine.db.pragma('wal_checkpoint(TRUNCATE)')
    await ok(engine, 'edits.apply', { changes: [{ kind: 'insert', table: 'country', values: { code: 'JPN', name: 'Japan', kind: 'country' } }] })
    expect(engine.db.prepare("SELECT count(*) AS n FROM country WHERE code = 'JPN'").get()).toEqual({ n: 1 })
  })
})
