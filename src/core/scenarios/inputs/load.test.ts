// Builds a real dataset from resources/starter (+ resources/scenarios beside it) and checks that nothing of the
// scenario CSVs is lost: counts, every plain cell against its row, every several-figure cell split into its parts
// with the row's source and note, ranges, bounds and NA kept, and the unfound inputs kept in words.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDataset, type Db } from '../../db/open'
import { createStarterDataset } from '../../starter/load'
import { figureParts } from './load'
import { SPLITS } from './splits'

const RESOURCES = path.resolve(__dirname, '../../../../resources')
type Row = Record<string, string>
type DbRow = Record<string, string | number | null>
const csv = (name: string): Row[] =>
  Papa.parse<Row>(fs.readFileSync(path.join(RESOURCES, 'scenarios', name), 'utf8'), { header: true, skipEmptyLines: true }).data

let tmp: string
let db: Db
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-scenarios-'))
  const file = path.join(tmp, 'starter.lodestone')
  createStarterDataset(file, path.join(RESOURCES, 'starter'))
  db = openDataset(file, { readOnly: true })
})
afterAll(() => {
  db?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})
const all = (sql: string, ...p: unknown[]): DbRow[] => db.prepare(sql).all(...p) as DbRow[]
const one = (sql: string, ...p: unknown[]): DbRow => db.prepare(sql).get(...p) as DbRow
const figure = (code: string): DbRow => one('SELECT i.*, s.code AS source FROM scenario_input i JOIN source s ON s.id = i.source_id WHERE i.code = ?', code)

describe('scenario figures load', () => {
  it('keeps every row of the three CSVs', () => {
    const inputs = csv('inputs.csv')
    expect(inputs).toHaveLength(101)
    expect(one('SELECT count(DISTINCT row_code) AS n FROM scenario_input').n).toBe(101)
    const parts = Object.values(SPLITS).reduce((n, p) => n + p.length, 0)
    expect(one('SELECT count(*) AS n FROM scenario_input').n).toBe(101 - Object.keys(SPLITS).length + parts)
    expect(one('SELECT count(*) AS n FROM scenario_gap').n).toBe(csv('not_found.csv').length)
    expect(one('SELECT count(*) AS n FROM scenario_gap').n).toBe(20)
    for (const s of csv('sources.csv')) expect(one('SELECT title FROM source WHERE code = ?', s.source_id).title).toBe(s.title)
  })

  it('keeps every cell of every row (plain cells as they are, parts with the row they came from)', () => {
    for (const r of csv('inputs.csv')) {
      const rows = all('SELECT i.*, s.code AS source FROM scenario_input i JOIN source s ON s.id = i.source_id WHERE row_code = ? ORDER BY code', r.id)
      expect(rows.length, r.id).toBe(SPLITS[r.id]?.length ?? 1)
      for (const got of rows) {
        expect(got).toMatchObject({
          parameter: r.parameter,
          stage: r.stage,
          subject: r.element_or_product,
          region: r.country_region,
          period: r.year,
          unit: r.unit,
          value_text: r.value,
          source: r.source_id,
          note: r.note || null,
          confidence: r.confidence || null,
          locator: r.source_locator || null,
          starter_ref: r.starter_ref || null
        })
      }
    }
  })

  it('reads plain values, ranges, bounds and NA as printed', () => {
    expect(figure('S035')).toMatchObject({ value: 7000, value_low: null, qualifier: '~', unit: 't/yr magnet', source: 'TENGELE-BBC-2025' })
    expect(figure('S069')).toMatchObject({ value: null, value_low: 5000, value_high: 6000, qualifier: 'range' })
    expect(figure('S013')).toMatchObject({ value: 0.6, qualifier: '<', value_text: '<0.6' })
    expect(figure('S012')).toMatchObject({ value: 3, qualifier: 'bound' })
    expect(figure('S053')).toMatchObject({ value: null, value_low: null, qualifier: 'NA', value_text: 'NA' })
    expect(String(figure('S053').note)).toMatch(/\w/)
    expect(figure('S058')).toMatchObject({ value: 85.74, qualifier: null, source: 'IUPAC-CIAAW-AW' })
    expect(figure('S052').value).toBe(4343.5)
  })

  it('splits several-figure cells into one figure each, with the row source and note', () => {
    expect(figure('S056.1')).toMatchObject({ part: 'Lynas', value: 3261, unit: 't NdPr', source: 'TREO-2025', value_text: 'Lynas 3261; MP 232' })
    expect(figure('S056.2')).toMatchObject({ part: 'MP Materials', value: 232, source: 'TREO-2025' })
    expect(figure('S056.2').note).toBe(figure('S056.1').note)
    expect(figure('S071.2')).toMatchObject({ part: 'target', value: null, value_low: 3000, value_high: 5000 })
    expect(figure('S008.1')).toMatchObject({ part: 'electronics', value: 0.001, qualifier: '<' })
    expect(figure('S092.1')).toMatchObject({ value: 8500, value_low: 8000, value_high: 9000 })
    expect(figure('S098.2')).toMatchObject({ part: 'Dy 2024-06', value: 26037, unit: 'kg' })
    expect(figure('S099.4')).toMatchObject({ part: 'Tb 2025-10', value: 12200 })
  })

  it('keeps what no source supplied in words', () => {
    const gap = one("SELECT * FROM scenario_gap WHERE parameter = 'china_licence_approval_share_india'")
    expect(String(gap.searched)).toMatch(/licence/i)
    expect(gap.why).toBeTruthy()
  })

  it('refuses a compound cell nobody listed a split for, in words', () => {
    expect(() => figureParts('S999', 'Lynas 3261; MP 232', 'e')).toThrow(/neither a number, a range, a bound nor NA/)
  })
})
