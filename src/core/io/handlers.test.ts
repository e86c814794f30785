// Import through the contract, as the wizard drives it: upload in chunks, preview with suggested mapping and
// per-cell validation, start (a snapshot first), progress events to the end, the change announced, the report.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import type { JobStatus, Mapping, UploadResult } from '../../shared/dataFiles'
import type { Engine } from '../engine'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { waitForJob } from './testing'
import Database from 'better-sqlite3'
import { backupFile } from '../backups/store'
import { buildInBackground, readyIndex } from '../grid/findIndex'

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

const CSV =
  'Reporter;Partner;Year;HS code;Flow;Quantity;Value (USD)\nIND;CHN;2023;2846;import;1.234,5;5000\nIND;CHN;2024;2846;import;900,25;4100\nIND;Atlantis;2024;2846;import;12;30\n'

async function upload(text: string, name = 'trade.csv'): Promise<UploadResult> {
  const bytes = Buffer.from(text, 'utf8')
  const half = Math.floor(bytes.length / 2)
  const first = await ok(engine, 'import.upload', { name, data: bytes.subarray(0, half).toString('base64') })
  return ok(engine, 'import.upload', { name, data: bytes.subarray(half).toString('base64'), uploadId: first.uploadId })
}

describe('import through the contract', () => {
  it('previews a semicolon CSV with decimal commas: suggested mapping, cell problems, counts; nothing written', async () => {
    const { uploadId, bytes } = await upload(CSV)
    expect(bytes).toBe(Buffer.byteLength(CSV))
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
    expect(preview.layout).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',', headerRow: 1 })
    expect(preview.mapping.fields).toMatchObject({
      reporter_id: { column: 'Reporter' },
      partner_id: { column: 'Partner' },
      hs_code: { column: 'HS code' },
      quantity: { column: 'Quantity' },
      value_usd: { column: 'Value (USD)' }
    })
    expect(preview.counts).toMatchObject({ rows: 3, valid: 2, invalid: 1, new: 2 })
    expect(preview.rows[0]).toMatchObject({ row: 2, status: 'new', values: { quantity: 1234.5, partner_id: 'China' } })
    expect(preview.rows[2]!.problems.partner_id).toMatch(/"Atlantis" is not a country/)
    expect(preview.problems).toEqual([expect.objectContaining({ row: 4, column: 'Partner', field: 'partner_id', value: 'Atlantis' })])
    expect(count(engine, 'trade_flow')).toBe(0)
    const report = await ok(engine, 'import.report', { uploadId })
    expect(report.csv.split('\n')[1]).toMatch(/^4,Partner,partner_id,Atlantis,"""Atlantis"" is not a country/)
  })

  it('imports only the valid rows after a snapshot, announces the change, and says what it did', async () => {
    const { uploadId } = await upload(CSV)
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
    const changed: unknown[] = []
    engine.on('dataset.changed', (e) => changed.push(e))
    const started = await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'valid' })
    expect(started).toMatchObject({ kind: 'import', state: 'running' })
    const done = await waitForJob(engine, started.jobId)
    expect(done.state).toBe('done')
    expect(done.result).toMatchObject({ summary: '0 unchanged, 0 updated, 2 new', skippedRows: [4], counts: { invalid: 1 } })
    expect(count(engine, 'trade_flow')).toBe(2)
    expect(changed).toEqual([expect.objectContaining({ origin: 'import', tables: ['trade_flow'] })])
    const backups = await ok(engine, 'backups.list', {})
    expect(backups.items.map((b) => b.kind)).toContain('before-import')
    expect(done.result!.backupId).toBe(backups.items.find((b) => b.kind === 'before-import')!.id)
    // Taken while the import's transaction was open, the backup is the dataset as it was before the import.
    const copy = new Database(backupFile(engine.datasetPath, done.result!.backupId!), { readonly: true })
    expect(copy.prepare('SELECT count(*) FROM trade_flow').pluck().get()).toBe(0)
    copy.close()
  })

  it('takes no backup for an import that changes nothing (a re-import of the same file), and says so', async () => {
    const { uploadId } = await upload(CSV)
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
    const first = await waitForJob(engine, (await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'valid' })).jobId)
    expect(first.result!.backupId).not.toBeNull()
    const folder = `${engine.datasetPath}.backups`
    const before = fs.readdirSync(folder).sort()
    const again = await waitForJob(engine, (await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'valid' })).jobId)
    expect(again.state).toBe('done')
    expect(again.result).toMatchObject({ summary: '2 unchanged, 0 updated, 0 new', backupId: null, batchId: 0 })
    expect(fs.readdirSync(folder).sort()).toEqual(before)
    expect(count(engine, 'trade_flow')).toBe(2)
  })

  it("leaves a bulk import's rows to Find's index, built in the background, instead of noting each as changed", async () => {
    const lines = Array.from({ length: 25_000 }, (_, i) => `IND;CHN;${1900 + (i % 200)};${280000 + Math.floor(i / 200)};import;${i};${i}`)
    const { uploadId } = await upload(['Reporter;Partner;Year;HS code;Flow;Quantity;Value (USD)', ...lines].join('\n'), 'big.csv')
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
    const done = await waitForJob(engine, (await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'all' })).jobId)
    expect(done.state).toBe('done')
    expect(count(engine, 'find_trade_flow_dirty')).toBe(0)
    await buildInBackground(engine.db, 'trade_flow')
    expect(readyIndex(engine.db, 'trade_flow')).not.toBeNull()
    const matching = engine.db.prepare('SELECT rowid FROM find_trade_flow WHERE find_trade_flow MATCH ?').pluck().all('"24987"') as number[]
    expect(matching.map((id) => (engine.db.prepare('SELECT quantity FROM trade_flow WHERE id = ?').pluck().get(id) as number) === 24_987)).toContain(true)
  })

  it('undoes and redoes a bulk import as a job off the UI thread, and announces both', async () => {
    const lines = Array.from({ length: 25_000 }, (_, i) => `IND;CHN;${1900 + (i % 200)};${280000 + Math.floor(i / 200)};import;${i};${i}`)
    const { uploadId } = await upload(['Reporter;Partner;Year;HS code;Flow;Quantity;Value (USD)', ...lines].join('\n'), 'big.csv')
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
    const done = await waitForJob(engine, (await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'all' })).jobId)
    expect(done.state).toBe('done')
    const jobs: JobStatus[] = []
    const changed: unknown[] = []
    engine.on('job.progress', (j) => jobs.push(j))
    engine.on('dataset.changed', (e) => changed.push(e))
    const undone = await ok(engine, 'history.undo', {})
    expect(undone).toMatchObject({ canRedo: true, label: 'Import big.csv into Trade flows (25,000 new, 0 updated)', applied: { bulkTables: ['trade_flow'] } })
    expect(count(engine, 'trade_flow')).toBe(0)
    await ok(engine, 'history.redo', {})
    expect(count(engine, 'trade_flow')).toBe(25_000)
    expect(jobs.filter((j) => j.state === 'done').map((j) => j.kind)).toEqual(['undo', 'redo'])
    expect(changed).toEqual([
      expect.objectContaining({ origin: 'undo', tables: ['trade_flow'] }),
      expect.objectContaining({ origin: 'redo', tables: ['trade_flow'] })
    ])
  })

  it('refuses import all when a row is invalid, and the job says why', async () => {
    const { uploadId } = await upload(CSV)
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
    const started = await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'all' })
    const done = await waitForJob(engine, started.jobId)
    expect(done.state).toBe('failed')
    expect(done.error!.message).toMatch(/has 1 invalid row, so nothing was imported/)
    expect(count(engine, 'trade_flow')).toBe(0)
  })

  it('says which mapping fields cannot work before any row is read', async () => {
    const { uploadId } = await upload(CSV)
    const mapping: Mapping = { table: 'trade_flow', fields: { reporter_id: { column: 'Reporter' }, partner_id: { column: 'Origin' } } }
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow', mapping })
    expect(preview.mappingProblems).toEqual([
      expect.stringMatching(/^Partner is mapped to column "Origin", which the file does not have\. Its columns are: "Reporter", "Partner"/),
      'Year is required: map a column to it, or give one value for every row.',
      'HS code is required: map a column to it, or give one value for every row.',
      'Flow is required: map a column to it, or give one value for every row.'
    ])
  })

  it('refuses uploads to a read-only dataset and unknown uploads in words', async () => {
    const bad = await engine.call('import.preview', { uploadId: 'no-such-upload', table: 'trade_flow' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const file = engine.datasetPath
    engine.close()
    const { createEngine } = await import('../engine')
    engine = createEngine({ datasetPath: file, host: 'test', readOnly: true })
    const refused = await engine.call('import.upload', { name: 'x.csv', data: Buffer.from('a,b\n').toString('base64') })
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } })
    expect(fs.existsSync(path.join(dir, 'test.lodestone.backups'))).toBe(false)
  })
})
