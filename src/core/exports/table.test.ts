// Table exports read back: CSV (papaparse) and XLSX (exceljs) round trips with typed cells and units in the headers,
// a Sources sheet, JSON with the filter and dataset hash; CSV text neutralised against formulas while numbers stay
// numbers, XLSX text written as it is (a string cell is never a formula). Real SQLite, the grid's own filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { ExportResult } from '../../shared/briefs'
import type { Filter } from '../../shared/api'
import type { Engine } from '../engine'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { neutraliseFormulaText } from '../../shared/spreadsheetSafe'

const INJECTIONS = [
  '=1+1',
  '+SUM(A1:A2)',
  '-2+3',
  '@cmd',
  '\t=tab',
  '\r=cr',
  '=HYPERLINK("http://evil.example","x")',
  'x;=10*10;y',
  'a|+1',
  'a\t=1+1',
  '+44 20 7946 0000'
]

let dir: string
let engine: Engine

beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  const changes = INJECTIONS.map((subject, i) => ({
    kind: 'insert' as const,
    table: 'observation' as const,
    values: {
      country_id: 1,
      indicator_id: 1,
      subject,
      period: String(2020 + i),
      year: 2020 + i,
      value: i === 2 ? -5 : 1000 * (i + 1),
      unit_id: 1,
      basis: 'REO equivalent',
      source_id: 1,
      note: 'plain note'
    }
  }))
  changes.push({
    kind: 'insert',
    table: 'observation',
    values: {
      country_id: 2,
      indicator_id: 1,
      subject: 'China row',
      period: '2010',
      year: 2010,
      value: 270000,
      unit_id: 1,
      basis: 'REO equivalent',
      source_id: 1,
      note: 'x'
    }
  })
  await ok(engine, 'edits.apply', { changes })
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const indiaOnly: Filter[] = [{ column: 'country_id', op: 'equals', value: 'India' }]
const bytesOf = (r: ExportResult): Buffer => Buffer.from(r.base64 ?? '', 'base64')

describe('CSV', () => {
  it('round-trips the filtered rows with injections neutralised and numbers as numbers', async () => {
    const result = await ok(engine, 'exports.table', {
      table: 'observation',
      format: 'csv',
      filters: indiaOnly,
      sort: [{ column: 'year', dir: 'asc' }]
    })
    expect(result.fileName).toMatch(/^figures-filtered-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = bytesOf(result).toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, dynamicTyping: true })
    expect(parsed.data).toHaveLength(INJECTIONS.length)
    expect(parsed.meta.fields).toContain('Value (t REO)')
    expect(parsed.data.map((r) => r['Element or product'])).toEqual(INJECTIONS.map(neutraliseFormulaText))
    expect(parsed.data[2]['Value (t REO)']).toBe(-5)
    expect(parsed.data[0]['Value (t REO)']).toBe(1000)
    expect(parsed.data[0].Country).toBe('India')
    expect(parsed.data[0].Source).toBe('USGS-MCS2026-RE')
    const cells = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.flat()
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?[\d.]+$/.test(c))).toEqual([])
  })
})

describe('XLSX', () => {
  it('has typed cells, units in the headers, text as it is (never a formula) and a Sources sheet', async () => {
    const result = await ok(engine, 'exports.table', {
      table: 'observation',
      format: 'xlsx',
      filters: [],
      sort: [{ column: 'year', dir: 'asc' }]
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytesOf(result) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Figures')
    if (!sheet) throw new Error('no Figures sheet')
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const col = (label: string): number => header.indexOf(label) + 1
    expect(header).toContain('Value (t REO)')
    expect(sheet.rowCount).toBe(INJECTIONS.length + 2)
    const first = sheet.getRow(3)
    expect(first.getCell(col('Value (t REO)')).type).toBe(ExcelJS.ValueType.Number)
    expect(first.getCell(col('Year')).value).toBe(2020)
    expect(sheet.getRow(5).getCell(col('Value (t REO)')).value).toBe(-5)
    for (let i = 0; i < INJECTIONS.length; i++) {
      const cell = sheet.getRow(i + 3).getCell(col('Element or product'))
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      // XML normalises a bare CR to LF when the file is read.
      expect(String(cell.value).replace(/\n/g, '\r')).toBe(INJECTIONS[i].replace(/\n/g, '\r'))
    }
    const sources = workbook.getWorksheet('Sources')
    expect(sources?.getRow(2).getCell(1).value).toBe('USGS-MCS2026-RE')
    expect(String(workbook.keywords)).toContain(result.datasetHash)
  })
})

describe('JSON', () => {
  it('carries the rows as they are, with the filter, columns and dataset hash', async () => {
    const result = await ok(engine, 'exports.table', { table: 'observation', format: 'json', filters: indiaOnly, sort: [] })
    const body = JSON.parse(bytesOf(result).toString('utf8')) as {
      rows: Record<string, unknown>[]
      filters: unknown
      datasetHash: string
      columns: { name: string; label: string }[]
    }
    expect(body.rows).toHaveLength(INJECTIONS.length)
    expect(body.rows.map((r) => r.subject)).toEqual(INJECTIONS)
    expect(body.filters).toEqual(indiaOnly)
    expect(body.datasetHash).toBe(result.datasetHash)
    expect(body.columns.find((c) => c.name === 'value')?.label).toBe('Value (t REO)')
  })
})

describe('a large table', () => {
  it('leaves the engine answering other requests while it exports', async () => {
    const insert = engine.db.prepare(
      "INSERT INTO trade_flow (reporter_id, partner_id, year, hs_code, flow, quantity, quantity_unit_id, value_usd) VALUES (1, 2, ?, ?, 'import', ?, 1, ?)"
    )
    engine.db.transaction(() => {
      for (let i = 0; i < 12_000; i++) insert.run(1900 + (i % 200), `28${String(i).padStart(6, '0')}`, i, i * 10)
    })()
    let settled = false
    const exporting = engine.call('exports.table', { table: 'trade_flow', format: 'csv' }).finally(() => (settled = true))
    // A macrotask gets its turn (a request from the UI would be one) while the export is still running.
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toBe(false)
    expect((await engine.call('app.info', {})).ok).toBe(true)
    const done = await exporting
    expect(done.ok && (done.value as ExportResult).bytes).toBeGreaterThan(12_000 * 20)
  })
})

describe('bad input', () => {
  it('refuses an unknown column or a bad filter in words', async () => {
    const bad = await engine.call('exports.table', { table: 'observation', format: 'csv', filters: [{ column: 'nope', op: 'equals', value: 'x' }] })
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('Figures has no column "nope"') } })
    const noValue = await engine.call('exports.table', { table: 'observation', format: 'csv', filters: [{ column: 'year', op: 'greaterThan' }] })
    expect(noValue).toMatchObject({ ok: false, error: { message: expect.stringContaining('needs a value') } })
    const format = await engine.call('exports.table', { table: 'observation', format: 'exe' })
    expect(format.ok).toBe(false)
  })
})
