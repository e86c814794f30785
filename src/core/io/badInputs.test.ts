// The bad-input corpus: malformed CSV, XLSX and JSON files of every kind, each imported for real (mode 'all').
// Every one is refused with a message in words that names the row and column where that applies, and the
// dataset is exactly as it was: same rows (a content checksum) and the same bytes in its main file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import crypto from 'node:crypto'
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { readOptions, type Mapping, type ReadOptions } from '../../shared/dataFiles'
import { TABLE_NAMES } from '../../shared/schema'
import type { Engine } from '../engine'
import { removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { runPipeline } from './pipeline'

interface Case {
  name: string
  bytes: () => Uint8Array | Promise<Uint8Array>
  fileName?: string
  mapping?: Mapping
  read?: Partial<ReadOptions>
  table?: Mapping['table']
  /** The refusal, whatever its form (thrown, mapping problem, invalid rows). */
  message: RegExp
  /** Where the problem is, when it is in a row (and a column). */
  row?: number
  column?: string | null
}

const HEADER = 'reporter,partner,year,hs,flow,kg,usd,estimated,terms'
const GOOD = 'IND,CHN,2023,2846,import,10,100,no,CIF'
const TRADE: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'reporter' },
    partner_id: { column: 'partner' },
    year: { column: 'year' },
    hs_code: { column: 'hs' },
    flow: { column: 'flow' },
    quantity: { column: 'kg' },
    quantity_unit_id: { constant: 't REO' },
    value_usd: { column: 'usd' },
    estimated: { column: 'estimated' },
    value_basis: { column: 'terms' }
  }
}
const COMTRADE: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'reporterISO' },
    partner_id: { column: 'partnerISO' },
    year: { column: 'refYear' },
    hs_code: { column: 'cmdCode' },
    flow: { column: 'flowCode', values: { M: 'import', X: 'export' } },
    quantity: { column: 'qty' }
  }
}

const text =
  (s: string): (() => Uint8Array) =>
  () =>
    Buffer.from(s, 'utf8')
const csv = (...rows: string[]): (() => Uint8Array) => text([HEADER, GOOD, ...rows].join('\n'))
const record = (over: Record<string, unknown>): Record<string, unknown> => ({
  reporterISO: 'IND',
  partnerISO: 'CHN',
  refYear: 2023,
  cmdCode: '2846',
  flowCode: 'M',
  qty: 5,
  ...over
})
const json = (value: unknown): (() => Uint8Array) => text(JSON.stringify(value))

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  fill(wb)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

function tradeSheet(wb: ExcelJS.Workbook, rows: unknown[][]): void {
  const ws = wb.addWorksheet('Trade')
  ws.addRow(['Imports of rare-earth compounds'])
  ws.addRow([])
  ws.addRow(HEADER.split(','))
  ws.addRow(GOOD.split(',').map((v, i) => (i === 2 || i === 5 || i === 6 ? Number(v) : v)))
  for (const r of rows) ws.addRow(r)
}

const PNG = (): Uint8Array => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), crypto.randomBytes(200)])

