// Paste through the engine on a real dataset: valid cells written and refused ones listed per cell in words,
// new rows past the end, one undo step across chunks (also after a restart), scales converted to each row's
// unit, read-only columns, and the engine's own promise that nothing is silently dropped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import type { Row } from '../../shared/api'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine

async function addFlows(n: number): Promise<number[]> {
  const changes = Array.from({ length: n }, (_, i) => ({
    kind: 'insert' as const,
    table: 'trade_flow' as const,
    values: {
      reporter_id: 'IND',
      partner_id: 'CHN',
      year: 2000 + i,
      hs_code: '2846',
      flow: 'import',
      quantity: 100 * (i + 1),
      quantity_unit_id: 't REO',
      value_usd: 1000
    }
  }))
  return (await ok(engine, 'edits.apply', { changes })).insertedIds
}

const row = (id: number): Promise<Row> => ok(engine, 'rows.get', { table: 'trade_flow', id })

beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

describe('edits.paste', () => {
  it('writes the valid cells and lists each refused one with its reason', async () => {
    const [a, b] = await addFlows(2)
    const result = await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      cells: [
        { id: a, column: 'year', value: '2019' },
        { id: a, column: 'quantity', value: '1.234,5' },
        { id: b, column: 'year', value: 'n/a' },
        { id: b, column: 'quantity', value: '=SUM(A1:A3)' },
        { id: b, column: 'id', value: '99' }
      ]
    })
    expect(result).toMatchObject({ written: 2, unchanged: 0, refusedCount: 3 })
    expect(result.refused.map((r) => r.index)).toEqual([2, 3, 4])
    expect(result.refused[0]!.message).toMatch(/"n\/a" is not a year/)
    expect(result.refused[1]!.message).toMatch(/formula/)
    expect(result.refused[2]!.message).toMatch(/read-only/)
    expect(await row(a)).toMatchObject({ year: 2019, quantity: 1234.5, version: 2 })
    expect(await row(b)).toMatchObject({ year: 2001, quantity: 200, version: 1 })
  })

  it('adds rows past the end, and refuses a new row missing a required column cell by cell', async () => {
    const before = count(engine, 'trade_flow')
    const result = await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      cells: [
        ...['India', 'China', '2024', '2846.90', 'export'].map((value, i) => ({
          newRow: 0,
          column: ['reporter_id', 'partner_id', 'year', 'hs_code', 'flow'][i]!,
          value
        })),
        { newRow: 1, column: 'reporter_id', value: 'India' },
        { newRow: 1, column: 'year', value: '2024' }
      ]
    })
    expect(result.addedRows).toHaveLength(1)
    expect(count(engine, 'trade_flow')).toBe(before + 1)
    expect(result.refused.map((r) => r.index)).toEqual([5, 6])
    expect(result.refused[0]!.message).toMatch(/Partner, HS code, Flow are required for a new trade flow/)
  })

  it('is one undo step across chunks, and the undo survives a restart', async () => {
    const ids = await addFlows(4)
    const first = await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      label: 'Paste 8 cells',
      cells: ids.slice(0, 2).map((id) => ({ id, column: 'value_usd', value: '5' }))
    })
    await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      continueBatch: first.batchId,
      cells: ids.slice(2).map((id) => ({ id, column: 'value_usd', value: '5' }))
    })
    await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      continueBatch: first.batchId,
      cells: [
        { newRow: 0, column: 'reporter_id', value: 'CHN' },
        { newRow: 0, column: 'partner_id', value: 'IND' },
        { newRow: 0, column: 'year', value: '2020' },
        { newRow: 0, column: 'hs_code', value: '2805' },
        { newRow: 0, column: 'flow', value: 'export' }
      ]
    })
    expect(count(engine, 'trade_flow')).toBe(5)
    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test' })
    expect(await ok(engine, 'history.state', {})).toMatchObject({ undoLabel: 'Paste 8 cells' })
    await ok(engine, 'history.undo', {})
    expect(count(engine, 'trade_flow')).toBe(4)
    for (const id of ids) expect((await row(id)).value_usd).toBe(1000)
  })

  it('refuses to continue a paste the engine did not open', async () => {
    const [a] = await addFlows(1)
    const result = await engine.call('edits.paste', { table: 'trade_flow', continueBatch: 1, cells: [{ id: a, column: 'year', value: '2010' }] })
    expect(result.ok).toBe(false)
    expect((await row(a!)).year).toBe(2000)
  })

  it('converts values pasted at a shown scale to each row’s own unit', async () => {
    const [a] = await addFlows(1)
    await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      scales: { quantity: 'kt', value_usd: 'USD million' },
      cells: [
        { id: a, column: 'quantity', value: '2,5' },
        { id: a, column: 'value_usd', value: '3' }
      ]
    })
    expect(await row(a!)).toMatchObject({ quantity: 2500, value_usd: 3_000_000 })
  })

  it('refuses a scaled value for a row whose unit cannot take it', async () => {
    const [a] = await addFlows(1)
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'trade_flow', id: a, column: 'quantity_unit_id', value: null }] })
    const result = await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      scales: { quantity: 'kt' },
      cells: [{ id: a, column: 'quantity', value: '2' }]
    })
    expect(result.refused[0]!.message).toMatch(/no unit/)
  })

  it('resolves references by name once per paste and refuses unknown ones', async () => {
    const ids = await addFlows(3)
    const result = await ok(engine, 'edits.paste', {
      table: 'trade_flow',
      cells: ids.map((id, i) => ({ id, column: 'partner_id', value: i === 2 ? 'Atlantis' : 'india' }))
    })
    expect(result.written).toBe(2)
    expect(result.refused[0]!.message).toMatch(/"Atlantis" is not a known country/)
  })

  it('counts cells that already hold the value as unchanged and writes no batch', async () => {
    const [a] = await addFlows(1)
    const result = await ok(engine, 'edits.paste', { table: 'trade_flow', cells: [{ id: a, column: 'year', value: '2000' }] })
    expect(result).toMatchObject({ batchId: 0, written: 0, unchanged: 1 })
  })

  it('refuses every cell when the dataset is read-only', async () => {
    const [a] = await addFlows(1)
    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test', readOnly: true })
    const result = await engine.call('edits.paste', { table: 'trade_flow', cells: [{ id: a, column: 'year', value: '2010' }] })
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } })
  })
})
