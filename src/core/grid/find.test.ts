// Find (Ctrl+F): every word of the query in some column of a row, "quoted phrases" kept whole; through the trigram
// index the answer equals reading the table (same rows, positions, columns, count) for any sort and filter; edits,
// pastes, deletes and undo keep the index current in their own transaction; a dataset from before the index gets it
// built in the background while Find answers by reading the table.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../../shared/api'
import { createEngine, type Engine } from '../engine'
import { insertSyntheticTradeFlows } from '../testing/tradeFlows'
import { ok, removeDir, seededEngine, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { findInView } from './find'
import { BUILD, buildInBackground, FIND_INDEXES, readyIndex } from './findIndex'
import { parseTerms } from './findTerms'
import { PAGING } from './pages'
import MIGRATION from '../db/migrations/0006_find_index.sql?raw'

type Sort = { column: string; dir: 'asc' | 'desc' }
type Filter = { column: string; op: string; value?: string | number }

let dir: string
const saved = { paging: { ...PAGING }, build: { ...BUILD } }
beforeAll(() => {
  dir = tempDir()
  Object.assign(PAGING, { step: 40, slice: 400 })
})
afterAll(() => {
  Object.assign(PAGING, saved.paging)
  Object.assign(BUILD, saved.build)
  removeDir(dir)
})

describe('the query', () => {
  it('is words and quoted phrases', () => {
    expect(parseTerms('India  China 2023').map((t) => t.text)).toEqual(['India', 'China', '2023'])
    expect(parseTerms('"synthetic row" 99 "unclosed phrase').map((t) => t.text)).toEqual(['synthetic row', '99', 'unclosed phrase'])
    expect(parseTerms('805,860 india INDIA')).toEqual([
      { text: '805,860', numberText: '805860' },
      { text: 'india', numberText: 'india' }
    ])
  })

  it('finds every word in any column of a figure, and a phrase only as written', async () => {
    const engine = createEngine({ datasetPath: path.join(dir, 'starter.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
    try {
      const keys = async (query: string): Promise<string[]> => {
        const found = await ok(engine, 'rows.find', { table: 'observation', query })
        const ids = found.matches.map((m) => m.id)
        // Figures are shown as F0002 (their id); facts.csv's F0002 and F0003 hold these keys.
        const rows = engine.db.prepare('SELECT id, key FROM observation').all() as { id: number; key: string }[]
        return rows.filter((r) => ids.includes(r.id)).map((r) => r.key)
      }
      const words = await keys('India China 2023')
      expect(words).toEqual(expect.arrayContaining(['rex_in_val81', 'rex_in_vol90']))
      // A phrase is one piece of text: "China 2023" is written nowhere in these figures, so nothing matches.
      expect(await keys('"India China 2023"')).toEqual([])
      expect(await keys('"sourced from China (volume)"')).toEqual(['rex_in_vol90'])
      const found = await ok(engine, 'rows.find', { table: 'observation', query: 'India China 2023' })
      expect(found.total).toBe(found.matches.length)
      expect(
        found.matches.find((m) => m.id === (engine.db.prepare("SELECT id FROM observation WHERE key = 'rex_in_vol90'").get() as { id: number }).id)?.columns
      ).toEqual(expect.arrayContaining(['country_id', 'year']))
    } finally {
      engine.close()
    }
  })
})

describe('the trade flow index', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await seededEngine(path.join(dir, 'flows'))
    const more = ['JPN', 'USA', 'AUS'].map((code): Change => ({ kind: 'insert', table: 'country', values: { code, name: `Country ${code}`, kind: 'country' } }))
    await ok(engine, 'edits.apply', {
      changes: [...more, { kind: 'insert', table: 'unit', values: { code: 'kg', dimension: 'mass', scale: 1, basis: 'not stated' } }]
    })
    insertSyntheticTradeFlows(engine.db, 3000, 11)
  }, 60_000)
  afterAll(() => engine.close())

  const fts = (match: string): number[] => engine.db.prepare('SELECT rowid FROM find_trade_flow WHERE find_trade_flow MATCH ?').pluck().all(match) as number[]
  const find = (query: string, extra: Record<string, unknown> = {}) => ok(engine, 'rows.find', { table: 'trade_flow', query, ...extra })
  const byScan = (query: string, extra: Record<string, unknown> = {}) =>
    findInView(engine.db, { table: 'trade_flow', query, sort: [], filters: [], limit: 1000, ...extra } as Parameters<typeof findInView>[1], {
      writable: false,
      useIndex: false
    })

  it('holds the columns the migration gives it', async () => {
    const def = FIND_INDEXES.trade_flow!
    expect(MIGRATION).toContain(`fts5(\n  ${def.columns.join(', ')},`)
    expect(readyIndex(engine.db, 'trade_flow')).toBeNull() // the synthetic rows were inserted after it was made
    await buildInBackground(engine.db, 'trade_flow')
    expect(readyIndex(engine.db, 'trade_flow')).not.toBeNull()
    expect(fts('"synthetic"').length).toBeGreaterThan(20)
  })

  it('answers as reading the table does, for any sort and filter', async () => {
    const sorts: Sort[][] = [
      [],
      [{ column: 'year', dir: 'desc' }],
      [{ column: 'quantity', dir: 'asc' }],
      // Descending with NULL keys (they come last): a position counts none of them.
      [{ column: 'value_usd', dir: 'desc' }],
      [{ column: 'partner_id', dir: 'asc' }],
      [
        { column: 'hs_code', dir: 'desc' },
        { column: 'year', dir: 'asc' }
      ]
    ]
    const filters: Filter[][] = [[], [{ column: 'flow', op: 'equals', value: 'export' }], [{ column: 'partner_id', op: 'equals', value: 'China' }]]
    const queries = ['synthetic row', 'India China', 'China 1990', '2846 export', 'Country JPN', '"row 1"', 'synthetic 9', 'CIF India 2846.S000', '19']
    for (const sort of sorts) {
      for (const filter of filters) {
        for (const query of queries) {
          const view = { sort, filters: filter, limit: 25 }
          const indexed = await find(query, view)
          // The reference: the table read row by row (no index), each match counted.
          const scanned = await byScan(query, { ...view, limit: 5000 })
          expect(indexed.matches, `${query} ${JSON.stringify(view)}`).toEqual(scanned.matches.slice(0, 25))
          expect(indexed.more).toBe(scanned.matches.length > 25)
          // Words under three letters only: the table is read, and counting stops at the limit.
          if (query.length < 3 && indexed.total === undefined) expect(indexed.more).toBe(true)
          else expect(indexed.total).toBe(scanned.matches.length)
        }
      }
    }
    // With rows changed since they were indexed (the index not caught up yet): still the same answers.
    const ids = engine.db.prepare('SELECT id FROM trade_flow ORDER BY id LIMIT 60 OFFSET 100').pluck().all() as number[]
    const changes = ids.map((id, i): Change => ({
      kind: 'update',
      table: 'trade_flow',
      id,
      column: i % 2 ? 'note' : 'hs_code',
      value: i % 2 ? `synthetic row ${i}` : `2805.X${i}`
    }))
    await ok(engine, 'edits.apply', { changes })
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'trade_flow', id: ids[3]! }] })
    expect(engine.db.prepare('SELECT count(*) FROM find_trade_flow_dirty').pluck().get()).toBe(60)
    for (const sort of sorts.slice(0, 3)) {
      for (const query of ['synthetic row', '2846 export', '2805 India', '"row 1"']) {
        const indexed = await find(query, { sort, limit: 25 })
        const scanned = await byScan(query, { sort, limit: 5000 })
        expect(indexed.matches, `${query} ${JSON.stringify(sort)}`).toEqual(scanned.matches.slice(0, 25))
        expect(indexed.total).toBe(scanned.matches.length)
      }
    }
  }, 120_000)

  it('is kept current by edits, pastes, deletes and undo, in the same transaction', async () => {
    const db = engine.db
    const dirty = (): number[] => db.prepare('SELECT id FROM find_trade_flow_dirty ORDER BY id').pluck().all() as number[]
    const settle = async (): Promise<void> => {
      await buildInBackground(db, 'trade_flow')
      expect(dirty()).toEqual([])
    }
    await settle()
    const id = (db.prepare('SELECT id FROM trade_flow ORDER BY id LIMIT 1 OFFSET 500').get() as { id: number }).id
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'trade_flow', id, column: 'note', value: 'Quokka shipment' }] })
    // Noted in the edit's own transaction; Find answers from the table for that row at once.
    expect(dirty()).toEqual([id])
    expect((await find('quokka shipment')).matches.map((m) => m.id)).toEqual([id])
    await settle()
    expect(fts('"quokka"')).toEqual([id])
    expect((await find('quokka shipment')).matches.map((m) => m.id)).toEqual([id])
    await ok(engine, 'edits.paste', { table: 'trade_flow', cells: [{ id, column: 'note', value: 'Wombat cargo' }] })
    // The index still says quokka for this row until it is re-indexed; Find does not believe it.
    expect(fts('"quokka"')).toEqual([id])
    expect((await find('quokka')).total).toBe(0)
    expect((await find('wombat')).matches).toMatchObject([{ id, columns: ['note'] }])
    await settle()
    expect(fts('"quokka"')).toEqual([])
    await ok(engine, 'history.undo', {})
    expect((await find('wombat')).total).toBe(0)
    expect((await find('quokka')).matches.map((m) => m.id)).toEqual([id])
    const added = await ok(engine, 'edits.apply', {
      changes: [
        {
          kind: 'insert',
          table: 'trade_flow',
          values: { reporter_id: 'India', partner_id: 'China', year: 2031, hs_code: '2846.90', flow: 'import', note: 'Numbat lot' }
        }
      ]
    })
    const newId = added.insertedIds[0]!
    expect((await find('numbat 2031')).matches.map((m) => m.id)).toEqual([newId])
    await settle()
    expect(fts('"numbat"')).toEqual([newId])
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'trade_flow', id: newId }] })
    expect((await find('numbat')).total).toBe(0)
    await settle()
    expect(fts('"numbat"')).toEqual([])
    // A failed write leaves no note behind.
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE trade_flow SET note = 'Bilby' WHERE id = ?").run(id)
        throw new Error('rolled back')
      })()
    ).toThrow('rolled back')
    expect(dirty()).toEqual([])
    expect((await find('bilby')).total).toBe(0)
  })

  it('is built in the background for a dataset from before it, with edits during the build kept', async () => {
    const db = engine.db
    // As the migration leaves a dataset that had rows: an empty index, nothing built.
    db.exec("INSERT INTO find_trade_flow (find_trade_flow) VALUES ('delete-all'); UPDATE find_index SET built_upto = -1")
    // 200 rows a step (a step always over its aim of 0 ms), 5 ms apart; Find reads the table while over 10 rows are left.
    Object.assign(BUILD, { slice: 200, stepMs: 0, pauseMs: 5, checkUpTo: 10 })
    expect(readyIndex(db, 'trade_flow')).toBeNull()
    // Meanwhile Find reads the table (and starts the build): the same answer as with the index.
    const before = await find('synthetic row', { sort: [{ column: 'year', dir: 'asc' }], limit: 2000 })
    expect(before.matches.length).toBeGreaterThan(20)
    expect(before.total).toBe(before.matches.length)
    const building = buildInBackground(db, 'trade_flow')
    const last = (db.prepare('SELECT max(id) AS n FROM trade_flow').get() as { n: number }).n
    const upto = (): number => Number(db.prepare('SELECT built_upto FROM find_index').pluck().get())
    while (upto() < 1) await new Promise((r) => setTimeout(r, 2))
    expect(upto()).toBeLessThan(last)
    // An edit while it builds, on a row already indexed and on one not yet.
    await ok(engine, 'edits.apply', {
      changes: [
        { kind: 'update', table: 'trade_flow', id: last, column: 'note', value: 'Dugong late' },
        { kind: 'update', table: 'trade_flow', id: 2, column: 'note', value: 'Dugong early' }
      ]
    })
    await building
    expect(readyIndex(db, 'trade_flow')).not.toBeNull()
    expect(db.prepare("SELECT v FROM find_trade_flow_config WHERE k = 'automerge'").pluck().get()).toBe(4)
    expect(fts('"dugong"').sort((a, b) => a - b)).toEqual([2, last])
    expect(await find('synthetic row', { sort: [{ column: 'year', dir: 'asc' }], limit: 2000 })).toEqual(before)
  })
})
