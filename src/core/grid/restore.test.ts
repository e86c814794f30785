// Recently deleted rows and their restore (with their own ids and the evidence links deleted with them, as one
// undoable batch), refusals in words when a row cannot come back; column state kept per table in the dataset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import type { ColumnState } from '../../shared/grids'
import type { TableName } from '../../shared/api'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

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

async function insert(table: TableName, values: Record<string, string | number | null>): Promise<number> {
  return (await ok(engine, 'edits.apply', { changes: [{ kind: 'insert', table, values }] })).insertedIds[0]!
}

describe('recently deleted', () => {
  it('lists a deleted assessment and restores it with its id and its evidence links, undoably', async () => {
    const theme = await insert('theme', { name: 'Midstream processing' })
    const assessment = await insert('assessment', { title: 'Midstream gap', country_id: 'IND', theme_id: theme, status: 'draft' })
    await insert('assessment_evidence', { assessment_id: assessment, target_table: 'country', target_id: 1, note: 'why' })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'assessment', id: assessment }] })
    expect(count(engine, 'assessment_evidence')).toBe(0)

    const deleted = await ok(engine, 'history.deleted', {})
    expect(deleted[0]).toMatchObject({ table: 'assessment', id: assessment, label: 'Midstream gap', owned: 1, batchLabel: 'Delete assessment' })

    const restored = await ok(engine, 'history.restore', { items: [{ table: 'assessment', id: assessment }] })
    expect(restored.restored).toEqual([
      { table: 'assessment', id: assessment },
      { table: 'assessment_evidence', id: 1 }
    ])
    expect(count(engine, 'assessment_evidence')).toBe(1)
    expect(await ok(engine, 'history.deleted', {})).toEqual([])

    await ok(engine, 'history.undo', {})
    expect(count(engine, 'assessment')).toBe(0)
  })

  it('survives a restart and filters by table', async () => {
    const country = await insert('country', { code: 'JPN', name: 'Japan', kind: 'country' })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'country', id: country }] })
    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test' })
    expect(await ok(engine, 'history.deleted', { table: 'country' })).toHaveLength(1)
    expect(await ok(engine, 'history.deleted', { table: 'source' })).toHaveLength(0)
  })

  it('refuses, in words, a row whose referenced row is gone too, and a row that is back already', async () => {
    const source = await insert('source', { code: 'SRC-X', title: 'X' })
    const country = await insert('country', { code: 'KOR', name: 'Korea', kind: 'country' })
    const flow = await insert('trade_flow', { reporter_id: country, partner_id: 'CHN', year: 2020, hs_code: '2846', flow: 'import', source_id: source })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'trade_flow', id: flow }] })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'source', id: source }] })
    const refused = await engine.call('history.restore', { items: [{ table: 'trade_flow', id: flow }] })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'constraint', message: expect.stringMatching(/its Source \(source \d+\) was deleted too; restore that first/) }
    })

    await ok(engine, 'history.restore', { items: [{ table: 'source', id: source }] })
    await ok(engine, 'history.restore', { items: [{ table: 'trade_flow', id: flow }] })
    const again = await engine.call('history.restore', { items: [{ table: 'trade_flow', id: flow }] })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('column state', () => {
  const state: ColumnState = {
    columns: [
      { id: 'year', width: 90 },
      { id: 'partner_id', hidden: true },
      { id: 'gone_column', width: 50 }
    ],
    sort: [{ column: 'year', dir: 'desc' }],
    filters: [{ column: 'flow', op: 'equals', value: "'; DROP TABLE trade_flow; --" }],
    scales: { quantity: 'kt' }
  }

  it('is kept per table in the dataset, trimmed to known columns, and survives a restart', async () => {
    expect(await ok(engine, 'grid.state', { table: 'trade_flow' })).toBeNull()
    await ok(engine, 'grid.saveState', { table: 'trade_flow', state })
    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test' })
    const back = await ok(engine, 'grid.state', { table: 'trade_flow' })
    expect(back).toEqual({ ...state, columns: state.columns.slice(0, 2) })
    expect(await ok(engine, 'grid.state', { table: 'observation' })).toBeNull()
    expect(await ok(engine, 'history.state', {})).toMatchObject({ undoLabel: 'seed' })
  })

  it('refuses a state with an unknown scale or an oversized width', async () => {
    expect(await engine.call('grid.saveState', { table: 'trade_flow', state: { ...state, scales: { quantity: 'furlongs' } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await engine.call('grid.saveState', { table: 'trade_flow', state: { ...state, columns: [{ id: 'year', width: 1e9 }] } })).toMatchObject({
      ok: false
    })
  })
})
