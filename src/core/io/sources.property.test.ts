// Property: for random files of two sources over one set of keys, imported in any order and any number of
// times, no stored trade flow ever mixes values of two sources: each row holds exactly what its own source's
// latest file said for that flow, and each (flow, source) is one row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readOptions } from '../../shared/dataFiles'
import type { Engine } from '../engine'
import { removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { runPipeline } from './pipeline'

const REPORTERS = ['IND', 'CHN']
const PARTNERS = ['IND', 'CHN', 'WLD']
const SOURCES = ['SRC-A', 'SRC-B'] as const

interface Rec {
  reporter: string
  partner: string
  year: number
  flow: 'import' | 'export'
  quantity: number | null
  value: number | null
}

const keyOf = (r: Pick<Rec, 'reporter' | 'partner' | 'year' | 'flow'>): string => `${r.reporter}|${r.partner}|${r.year}|${r.flow}`

const rec = fc.record({
  reporter: fc.constantFrom(...REPORTERS),
  partner: fc.constantFrom(...PARTNERS),
  year: fc.integer({ min: 2020, max: 2022 }),
  flow: fc.constantFrom('import' as const, 'export' as const),
  quantity: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
  value: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null })
})
const file = fc.record({
  source: fc.constantFrom(...SOURCES),
  rows: fc.uniqueArray(rec, { selector: keyOf, minLength: 1, maxLength: 12 })
})

function csv(f: { source: string; rows: Rec[] }): Uint8Array {
  const lines = ['reporter,partner,year,hs code,flow,quantity,quantity unit,value usd,source']
  for (const r of f.rows)
    lines.push([r.reporter, r.partner, r.year, '2846', r.flow, r.quantity ?? '', r.quantity === null ? '' : 'kg', r.value ?? '', f.source].join(','))
  return new TextEncoder().encode(lines.join('\n') + '\n')
}

let dir: string
let engine: Engine
beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  const sources = new TextEncoder().encode('code,title\nSRC-A,Source A\nSRC-B,Source B\n')
  await runPipeline(engine.db, sources, 'sources.csv', { read: readOptions.parse({}), table: 'source', mode: 'all', dryRun: false, actor: 't' })
})
afterAll(() => {
  engine?.close()
  removeDir(dir)
})

describe('two sources over one key set', () => {
  it('never stores a row that mixes values of two sources', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 5 }), async (files) => {
        engine.db.exec('DELETE FROM trade_flow')
        const latest = new Map<string, Rec>() // key|source -> what that source's latest file said
        for (const f of files) {
          const o = await runPipeline(engine.db, csv(f), `${f.source}.csv`, {
            read: readOptions.parse({}),
            table: 'trade_flow',
            mode: 'all',
            dryRun: false,
            actor: 't'
          })
          expect(o.mappingProblems).toEqual([])
          expect(o.tally.counts.invalid).toBe(0)
          for (const r of f.rows) latest.set(`${keyOf(r)}|${f.source}`, r)
        }
        const stored = engine.db
          .prepare(
            `SELECT r.code AS reporter, p.code AS partner, t.year, t.flow, t.quantity, t.value_usd AS value, s.code AS source FROM trade_flow t
             JOIN country r ON r.id = t.reporter_id JOIN country p ON p.id = t.partner_id JOIN source s ON s.id = t.source_id`
          )
          .all() as (Rec & { source: string })[]
        expect(stored.length).toBe(latest.size)
        for (const row of stored) {
          const want = latest.get(`${keyOf(row)}|${row.source}`)
          expect(want, `${keyOf(row)} from ${row.source}`).toBeDefined()
          // quantity and value both come from this source's latest file; a blank cell there leaves that
          // source's own earlier value, never the other source's
          if (want!.quantity !== null) expect(row.quantity).toBe(want!.quantity)
          if (want!.value !== null) expect(row.value).toBe(want!.value)
          const fromThisSource = files.filter((f) => f.source === row.source).flatMap((f) => f.rows.filter((r) => keyOf(r) === keyOf(row)))
          if (row.quantity !== null) expect(fromThisSource.map((r) => r.quantity)).toContain(row.quantity)
          if (row.value !== null) expect(fromThisSource.map((r) => r.value)).toContain(row.value)
        }
      }),
      { numRuns: 60 }
    )
  })
})
