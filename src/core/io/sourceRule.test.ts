// Figures never come in without a source, whoever drives the import: the engine refuses import.start when the
// mapping gives Figures no source (no column, no value for every row), in words, and writes nothing. The wizard
// asks before it gets there; the CLI says to add --source.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Mapping } from '../../shared/dataFiles'
import type { Engine } from '../engine'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { waitForJob } from './testing'

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

const CSV = 'country,indicator,subject,period,value,unit,basis\nIND,mine_production,REO total,2031,7,t,REO equivalent\n'

describe('the source rule at the engine', () => {
  it('refuses import.start for figures with no source, for an empty constant too, and writes nothing', async () => {
    const { uploadId } = await ok(engine, 'import.upload', { name: 'own.csv', data: Buffer.from(CSV).toString('base64') })
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'observation' })
    expect(preview.mapping.fields.source_id).toBeUndefined()
    const before = count(engine, 'observation')
    const sourceless: Mapping[] = [preview.mapping, { ...preview.mapping, fields: { ...preview.mapping.fields, source_id: { constant: '  ' } } }]
    for (const mapping of sourceless) {
      const answer = await engine.call('import.start', { uploadId, mapping })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(answer.ok ? '' : answer.error.message).toContain('Figures never come in without a source, and this mapping gives none')
    }
    expect(count(engine, 'observation')).toBe(before)

    const mapping = { ...preview.mapping, fields: { ...preview.mapping.fields, source_id: { constant: 'USGS-MCS2026-RE' } } }
    const started = await ok(engine, 'import.start', { uploadId, mapping })
    const done = await waitForJob(engine, started.jobId)
    expect(done.result?.counts.new).toBe(1)
    expect(count(engine, 'observation')).toBe(before + 1)
  })

  it('does not ask other tables for a source', async () => {
    const { uploadId } = await ok(engine, 'import.upload', { name: 'c.csv', data: Buffer.from('code,name,kind\nXAT,Atlantis,country\n').toString('base64') })
    const preview = await ok(engine, 'import.preview', { uploadId, table: 'country' })
    const started = await ok(engine, 'import.start', { uploadId, mapping: preview.mapping })
    expect((await waitForJob(engine, started.jobId)).result?.counts.new).toBe(1)
  })
})
