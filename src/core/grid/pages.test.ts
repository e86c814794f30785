// Views of a bigger table (anchors shrunk so a few thousand rows exercise them): deep pages, ids and positions
// read by keyset seek equal a plain ORDER BY ... LIMIT/OFFSET for any sort, direction and filter (NULL keys,
// duplicate keys and reference filters included); counts follow every write; find and search answer in order.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change, Filter, Row, Sort } from '../../shared/api'
import type { Engine } from '../engine'
import { buildPageSql } from '../tables/query'
import { insertSyntheticTradeFlows } from '../testing/tradeFlows'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { ORDERING } from './order'
import { PAGING } from './pages'

let dir: string
let engine: Engine
const saved = { ...PAGING }

beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  const more = ['JPN', 'USA', 'AUS', 'MYS'].map((code): Change => ({
    kind: 'insert',
    table: 'country',
    values: { code, name: `Country ${code}`, kind: 'country' }
  }))
  await ok(engine, 'edits.apply', {
    changes: [...more, { kind: 'insert', table: 'unit', values: { code: 'kg', dimension: 'mass', scale: 1, basis: 'not stated' } }]
  })
  insertSyntheticTradeFlows(engine.db, 3000, 7)
  Object.assign(PAGING, { step: 40, slice: 400 })
})
afterAll(() => {
  Object.assign(PAGING, saved)
  engine.close()
  removeDir(dir)
})

/** The reference answer: the foundation's plain OFFSET query. */
function plainPage(offset: number, limit: number, sort: Sort[], filters: Filter[]): Row[] {
  const input = { table: 'trade_flow' as const, offset, limit, sort, filters } as Parameters<typeof buildPageSql>[0]
  const { sql, params } = buildPageSql(input)
  return engine.db.prepare(sql).all(...params, limit, offset) as Row[]
}

const sorts = fc.constantFrom<Sort[]>(
  [],
  [{ column: 'year', dir: 'asc' }],
  [{ column: 'year', dir: 'desc' }],
  [{ column: 'quantity', dir: 'asc' }],
  [{ column: 'quantity', dir: 'desc' }],
  [{ column: 'hs_code', dir: 'desc' }],
  [{ column: 'partner_id', dir: 'asc' }]
)
const filters = fc.constantFrom<Filter[]>(
  [],
  [{ column: 'partner_id', op: 'equals', value: 'China' }],
  [{ column: 'flow', op: 'equals', value: 'export' }],
  [{ column: 'quantity', op: 'blank' }],
  [
    { column: 'partner_id', op: 'notEqual', value: 'India' },
    { column: 'year', op: 'greaterThan', value: 2000 }
  ]
)

describe('pages by keyset seek', () => {
  it('equal the plain OFFSET pages for any sort, filter and depth', async () => {
    await fc.assert(
      fc.asyncProperty(sorts, filters, fc.nat(3200), fc.integer({ min: 1, max: 120 }), async (sort, filter, offset, limit) => {
        const page = await ok(engine, 'rows.page', { table: 'trade_flow', offset, limit, sort, filters: filter })
        expect(page.rows.map((r) => r.id)).toEqual(plainPage(offset, limit, sort, filter).map((r) => r.id))
        const ids = await ok(engine, 'rows.ids', { table: 'trade_flow', offset, limit, sort, filters: filter })
        expect(ids.ids).toEqual(page.rows.map((r) => r.id))
      }),
      { numRuns: 150 }
    )
  })

  it('place any row at its position in the view', async () => {
    await fc.assert(
      fc.asyncProperty(sorts, filters, fc.nat(2999), async (sort, filter, at) => {
        const all = plainPage(0, 5000, sort, filter)
        if (all.length === 0) return
        const target = all[at % all.length]!
        const found = await ok(engine, 'rows.position', { table: 'trade_flow', id: Number(target.id), sort, filters: filter })
        expect(found.position).toBe(at % all.length)
      }),
      { numRuns: 60 }
    )
  })

  it('count again after a write and after its undo', async () => {
    const filter: Filter[] = [{ column: 'quantity', op: 'blank' }]
    const before = (await ok(engine, 'rows.page', { table: 'trade_flow', offset: 0, limit: 1, filters: filter })).total
    const [first] = plainPage(0, 1, [], filter)
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'trade_flow', id: Number(first!.id), column: 'quantity', value: 5 }] })
    expect((await ok(engine, 'rows.page', { table: 'trade_flow', offset: 0, limit: 1, filters: filter })).total).toBe(before - 1)
    await ok(engine, 'history.undo', {})
    expect((await ok(engine, 'rows.page', { table: 'trade_flow', offset: 0, limit: 1, filters: filter })).total).toBe(before)
  })
})

