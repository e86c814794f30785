// The "Conflicts only" filter (op 'inConflict' on Figures' id): the grid's pages, a row's position, Find and the
// table export all see exactly the figures that figures.conflicts groups, and an edit that settles a conflict
// takes its figures out; on any other table or column it is refused in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { ok, removeDir, tempDir } from '../testing/tempDataset'
import { starterEngine } from '../briefs/testing'

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = starterEngine(dir)
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const CONFLICTS = [{ column: 'id', op: 'inConflict' as const }]

async function conflictIds(): Promise<number[]> {
  return (await ok(engine, 'figures.conflicts', {})).flatMap((g) => g.figures.map((f) => f.id)).sort((a, b) => a - b)
}

describe('the conflicts filter', () => {
  it('shows exactly the figures in conflict groups, in pages, positions, Find and exports', async () => {
    const expected = await conflictIds()
    expect(expected.length).toBeGreaterThan(10)
    const page = await ok(engine, 'rows.page', { table: 'observation', offset: 0, limit: 5000, filters: CONFLICTS })
    expect(page.rows.map((r) => r.id as number).sort((a, b) => a - b)).toEqual(expected)
    expect(page.total).toBe(expected.length)

    const inside = await ok(engine, 'rows.position', { table: 'observation', filters: CONFLICTS, id: expected[3]! })
    expect(inside.position).not.toBeNull()
    const outside = (await ok(engine, 'rows.page', { table: 'observation', offset: 0, limit: 1 })).rows[0]!.id as number
    if (!expected.includes(outside)) expect((await ok(engine, 'rows.position', { table: 'observation', filters: CONFLICTS, id: outside })).position).toBeNull()

    const found = await ok(engine, 'rows.find', { table: 'observation', filters: CONFLICTS, query: 'reserves' })
    expect(found.total).toBeGreaterThan(0)
    expect(found.total).toBeLessThan(expected.length + 1)

    const csv = await ok(engine, 'exports.table', { table: 'observation', format: 'csv', filters: CONFLICTS })
    const lines = Buffer.from(csv.base64 ?? '', 'base64')
      .toString('utf8')
      .trim()
      .split(/\r?\n/)
    expect(lines.length - 1).toBe(expected.length)
  })

  it('follows an edit that settles a conflict', async () => {
    const [group] = await ok(engine, 'figures.conflicts', {})
    const [first, ...rest] = group!.figures
    const value = first!.value
    await ok(engine, 'edits.apply', {
      changes: rest.map((f) => ({ kind: 'update' as const, table: 'observation' as const, id: f.id, column: 'value', value }))
    })
    const page = await ok(engine, 'rows.page', { table: 'observation', offset: 0, limit: 5000, filters: CONFLICTS })
    const ids = page.rows.map((r) => r.id)
    for (const f of group!.figures) expect(ids).not.toContain(f.id)
    expect(page.rows.map((r) => r.id as number).sort((a, b) => a - b)).toEqual(await conflictIds())
  })

  it('is refused on another table or column, in words', async () => {
    for (const [table, column] of [
      ['trade_flow', 'id'],
      ['observation', 'value']
    ] as const) {
      const answer = await engine.call('rows.page', { table, offset: 0, limit: 10, filters: [{ column, op: 'inConflict' }] })
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'The conflicts filter applies to Figures only (column id, no value).' }
      })
    }
  })
})
