// Edits through the engine on a real dataset file: validation refusals write nothing, accepted edits persist
// across a reopen, undo/redo (also after a restart), conflicts by row version, deletes guarded by references.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine

async function addFigure(values: Record<string, unknown> = {}): Promise<number> {
  const applied = await ok(engine, 'edits.apply', {
    changes: [
      {
        kind: 'insert',
        table: 'observation',
        values: {
          country_id: 'IND',
          indicator_id: 'mine_production',
          subject: 'REO total',
          period: '2024',
          year: 2024,
          value: 2900,
          unit_id: 't REO',
          basis: 'REO equivalent',
          source_id: 'USGS-MCS2026-RE',
          ...values
        }
      }
    ]
  })
  return applied.insertedIds[0]!
}

beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

describe('inserting and editing', () => {
  it('resolves references by code or name and fills the figure code', async () => {
    const id = await addFigure()
    const row = await ok(engine, 'rows.get', { table: 'observation', id })
    expect(row.code).toBe('F0001')
    expect(row.country_id__label).toBe('India')
    expect(row.unit_id__label).toBe('t REO')
    expect(row.version).toBe(1)
  })

  it('keeps an edit after the dataset is closed and reopened', async () => {
    const id = await addFigure()
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: '3,100' }] })
    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test' })
    const row = await ok(engine, 'rows.get', { table: 'observation', id })
    expect(row.value).toBe(3100)
    expect(row.version).toBe(2)
  })

  it.each([
    ['value', 'abc', /not a number/],
    ['year', 3020, /out of range/],
    ['country_id', 'XYZ', /not a known country/],
    ['subject', '', /required/],
    ['basis', 'weight', /Choose one of/],
    ['id', 5, /read-only/]
  ])('refuses %s = %j with a message and writes nothing', async (column, value, message) => {
    const id = await addFigure()
    const before = count(engine, 'change_log')
    const result = await engine.call('edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column, value }] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('validation')
    expect(result.error.message).toMatch(message)
    expect(result.error.details?.problems?.[0]).toMatchObject({ change: 0, column })
    expect(count(engine, 'change_log')).toBe(before)
  })

  it('refuses a negative capacity', async () => {
    const result = await engine.call('edits.apply', {
      changes: [{ kind: 'insert', table: 'facility', values: { name: 'Plant', country_id: 'IND', stage: 'magnet', status: 'operating', capacity: -5 } }]
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/Capacity.*zero or more/)
    expect(count(engine, 'facility')).toBe(0)
  })

  it('rolls back the whole batch when one change is refused', async () => {
    const id = await addFigure()
    const result = await engine.call('edits.apply', {
      changes: [
        { kind: 'update', table: 'observation', id, column: 'value', value: 1 },
        { kind: 'update', table: 'observation', id, column: 'year', value: 'n/a' }
      ]
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.details?.problems).toHaveLength(1)
    const row = await ok(engine, 'rows.get', { table: 'observation', id })
    expect(row.value).toBe(2900)
  })

  it('detects a conflicting writer by row version and keeps both values in the message', async () => {
    const id = await addFigure()
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 10, expectedVersion: 1 }] })
    const result = await engine.call('edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 20, expectedVersion: 1 }] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('conflict')
    expect(result.error.details?.problems?.[0]).toMatchObject({ current: 10, attempted: 20 })
  })

  it('refuses to delete a source that figures cite, naming how many', async () => {
    await addFigure()
    await addFigure()
    const result = await engine.call('edits.apply', { changes: [{ kind: 'delete', table: 'source', id: 1 }] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/2 figures refer to it/)
  })
})

describe('undo and redo', () => {
  it('undoes and redoes a cell edit, an insert and a delete, and survives a restart', async () => {
    const id = await addFigure()
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 5 }] })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'observation', id }] })
    expect(count(engine, 'observation')).toBe(0)

    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test' })
    const state = await ok(engine, 'history.state', {})
    expect(state).toMatchObject({ canUndo: true, undoLabel: 'Delete figure' })

    const undone = await ok(engine, 'history.undo', {})
    expect(undone.applied?.insertedIds).toEqual([id]) // the row it put back, so a grid listing the table loads it
    const restored = await ok(engine, 'rows.get', { table: 'observation', id })
    expect(restored.value).toBe(5)
    expect(restored.code).toBe('F0001')
    await ok(engine, 'history.undo', {})
    expect((await ok(engine, 'rows.get', { table: 'observation', id })).value).toBe(2900)
    await ok(engine, 'history.undo', {})
    expect(count(engine, 'observation')).toBe(0)

    const redone = await ok(engine, 'history.redo', {})
    expect(redone.label).toBe('Add figure')
    expect(redone.applied?.insertedIds).toEqual([id])
    expect((await ok(engine, 'rows.get', { table: 'observation', id })).value).toBe(2900)
  })

  it('drops the redo stack when a new edit is made', async () => {
    const id = await addFigure()
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 5 }] })
    await ok(engine, 'history.undo', {})
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 7 }] })
    const state = await ok(engine, 'history.state', {})
    expect(state.canRedo).toBe(false)
  })

  it('brings back an assessment with its evidence links', async () => {
    const fig = await addFigure()
    await ok(engine, 'edits.apply', {
      changes: [
        { kind: 'insert', table: 'theme', values: { name: 'Midstream processing' } },
        { kind: 'insert', table: 'assessment', values: { title: 'Midstream — India', country_id: 'IND', theme_id: 'Midstream processing', status: 'draft' } }
      ]
    })
    await ok(engine, 'edits.apply', {
      changes: [{ kind: 'insert', table: 'assessment_evidence', values: { assessment_id: 1, target_table: 'observation', target_id: fig, note: 'output' } }]
    })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'assessment', id: 1 }] })
    expect(count(engine, 'assessment_evidence')).toBe(0)
    await ok(engine, 'history.undo', {})
    expect(count(engine, 'assessment')).toBe(1)
    expect(count(engine, 'assessment_evidence')).toBe(1)
  })

  it('lists a row history with old and new values', async () => {
    const id = await addFigure()
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 3000 }] })
    const history = await ok(engine, 'history.forRow', { table: 'observation', id })
    expect(history[0]).toMatchObject({ op: 'update', column: 'value', before: 2900, after: 3000, actor: 'tester' })
    expect(history[1]).toMatchObject({ op: 'insert' })
  })
})

describe('reading pages', () => {
  it('sorts, filters by a reference label and counts', async () => {
    for (const v of [5, 1, 3]) await addFigure({ value: v })
    await addFigure({ country_id: 'CHN', value: 100 })
    const page = await ok(engine, 'rows.page', {
      table: 'observation',
      offset: 0,
      limit: 10,
      sort: [{ column: 'value', dir: 'desc' }],
      filters: [{ column: 'country_id', op: 'equals', value: 'india' }]
    })
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.value)).toEqual([5, 3, 1])
  })

  it('treats SQL-looking filter values as plain text', async () => {
    await addFigure()
    const page = await ok(engine, 'rows.page', {
      table: 'observation',
      offset: 0,
      limit: 10,
      filters: [{ column: 'subject', op: 'contains', value: "'; DROP TABLE observation; --" }]
    })
    expect(page.total).toBe(0)
    expect(count(engine, 'observation')).toBe(1)
  })

  it('refuses a column that is not in the schema', async () => {
    const result = await engine.call('rows.page', { table: 'observation', offset: 0, limit: 10, sort: [{ column: 'value; DROP', dir: 'asc' }] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/has no column/)
  })
})
