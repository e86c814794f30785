// Builds a real dataset from resources/starter in a temp folder and checks nothing of the CSVs is lost:
// counts, every column of every row against the CSV, sample values, enum and reference integrity,
// and that a failing load leaves no file behind.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TABLES } from '../../shared/schema'
import { parseUnit } from '../../shared/units'
import { openDataset, type Db } from '../db/open'
import { EngineError } from '../errors'
import { createStarterDataset, localDate } from './load'

const STARTER = path.resolve(__dirname, '../../../resources/starter')
type Row = Record<string, string>
type DbRow = Record<string, string | number | null>

function csv(name: string, dir = STARTER): Row[] {
  return Papa.parse<Row>(fs.readFileSync(path.join(dir, name), 'utf8'), { header: true, skipEmptyLines: true }).data
}

let tmp: string
let db: Db

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-starter-'))
  const file = path.join(tmp, 'starter.lodestone')
  createStarterDataset(file, STARTER)
  db = openDataset(file, { readOnly: true })
})

afterAll(() => {
  db?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

const all = (sql: string, ...params: unknown[]): DbRow[] => db.prepare(sql).all(...params) as DbRow[]
const one = (sql: string, ...params: unknown[]): DbRow => db.prepare(sql).get(...params) as DbRow
const count = (table: string): number => Number(one(`SELECT count(*) AS n FROM ${table}`).n)
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

describe('counts', () => {
  it('matches the CSVs', () => {
    expect(count('observation')).toBe(csv('facts.csv').length)
    expect(count('observation')).toBe(480)
    expect(count('source')).toBe(97 + 58) // starter sources, then those of resources/scenarios
    expect(count('element')).toBe(17)
    expect(count('hs_code')).toBe(23)
    expect(count('theme')).toBe(6)
    expect(count('assessment')).toBe(6)
    expect(count('facility') + count('initiative') + count('organisation')).toBe(26)
    expect(count('indicator')).toBe(new Set(csv('facts.csv').map((r) => r.indicator)).size)
  })

  it('writes one system edit batch and no change log', () => {
    expect(all('SELECT actor, label, origin, undone FROM edit_batch')).toEqual([
      { actor: 'lodestone', label: 'Created from the starter dataset', origin: 'system', undone: 0 }
    ])
    expect(count('change_log')).toBe(0)
  })
})

describe('figures', () => {
  it('keeps every column of every facts.csv row', () => {
    const rows = all(`SELECT o.*, s.code AS source_code, u.code AS unit_code, i.code AS indicator_code
      FROM observation o JOIN source s ON s.id = o.source_id JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id`)
    const byCode = new Map(rows.map((r) => [r.code, r]))
    for (const f of csv('facts.csv')) {
      const o = byCode.get(f.id)!
      expect(o, f.id).toBeDefined()
      expect([o.key, o.indicator_code, o.subject, o.period, o.value_text, o.unit_code, o.source_code, o.locator]).toEqual([
        f.key,
        f.indicator,
        f.element_or_product,
        f.year,
        f.value,
        f.unit,
        f.source_id,
        orNull(f.source_locator)
      ])
      if (f.note.trim()) expect(String(o.note).startsWith(f.note.trim()), f.id).toBe(true)
      if (o.confidence !== f.confidence) expect(String(o.note)).toContain(`Confidence as published: ${f.confidence}.`)
      if (o.qualifier !== f.value_qualifier) expect([f.value_qualifier, f.value, o.qualifier]).toEqual(['', 'NA', 'NA'])
      if (o.scope !== null) expect(f.country_region).toContain(String(o.scope))
    }
  })

  it('reads every unit facts.csv prints, and stores it as parsed', () => {
    const units = new Set(csv('facts.csv').map((f) => f.unit))
    expect(units.size).toBe(29)
    for (const u of units) {
      const p = parseUnit(u)
      expect(p.known, u).toBe(true)
      expect(one('SELECT dimension, scale, basis FROM unit WHERE code = ?', u)).toEqual({ dimension: p.dimension, scale: p.scale, basis: p.basis })
    }
  })

  it('F0005 is 3000 kg/yr of magnet product', () => {
    expect(
      one(`SELECT o.value, u.code AS unit, o.basis, o.period_kind, o.year FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.code = 'F0005'`)
    ).toEqual({
      value: 3000,
      unit: 'kg/yr',
      basis: 'product',
      period_kind: 'calendar year',
      year: 2023
    })
  })

  it('keeps a range as low and high, with no single value', () => {
    expect(one(`SELECT value, value_low, value_high, value_text, qualifier, basis FROM observation WHERE code = 'F0077'`)).toEqual({
      value: null,
      value_low: 10000,
      value_high: 15000,
      value_text: '10000-15000',
      qualifier: 'range',
      basis: 'oxide'
    })
  })

  it("keeps '2/3' as printed, with its quotient in the row's unit", () => {
    const r = one(`SELECT o.value, o.value_text, u.code AS unit, u.scale FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.code = 'F0007'`)
    expect(r.value_text).toBe('2/3')
    expect(r.unit).toBe('fraction of world')
    expect(Number(r.value) * Number(r.scale)).toBeCloseTo(66.67, 2)
  })

  it('stores NA as no value with the NA qualifier', () => {
    expect(one(`SELECT value, value_text, qualifier FROM observation WHERE code = 'F0025'`)).toEqual({ value: null, value_text: 'NA', qualifier: 'NA' })
    expect(one(`SELECT value, value_text, qualifier FROM observation WHERE code = 'F0329'`)).toEqual({ value: null, value_text: 'NA', qualifier: 'NA' })
  })

  it('reads fiscal years, spans and unstated periods', () => {
    const period = (code: string): DbRow => one(`SELECT period, period_kind, year FROM observation WHERE code = ?`, code)
    expect(period('F0205')).toEqual({ period: 'FY2024-25', period_kind: 'fiscal year (India, Apr-Mar)', year: 2024 })
    expect(period('F0240')).toEqual({ period: 'FY2023-24', period_kind: 'fiscal year (Jul-Jun)', year: 2023 })
    expect(period('F0067')).toEqual({ period: '2021-2024', period_kind: 'span of years', year: 2021 })
    expect(period('F0004')).toEqual({ period: 'n.s.', period_kind: 'not stated', year: null })
  })

  it('splits places into country and scope', () => {
    const place = (code: string): DbRow => one(`SELECT c.code, o.scope FROM observation o JOIN country c ON c.id = o.country_id WHERE o.code = ?`, code)
    expect(place('F0435')).toEqual({ code: 'CHN', scope: 'imports from Myanmar (Burma)' })
    expect(place('F0247')).toEqual({ code: 'USA', scope: 'MP Materials' })
    expect(place('F0150')).toEqual({ code: 'MUL', scope: 'China, Australia, Myanmar' })
  })

  it('maps superseded confidence and keeps the printed text', () => {
    const r = one(`SELECT confidence, note FROM observation WHERE code = 'F0060'`)
    expect(r.confidence).toBe('superseded')
    expect(r.note).toContain('Confidence as published: high (superseded).')
  })
})

describe('trade flows', () => {
  it('derives one import flow per Comtrade partner and year', () => {
    const comtrade = csv('facts.csv').filter((f) => /^China \(imports from/.test(f.country_region))
    expect(count('trade_flow')).toBe(comtrade.length / 2)
    const r = one(`SELECT t.quantity, u.code AS unit, t.value_usd, t.value_basis, t.estimated, t.hs_code, t.flow, t.note, s.code AS source
      FROM trade_flow t JOIN country r ON r.id = t.reporter_id JOIN country p ON p.id = t.partner_id
      JOIN unit u ON u.id = t.quantity_unit_id JOIN source s ON s.id = t.source_id
      WHERE r.code = 'CHN' AND p.code = 'MMR' AND t.year = 2024`)
    expect(r).toMatchObject({
      quantity: 44365512,
      unit: 'kg',
      value_usd: 817835388,
      value_basis: 'CIF',
      estimated: 0,
      hs_code: '2846',
      flow: 'import',
      source: 'UNCOMTRADE-CHN-2846'
    })
    expect(r.note).toMatch(/F0471 \(quantity\) and F0472 \(value\)/)
  })

  it('flags quantities Comtrade marks as estimated, and maps World to WLD', () => {
    const r = one(`SELECT t.estimated FROM trade_flow t JOIN country p ON p.id = t.partner_id WHERE p.code = 'WLD' AND t.year = 2023`)
    expect(r.estimated).toBe(1)
  })
})

describe('entities', () => {
  const entityRows = (): DbRow[] =>
    ['facility', 'initiative', 'organisation'].flatMap((t) =>
      all(`SELECT e.*, '${t}' AS tbl, c.code AS country_code, s.code AS source_code, u.code AS unit_code FROM ${t} e
        JOIN country c ON c.id = e.country_id LEFT JOIN source s ON s.id = e.source_id
        LEFT JOIN unit u ON u.id = e.${t === 'initiative' ? 'amount_unit_id' : 'capacity_unit_id'}`)
    )

  it('keeps every column of every entities.csv row', () => {
    const byCode = new Map(entityRows().map((r) => [r.code, r]))
    for (const e of csv('entities.csv')) {
      const r = byCode.get(e.entity_id)!
      expect(r, e.entity_id).toBeDefined()
      expect([r.name, r.year, r.related_figures, r.status_note]).toEqual([e.name, orNull(e.year), orNull(e.related_fact_ids), orNull(e.status)])
      expect(
        [
          r.source_code,
          ...String(r.other_sources ?? '')
            .split(';')
            .filter(Boolean)
        ].join(';')
      ).toBe(e.source_id)
      expect(String(r.description).startsWith(e.description)).toBe(true)
      const amount = r.tbl === 'initiative' ? r.amount : r.capacity
      const note = r.tbl === 'initiative' ? r.amount_note : r.capacity_note
      expect([amount, note]).toEqual([e.capacity_value ? Number(e.capacity_value) : null, orNull(e.capacity_unit)])
      if (r.tbl !== 'organisation') expect(String(r.description)).toContain(e.type)
      else expect(e.type).toContain(String(r.kind))
    }
  })

  it('sorts entities into facilities, initiatives and organisations', () => {
    expect([count('facility'), count('initiative'), count('organisation')]).toEqual([6, 16, 4])
    expect(one(`SELECT name, stage, status FROM facility WHERE code = 'E02'`)).toMatchObject({ stage: 'magnet', status: 'commissioning' })
    expect(one(`SELECT kind, pillar, status FROM initiative WHERE code = 'E07'`)).toEqual({
      kind: 'scheme',
      pillar: 'domestic development',
      status: 'approved'
    })
    expect(one(`SELECT kind, pillar, status FROM initiative WHERE code = 'E17'`)).toEqual({
      kind: 'export control',
      pillar: 'external constraint',
      status: 'in force'
    })
    expect(one(`SELECT i.partners, c.code FROM initiative i JOIN country c ON c.id = i.country_id WHERE i.code = 'E06'`)).toEqual({
      partners: 'Japan',
      code: 'IND'
    })
    expect(one(`SELECT c.code FROM initiative i JOIN country c ON c.id = i.country_id WHERE i.code = 'E11'`)).toEqual({ code: 'MUL' })
  })
})

describe('reference tables', () => {
  it('keeps every source column', () => {
    const rows = new Map(all('SELECT * FROM source').map((r) => [r.code, r]))
    for (const s of csv('sources.csv')) {
      const r = rows.get(s.source_id)!
      expect([r.title, r.publisher, r.published, r.url, r.source_type, r.reliability]).toEqual(
        [s.title, s.publisher, s.date, s.url_or_path, s.source_type, s.reliability].map(orNull)
      )
    }
    expect(one(`SELECT title FROM source WHERE code = 'REX-INDIA-2025'`).title).toMatch(/^India's Bid to Break Rare Earth Dependence on China/)
  })

  it('reads element classes and compositions', () => {
    expect(
      one(
        `SELECT e.class, e.atomic_number, e.india_monazite_pct, s.code AS src FROM element e JOIN source s ON s.id = e.composition_source_id WHERE symbol = 'Nd'`
      )
    ).toEqual({
      class: 'light',
      atomic_number: 60,
      india_monazite_pct: 20,
      src: 'USGS-MYB2022-TABLES'
    })
    expect(one(`SELECT class FROM element WHERE symbol = 'Sc'`).class).toBe('neither')
    const ce = one(`SELECT longnan_clay_pct, classification_note FROM element WHERE symbol = 'Ce'`)
    expect(ce.longnan_clay_pct).toBeNull()
    expect(ce.classification_note).toContain('Longnan ion clay <1.09')
  })

  it('keeps every HS code column', () => {
    const rows = new Map(all('SELECT h.*, s.code AS src FROM hs_code h LEFT JOIN source s ON s.id = h.source_id').map((r) => [r.code, r]))
    for (const h of csv('hs_codes.csv')) {
      const r = rows.get(h.code)!
      expect([r.level, r.jurisdiction, r.description, r.analyst_use, r.caveats]).toEqual(
        [h.level, h.jurisdiction, h.description, h.analyst_use, h.caveats].map(orNull)
      )
      expect(
        [
          r.src,
          ...String(r.other_sources ?? '')
            .split(';')
            .filter(Boolean)
        ].join(';')
      ).toBe(h.source_id)
    }
  })
})

describe('themes and assessments', () => {
  it('drafts one assessment per theme for India, with the gap evidence linked', () => {
    for (const g of csv('gaps.csv')) {
      const a = one(
        `SELECT a.*, c.code AS country FROM assessment a JOIN theme t ON t.id = a.theme_id JOIN country c ON c.id = a.country_id WHERE t.code = ?`,
        g.gap_id
      )
      expect(a).toMatchObject({
        title: `${g.theme} \u2014 India`,
        country: 'IND',
        status: 'draft',
        severity: null,
        trend: null,
        author: 'starter dataset',
        summary: g.summary,
        rationale: g.notes,
        as_of: localDate()
      })
      const linked = all(
        `SELECT o.code FROM assessment_evidence e JOIN observation o ON o.id = e.target_id WHERE e.assessment_id = ? AND e.target_table = 'observation'`,
        a.id
      )
      expect(linked.map((r) => r.code).sort()).toEqual(g.evidence_fact_ids.split(';').sort())
    }
    expect(
      all(
        `SELECT count(*) AS n FROM assessment_evidence e JOIN assessment a ON a.id = e.assessment_id JOIN theme t ON t.id = a.theme_id WHERE t.code = 'G1'`
      )[0].n
    ).toBe(9)
  })
})

describe('integrity', () => {
  it('has no dangling references', () => {
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(count('observation')).toBe(Number(one('SELECT count(*) AS n FROM observation o JOIN source s ON s.id = o.source_id').n))
    expect(all(`SELECT e.id FROM assessment_evidence e LEFT JOIN observation o ON o.id = e.target_id WHERE o.id IS NULL`)).toEqual([])
  })

  it('fills required columns and keeps every enum inside the schema registry', () => {
    for (const t of TABLES) {
      for (const c of t.columns) {
        if (c.required) expect(Number(one(`SELECT count(*) AS n FROM ${t.name} WHERE ${c.name} IS NULL OR ${c.name} = ''`).n), `${t.name}.${c.name}`).toBe(0)
        if (c.type !== 'enum' || !c.enumValues) continue
        const values = all(`SELECT DISTINCT ${c.name} AS v FROM ${t.name} WHERE ${c.name} IS NOT NULL`).map((r) => r.v)
        for (const v of values) expect(c.enumValues, `${t.name}.${c.name}`).toContain(v)
      }
    }
  })

  it('has a country row for every partner named by an entity', () => {
    const codes = all('SELECT code FROM country').map((r) => r.code)
    for (const code of ['JPN', 'KGZ', 'TJK', 'TKM', 'UZB', 'MUL', 'WLD', 'OTH', 'LAO']) expect(codes).toContain(code)
  })
})

describe('a failing load', () => {
  function starterCopy(change: (dir: string) => void): string {
    const dir = fs.mkdtempSync(path.join(tmp, 'starter-copy-'))
    for (const f of fs.readdirSync(STARTER)) fs.copyFileSync(path.join(STARTER, f), path.join(dir, f))
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644)
    change(dir)
    return dir
  }
  const leftovers = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f))

  it('names the missing file and creates nothing', () => {
    const dir = starterCopy((d) => fs.rmSync(path.join(d, 'facts.csv')))
    const file = path.join(tmp, 'missing-facts.lodestone')
    expect(() => createStarterDataset(file, dir)).toThrow(/facts\.csv/)
    expect(leftovers(file)).toEqual([])
  })

  it('deletes the half-made file when a row cannot be loaded', () => {
    const dir = starterCopy((d) => {
      const facts = path.join(d, 'facts.csv')
      fs.writeFileSync(
        facts,
        fs
          .readFileSync(facts, 'utf8')
          .replace(
            'F0480,China (imports from India),import_value,HS 2846 rare-earth compounds,2024,3033521,USD (CIF),UNCOMTRADE-CHN-2846',
            'F0480,China (imports from India),import_value,HS 2846 rare-earth compounds,2024,3033521,USD (CIF),NO-SUCH-SOURCE'
          )
      )
    })
    const file = path.join(tmp, 'bad-source.lodestone')
    let error: unknown
    try {
      createStarterDataset(file, dir)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(EngineError)
    expect((error as Error).message).toMatch(/F0480.*NO-SUCH-SOURCE/)
    expect(leftovers(file)).toEqual([])
  })

  it('refuses an unexpected column rather than dropping it', () => {
    const dir = starterCopy((d) => {
      const gaps = path.join(d, 'gaps.csv')
      const lines = fs.readFileSync(gaps, 'utf8').split('\n')
      fs.writeFileSync(gaps, lines.map((l, i) => (l.trim() === '' ? l : `${l},${i === 0 ? 'owner' : 'x'}`)).join('\n'))
    })
    const file = path.join(tmp, 'extra-column.lodestone')
    expect(() => createStarterDataset(file, dir)).toThrow(/gaps\.csv.*owner/)
    expect(leftovers(file)).toEqual([])
  })

  it('never overwrites an existing file', () => {
    const file = path.join(tmp, 'existing.lodestone')
    fs.writeFileSync(file, 'keep me')
    expect(() => createStarterDataset(file, STARTER)).toThrow(/already a file/)
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me')
  })
})