describe('big views sorted by a label or an unindexed column: one sort kept, pages sliced from it', () => {
  const savedOrdering = { ...ORDERING }
  beforeAll(() => Object.assign(ORDERING, { minRows: 100 }))
  afterAll(() => Object.assign(ORDERING, savedOrdering))
  const unindexed = fc.constantFrom<Sort[]>(
    [{ column: 'partner_id', dir: 'asc' }],
    [{ column: 'partner_id', dir: 'desc' }],
    [{ column: 'flow', dir: 'asc' }],
    [{ column: 'value_basis', dir: 'desc' }],
    [
      { column: 'year', dir: 'asc' },
      { column: 'quantity', dir: 'desc' }
    ]
  )

  it('give the plain OFFSET pages (rows with their labels), ids and positions', async () => {
    await fc.assert(
      fc.asyncProperty(unindexed, filters, fc.nat(3200), fc.integer({ min: 1, max: 120 }), async (sort, filter, offset, limit) => {
        const page = await ok(engine, 'rows.page', { table: 'trade_flow', offset, limit, sort, filters: filter })
        const plain = plainPage(offset, limit, sort, filter)
        expect(page.rows).toEqual(plain)
        const ids = await ok(engine, 'rows.ids', { table: 'trade_flow', offset, limit, sort, filters: filter })
        expect(ids.ids).toEqual(plain.map((r) => r.id))
        if (plain[0]) expect((await ok(engine, 'rows.position', { table: 'trade_flow', id: Number(plain[0].id), sort, filters: filter })).position).toBe(offset)
      }),
      { numRuns: 80 }
    )
  })

  it('sort again after a write moves a row', async () => {
    const sort: Sort[] = [{ column: 'note', dir: 'asc' }]
    const [first] = (await ok(engine, 'rows.page', { table: 'trade_flow', offset: 0, limit: 1, sort, filters: [] })).rows
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'trade_flow', id: Number(first!.id), column: 'note', value: 'zzz last' }] })
    const page = await ok(engine, 'rows.page', { table: 'trade_flow', offset: 0, limit: 3000, sort, filters: [] })
    expect(page.rows.map((r) => r.id)).toEqual(plainPage(0, 3000, sort, []).map((r) => r.id))
    expect(page.rows[0]!.id).not.toBe(first!.id)
    await ok(engine, 'history.undo', {})
  })
})

describe('find', () => {
  it('lists matches in view order with their positions and columns', async () => {
    const sort: Sort[] = [{ column: 'year', dir: 'desc' }]
    const result = await ok(engine, 'rows.find', { table: 'trade_flow', query: 'synthetic row', sort })
    const all = plainPage(0, 5000, sort, [])
    const expected = all.flatMap((r, position) => (String(r.note ?? '').includes('synthetic row') ? [{ position, id: r.id, columns: ['note'] }] : []))
    expect(result.matches).toEqual(expected)
  })

  it('matches reference labels and numbers as shown, and stops at the limit', async () => {
    const byLabel = await ok(engine, 'rows.find', { table: 'trade_flow', query: 'country jpn', columns: ['partner_id'], limit: 5 })
    expect(byLabel.matches).toHaveLength(5)
    expect(byLabel.more).toBe(true)
    expect(byLabel.matches.every((m) => m.columns[0] === 'partner_id')).toBe(true)
  })

  it('treats LIKE wildcards in the query as plain characters', async () => {
    const result = await ok(engine, 'rows.find', { table: 'trade_flow', query: '%_' })
    expect(result.matches).toEqual([])
  })
})

describe('search everything', () => {
  it('finds rows in several tables, labels first', async () => {
    const hits = await ok(engine, 'search.all', { query: 'India' })
    expect(hits[0]).toMatchObject({ table: 'country', label: 'India', column: 'name' })
    const sourceHits = await ok(engine, 'search.all', { query: 'MCS 2026' })
    expect(sourceHits[0]).toMatchObject({ table: 'source', snippet: 'Rare Earths, MCS 2026' })
  })
})