const CASES: Case[] = [
  // CSV: the file as a whole
  { name: 'an empty file', bytes: text(''), message: /is empty \(0 bytes\)/ },
  { name: 'only blank lines and spaces', bytes: text('\n  \n\t\n'), message: /holds no text/ },
  { name: 'a header and no rows', bytes: text(HEADER + '\n'), message: /has no data rows, so there is nothing to import/ },
  { name: 'an image renamed .csv', bytes: PNG, message: /is not a text file \(it holds binary data\)/ },
  {
    name: 'a mapping column the file lacks',
    bytes: csv(),
    mapping: { ...TRADE, fields: { ...TRADE.fields, partner_id: { column: 'origin' } } },
    message: /Partner is mapped to column "origin", which the file does not have/
  },
  {
    name: 'the wrong delimiter chosen',
    bytes: text(HEADER.replace(/,/g, ';') + '\n' + GOOD.replace(/,/g, ';')),
    read: { delimiter: ',' },
    message: /Reporter is mapped to column "reporter", which the file does not have/
  },
  { name: 'a header row past the end', bytes: csv(), read: { headerRow: 50 }, message: /header row was set to row 50, but .* has only 2 rows/ },
  {
    name: 'a required field with no column or value',
    bytes: csv(),
    mapping: { ...TRADE, fields: { ...TRADE.fields, flow: {} } },
    message: /Flow is required: map a column to it/
  },
  // CSV: one row
  { name: 'an unclosed quote', bytes: csv('IND,CHN,2024,"2846,import,10,100,no,CIF'), message: /a quoted field is never closed/, row: 3, column: null },
  {
    name: 'text after a closing quote',
    bytes: csv('IND,"CHN"x,2024,2846,import,10,100,no,CIF'),
    message: /quoted field has text after its closing quote/,
    row: 3,
    column: null
  },
  { name: 'too few fields', bytes: csv('IND,CHN,2024,2846,import'), message: /has 5 fields where the header has 9/, row: 3, column: null },
  {
    name: 'an unquoted comma in a number',
    bytes: csv('IND,CHN,2024,2846,import,1,200,100,no,CIF'),
    message: /has 10 fields where the header has 9/,
    row: 3,
    column: null
  },
  { name: 'a row with no reporter', bytes: csv(',CHN,2024,2846,import,10,100,no,CIF'), message: /Reporter is required/, row: 3, column: 'reporter' },
  { name: 'text in a number column', bytes: csv('IND,CHN,2024,2846,import,lots,100,no,CIF'), message: /"lots" is not a number/, row: 3, column: 'kg' },
  {
    name: 'a negative quantity',
    bytes: csv('IND,CHN,2024,2846,import,-4,100,no,CIF'),
    message: /-4 is out of range\. Quantity must be a number zero or more/,
    row: 3,
    column: 'kg'
  },
  { name: 'two decimal points', bytes: csv('IND,CHN,2024,2846,import,1.2.3,100,no,CIF'), message: /"1\.2\.3" is not a number/, row: 3, column: 'kg' },
  { name: 'Infinity as a value', bytes: csv('IND,CHN,2024,2846,import,10,Infinity,no,CIF'), message: /"Infinity" is not a number/, row: 3, column: 'usd' },
  { name: 'an overflowing exponent', bytes: csv('IND,CHN,2024,2846,import,1e999,100,no,CIF'), message: /"1e999" is not a number/, row: 3, column: 'kg' },
  { name: 'a year with letters', bytes: csv('IND,CHN,20x4,2846,import,10,100,no,CIF'), message: /"20x4" is not a year/, row: 3, column: 'year' },
  {
    name: 'a year out of range',
    bytes: csv('IND,CHN,1850,2846,import,10,100,no,CIF'),
    message: /1850 is out of range\. Year must be a year between 1900 and 2100/,
    row: 3,
    column: 'year'
  },
  { name: 'a fractional year', bytes: csv('IND,CHN,2023.5,2846,import,10,100,no,CIF'), message: /2023\.5 is not a year/, row: 3, column: 'year' },
  {
    name: 'an unknown flow',
    bytes: csv('IND,CHN,2024,2846,sideways,10,100,no,CIF'),
    message: /"sideways" is not allowed in Flow\. Choose one of "import", "export"/,
    row: 3,
    column: 'flow'
  },
  {
    name: 'an unknown country code',
    bytes: csv('IND,XQZ,2024,2846,import,10,100,no,CIF'),
    message: /"XQZ" is not a country Lodestone knows/,
    row: 3,
    column: 'partner'
  },
  { name: 'an empty required cell', bytes: csv('IND,CHN,2024,,import,10,100,no,CIF'), message: /HS code is required/, row: 3, column: 'hs' },
  {
    name: 'a yes/no cell saying maybe',
    bytes: csv('IND,CHN,2024,2846,import,10,100,maybe,CIF'),
    message: /"maybe" is not yes or no/,
    row: 3,
    column: 'estimated'
  },
  {
    name: 'unknown delivery terms',
    bytes: csv('IND,CHN,2024,2846,import,10,100,no,DDP'),
    message: /"DDP" is not allowed in Value basis/,
    row: 3,
    column: 'terms'
  },
  {
    name: 'the same trade flow twice',
    bytes: csv('IND,JPN,2023,2846,import,1,1,no,CIF', 'IND,JPN,2023,2846,import,2,2,no,CIF'),
    message: /Row 3 has the same reporter, partner, year, HS code, flow and source as row 4, and row order cannot say which is right/,
    row: 3,
    column: null
  },
  {
    name: 'an unknown unit constant',
    bytes: csv(),
    mapping: { ...TRADE, fields: { ...TRADE.fields, quantity_unit_id: { constant: 'bushels' } } },
    message: /"bushels" is not a unit Lodestone can read/,
    row: 2,
    column: null
  },
  {
    name: 'a figure value that is a word',
    table: 'observation',
    bytes: text('country,indicator,subject,year,value,unit\nIND,mine_production,REO,2024,Large,t REO\n'),
    mapping: {
      table: 'observation',
      fields: {
        country_id: { column: 'country' },
        indicator_id: { column: 'indicator' },
        subject: { column: 'subject' },
        year: { column: 'year' },
        value: { column: 'value' },
        unit_id: { column: 'unit' }
      }
    },
    message: /"Large" is not a number\. Value takes a number/,
    row: 2,
    column: 'value'
  },
  {
    name: 'a figure with an unknown indicator',
    table: 'observation',
    bytes: text('country,indicator,subject,year,value,unit\nIND,happiness,REO,2024,5,t REO\n'),
    mapping: {
      table: 'observation',
      fields: {
        country_id: { column: 'country' },
        indicator_id: { column: 'indicator' },
        subject: { column: 'subject' },
        year: { column: 'year' },
        value: { column: 'value' },
        unit_id: { column: 'unit' }
      }
    },
    message: /"happiness" is not a known indicator/,
    row: 2,
    column: 'indicator'
  },
  // XLSX
  {
    name: 'a zip that is not a workbook',
    fileName: 'bad.xlsx',
    bytes: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), crypto.randomBytes(300)]),
    message: /could not be read as an Excel workbook/
  },
  {
    name: 'an old .xls workbook',
    fileName: 'old.xls',
    bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500)]),
    message: /old Excel 97-2003 \(\.xls\) workbook/
  },
  {
    name: 'a truncated workbook',
    fileName: 'cut.xlsx',
    bytes: async () => (await workbook((wb) => tradeSheet(wb, []))).subarray(0, 900),
    message: /could not be read as an Excel workbook/
  },
  {
    name: 'a sheet that is not there',
    fileName: 't.xlsx',
    bytes: () => workbook((wb) => tradeSheet(wb, [])),
    read: { sheet: 'Exports' },
    message: /has no sheet called "Exports"\. Its sheets are: "Trade"/
  },
  {
    name: 'an empty sheet',
    fileName: 't.xlsx',
    bytes: () => workbook((wb) => wb.addWorksheet('Blank')),
    read: { sheet: 'Blank' },
    message: /Sheet "Blank" of t\.xlsx is empty/
  },
  {
    name: 'text in a number cell',
    fileName: 't.xlsx',
    bytes: () => workbook((wb) => tradeSheet(wb, [['IND', 'CHN', 2024, '2846', 'import', 'n/a', 5, 'no', 'CIF']])),
    message: /"n\/a" is not a number/,
    row: 5,
    column: 'kg'
  },
  {
    name: 'an error cell (#N/A)',
    fileName: 't.xlsx',
    bytes: () => workbook((wb) => tradeSheet(wb, [['IND', 'CHN', 2024, '2846', 'import', { error: '#N/A' }, 5, 'no', 'CIF']])),
    message: /"#N\/A" is not a number/,
    row: 5,
    column: 'kg'
  },
  {
    name: 'a date in the year column',
    fileName: 't.xlsx',
    bytes: () => workbook((wb) => tradeSheet(wb, [['IND', 'CHN', new Date(Date.UTC(2024, 0, 1)), '2846', 'import', 3, 5, 'no', 'CIF']])),
    message: /"2024-01-01" is not a year/,
    row: 5,
    column: 'year'
  },
  {
    name: 'a workbook row with a missing country',
    fileName: 't.xlsx',
    bytes: () => workbook((wb) => tradeSheet(wb, [[null, 'CHN', 2024, '2846', 'import', 3, 5, 'no', 'CIF']])),
    message: /Reporter is required/,
    row: 5,
    column: 'reporter'
  },
  // JSON
  {
    name: 'a trailing comma',
    fileName: 'c.json',
    bytes: text('{"data": [\n  {"reporterISO": "IND"},\n]}'),
    mapping: COMTRADE,
    message: /is not valid JSON at line 3, column \d+/
  },
  {
    name: 'a download cut short',
    fileName: 'c.json',
    bytes: text('{"data": [{"reporterISO": "IND", "partnerISO": "CH'),
    mapping: COMTRADE,
    message: /is not valid JSON at line 1, column \d+.*ends mid-record/
  },
  {
    name: 'an object with no list of records',
    fileName: 'c.json',
    bytes: json({ count: 3 }),
    mapping: COMTRADE,
    message: /whose layout Lodestone does not know \(its fields are "count"\)/
  },
  { name: 'an empty list', fileName: 'c.json', bytes: json({ data: [] }), mapping: COMTRADE, message: /empty list of records/ },
  {
    name: 'records that are numbers',
    fileName: 'c.json',
    bytes: json([1, 2, 3]),
    mapping: COMTRADE,
    message: /Record 1 of c\.json is not an object with named fields/
  },
  {
    name: 'an error answer from UN Comtrade',
    fileName: 'c.json',
    bytes: json({ elapsedTime: '0.1 secs', count: 0, data: null, error: 'Rate limit exceeded' }),
    mapping: COMTRADE,
    message: /is an error answer from the data service, not data: "Rate limit exceeded"/
  },
  {
    name: 'an unknown partner code',
    fileName: 'c.json',
    bytes: json({ data: [record({}), record({ partnerISO: 'QQQ' })] }),
    mapping: COMTRADE,
    message: /"QQQ" is not a country Lodestone knows/,
    row: 3,
    column: 'partnerISO'
  },
  {
    name: 'a quantity that is a word',
    fileName: 'c.json',
    bytes: json({ data: [record({ qty: 'lots' })] }),
    mapping: COMTRADE,
    message: /"lots" is not a number/,
    row: 2,
    column: 'qty'
  },
  {
    name: 'a nested object as a quantity',
    fileName: 'c.json',
    bytes: json({ data: [record({ qty: { kg: 5 } })] }),
    mapping: COMTRADE,
    message: /is not a number/,
    row: 2,
    column: 'qty'
  },
  {
    name: 'an unknown flow code',
    fileName: 'c.json',
    bytes: json({ data: [record({ flowCode: 'DX' })] }),
    mapping: COMTRADE,
    message: /"DX" is not allowed in Flow/,
    row: 2,
    column: 'flowCode'
  }
]

