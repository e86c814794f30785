// A figure's qualifier follows its value cell even when the file has no qualifier column: re-imported as a
// number where it was NA, it loses the NA (counted updated); a bound keeps its sign; a blank cell adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import { readOptions, type Mapping } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { runPipeline, type PipelineOutcome } from './pipeline'

const MAPPING: Mapping = {
  table: 'observation',
  fields: {
    country_id: { constant: 'IND' },
    indicator_id: { constant: 'reserves' },
    subject: { constant: 'Beach sand minerals' },
    period: { column: 'year' },
    value: { column: 'value' },
    unit_id: { constant: 't REO' },
    source_id: { constant: 'TEST-QUALIFIER' }
  },
  source: { code: 'TEST-QUALIFIER', title: 'A table with no qualifier column' }
}

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = createEngine({ datasetPath: path.join(dir, 'q.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const load = (value: string): Promise<PipelineOutcome> =>
  runPipeline(engine.db, new TextEncoder().encode(`year,value\n2030,${value}\n`), 'q.csv', {
    read: readOptions.parse({}),
    table: 'observation',
    mapping: MAPPING,
    mode: 'all',
    dryRun: false,
    actor: 'tester'
  })

const stored = (): unknown =>
  engine.db.prepare("SELECT value, value_text, qualifier FROM observation WHERE period = '2030' AND subject = 'Beach sand minerals'").get()

describe('the qualifier as the value cell says, with no qualifier column', () => {
  it('NA, then a number: the NA goes; then a bound: its sign', async () => {
    expect((await load('NA')).tally.counts.new).toBe(1)
    expect(stored()).toEqual({ value: null, value_text: 'NA', qualifier: 'NA' })
    expect((await load('"2,900"')).tally.counts.updated).toBe(1)
    expect(stored()).toEqual({ value: 2900, value_text: '2,900', qualifier: '' })
    expect((await load('"2,900"')).tally.counts.unchanged).toBe(1)
    await load('>900')
    expect(stored()).toEqual({ value: 900, value_text: '>900', qualifier: '>' })
  })
})
