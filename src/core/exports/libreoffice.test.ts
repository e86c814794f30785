// The exports opened by a real spreadsheet: LibreOffice Calc (Debian's libreoffice-calc-nogui, `soffice`) reads
// our CSV with `,`, `;` and tab as the separator and formula evaluation on, and our XLSX as it is; the workbooks
// it writes back hold 0 formulas, and numbers are still numbers. Skips where soffice is not installed.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Engine } from '../engine'
import { reportCsv } from '../io/report'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0)

/** Text an attacker could put in a note, a subject or a source title, each a formula under some separator. */
const HOSTILE = ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', 'x;=10*10;y', 'a|+1', 'a\t=1+1', 'note, =2*3', '+44 20 7946 0000', '=HYPERLINK("http://e.x","y")']

/** CSV import options for LibreOffice: separator, '"' quotes, UTF-8, from line 1, "Evaluate formulas" on. */
const csvFilter = (separator: number): string => `CSV:${separator},34,76,1,,,false,true,false,false,false,-1,true`

let dir: string
let engine: Engine

/** Opens FILE in LibreOffice as a user would and saves it back as XLSX; returns the workbook it wrote. */
function throughCalc(file: string, infilter: string | null): Promise<ExcelJS.Workbook> {
  const out = path.join(dir, `calc-${path.basename(file)}-${Math.random().toString(36).slice(2)}`)
  const args = [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless']
  if (infilter) args.push(`--infilter=${infilter}`)
  execFileSync(soffice as string, [...args, '--convert-to', 'xlsx', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 })
  const written = path.join(out, `${path.basename(file, path.extname(file))}.xlsx`)
  const workbook = new ExcelJS.Workbook()
  return workbook.xlsx.readFile(written).then(() => workbook)
}

interface Cells {
  formulas: string[]
  numbers: number[]
  texts: string[]
}

function cellsOf(workbook: ExcelJS.Workbook): Cells {
  const cells: Cells = { formulas: [], numbers: [], texts: [] }
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) cells.formulas.push(`${cell.address}: ${cell.formula}`)
        else if (cell.type === ExcelJS.ValueType.Number) cells.numbers.push(cell.value as number)
        else cells.texts.push(String(cell.value))
      })
    )
  )
  return cells
}

async function exported(table: 'observation' | 'source', format: 'csv' | 'xlsx'): Promise<string> {
  const result = await ok(engine, 'exports.table', { table, format, filters: [], sort: [{ column: 'id', dir: 'asc' }] })
  const file = path.join(dir, `${table}.${format}`)
  fs.writeFileSync(file, Buffer.from(result.base64 ?? '', 'base64'))
  return file
}

beforeAll(async () => {
  dir = tempDir('lodestone-calc-')
  engine = await seededEngine(dir)
  const changes = HOSTILE.map((text, i) => ({
    kind: 'insert' as const,
    table: 'observation' as const,
    values: {
      country_id: 1,
      indicator_id: 1,
      subject: text,
      period: String(2000 + i),
      year: 2000 + i,
      value: i === 2 ? -5 : 1000 + i,
      unit_id: 1,
      basis: 'REO equivalent',
      source_id: 1,
      note: text
    }
  }))
  const sources = HOSTILE.map((text, i) => ({ kind: 'insert' as const, table: 'source' as const, values: { code: `S${i}`, title: text, publisher: text } }))
  await ok(engine, 'edits.apply', { changes: [...changes, ...sources] })
})
afterAll(() => {
  engine?.close()
  if (dir) removeDir(dir)
})

describe.skipIf(!soffice)('exports opened in LibreOffice Calc', () => {
  for (const [name, code] of [
    ['comma', 44],
    ['semicolon', 59],
    ['tab', 9]
  ] as const) {
    it(`the figures and sources CSV and the problem report, read with ${name} as the separator, hold no formula`, async () => {
      const report = path.join(dir, 'problems.csv')
      fs.writeFileSync(
        report,
        reportCsv(
          HOSTILE.map((value, i) => ({ row: i + 2, column: 'B', field: 'Value', value, message: value })),
          HOSTILE.length
        )
      )
      for (const file of [await exported('observation', 'csv'), await exported('source', 'csv'), report]) {
        const cells = cellsOf(await throughCalc(file, csvFilter(code)))
        expect(cells.formulas, `${path.basename(file)} with ${name}`).toEqual([])
        expect(cells.texts.length).toBeGreaterThan(HOSTILE.length)
      }
    }, 120_000)
  }

  it('with commas, the values are still numbers', async () => {
    const cells = cellsOf(await throughCalc(await exported('observation', 'csv'), csvFilter(44)))
    expect(cells.numbers).toEqual(expect.arrayContaining([-5, 1000, 1001, 2000, 2009]))
  })

  it('the XLSX export keeps text as written (no apostrophes), numbers as numbers, and no formula', async () => {
    const cells = cellsOf(await throughCalc(await exported('observation', 'xlsx'), null))
    expect(cells.formulas).toEqual([])
    expect(cells.texts).toEqual(expect.arrayContaining(['-2+3', '+44 20 7946 0000', 'x;=10*10;y', '=1+1']))
    expect(cells.texts.filter((t) => t.startsWith("'"))).toEqual([])
    expect(cells.numbers).toEqual(expect.arrayContaining([-5, 1000, 2009]))
  }, 120_000)
})