let dir: string
let engine: Engine

/** Every row of every table, in order: the dataset's content, whatever the file's layout. */
function contentChecksum(): string {
  const hash = crypto.createHash('sha256')
  for (const table of [...TABLE_NAMES, 'edit_batch', 'change_log', 'meta']) {
    for (const row of engine.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()) hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}
const fileChecksum = (): string => crypto.createHash('sha256').update(fs.readFileSync(engine.datasetPath)).digest('hex')

beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  engine.db.pragma('wal_checkpoint(TRUNCATE)')
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

describe('bad inputs are refused in words and change nothing', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const content = contentChecksum()
    const bytes = fileChecksum()
    let messages: string[] = []
    let problems: { row: number; column: string | null; message: string }[] = []
    try {
      const outcome = await runPipeline(engine.db, await c.bytes(), c.fileName ?? 'bad.csv', {
        read: readOptions.parse(c.read ?? {}),
        table: c.table ?? 'trade_flow',
        mapping: c.mapping ?? TRADE,
        mode: 'all',
        dryRun: false,
        actor: 'tester'
      })
      expect(outcome.committed).toBe(false)
      problems = outcome.tally.problems
      messages = [...outcome.mappingProblems, ...(outcome.refused ? [outcome.refused] : []), ...problems.map((p) => p.message)]
    } catch (e) {
      messages = [(e as Error).message]
    }
    expect(messages.join('\n')).toMatch(c.message)
    if (c.row !== undefined) {
      const where = problems.find((p) => c.message.test(p.message))
      expect(where, `a problem matching ${c.message}`).toBeDefined()
      expect({ row: where!.row, column: where!.column }).toEqual({ row: c.row, column: c.column ?? null })
    }
    expect(contentChecksum()).toBe(content)
    expect(fileChecksum()).toBe(bytes)
    expect(engine.db.inTransaction).toBe(false)
  })
})
