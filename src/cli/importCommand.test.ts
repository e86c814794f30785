// `lodestone import` as an analyst uses it: a dry run that writes nothing, a refusal with one stderr line when
// rows are invalid, --only-valid, importing twice ("N unchanged"), a saved mapping file, usage mistakes, and a
// dataset held by another instance.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from './run'
import type { Io } from './io'
import { lockPath } from '../core/datasets/lock'

const REPO = path.resolve(__dirname, '../..')
const env = { starterDir: path.join(REPO, 'resources/starter'), version: '9.9.9' }
const REAL_CSV = path.resolve(REPO, '../shared/data/real/usgs_mcs2026_commodities_data.csv')

let dir: string
let dataset: string
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-cli-import-'))
  dataset = path.join(dir, 'india.lodestone')
  await run('new', dataset)
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(l) }
  const code = await runCli(argv, io, env)
  return { code, out, err }
}

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, ['reporter,partner,year,hs_code,flow,quantity,value_usd', ...lines].join('\r\n'))
  return file
}

describe('lodestone import', () => {
  it('dry-runs: shows how it read the file and what it would do, and writes nothing', async () => {
    const csv = writeCsv('trade.csv', ['IND,CHN,2025,2846,import,10,100', 'IND,JPN,2025,2846,import,5,60'])
    const before = hash(dataset)
    const { code, out, err } = await run('import', dataset, csv, '--table', 'trade_flow', '--dry-run')
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(out[0]).toBe('Read trade.csv: CSV, UTF-8, comma-separated, header on row 1; 7 columns.')
    expect(out).toContain('Into Trade flows, with the suggested mapping:')
    expect(out.some((l) => /^ {2}Reporter +<- column "reporter"$/.test(l))).toBe(true)
    expect(out[out.length - 1]).toBe('Dry run, nothing was written. Importing into Trade flows would give: 0 unchanged, 0 updated, 2 new.')
    expect(hash(dataset)).toBe(before)
  })

  it('refuses invalid rows in one stderr line, imports the valid ones with --only-valid, then finds them unchanged', async () => {
    const csv = writeCsv('trade.csv', ['IND,CHN,2025,2846,import,10,100', 'IND,CHN,2025,2846,sideways,5,60', 'IND,Narnia,2025,2846,import,1,1'])
    const before = hash(dataset)
    const refused = await run('import', dataset, csv, '--table', 'trade_flow')
    expect(refused.code).toBe(1)
    expect(refused.err).toEqual(['lodestone: trade.csv has 2 invalid rows, so nothing was imported; fix them, or add --only-valid to import the valid rows'])
    expect(refused.out).toContain('Problems (2):')
    expect(refused.out.some((l) => l.startsWith('  row 3, column "flow": "sideways" is not allowed in Flow.'))).toBe(true)
    expect(refused.out.some((l) => l.startsWith('  row 4, column "partner": "Narnia" is not a country'))).toBe(true)
    expect(hash(dataset)).toBe(before)

    const report = path.join(dir, 'problems.csv')
    const imported = await run('import', dataset, csv, '--table', 'trade_flow', '--only-valid', '--report', report)
    expect(imported.code).toBe(0)
    expect(imported.out[imported.out.length - 1]).toMatch(
      /^Imported into Trade flows: 0 unchanged, 0 updated, 1 new \(2 invalid rows skipped\)\. Backup taken before: .*-before-import\.$/
    )
    expect(fs.readFileSync(report, 'utf8').split('\n')).toHaveLength(4)
    const again = await run('import', dataset, csv, '--table', 'trade_flow', '--only-valid')
    expect(again.out[again.out.length - 1]).toMatch(/^Imported into Trade flows: 1 unchanged, 0 updated, 0 new/)
  })

  it.skipIf(!fs.existsSync(REAL_CSV))('imports the USGS MCS 2026 rare-earth rows with the saved mapping file', async () => {
    const { code, out, err } = await run(
      'import',
      dataset,
      REAL_CSV,
      '--table',
      'observation',
      '--mapping',
      path.join(REPO, 'resources/mappings/usgs-mcs2026-rare-earths.json'),
      '--only-valid'
    )
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(out[0]).toBe('Read usgs_mcs2026_commodities_data.csv: CSV, WINDOWS-1252, comma-separated, header on row 1; 12 columns.')
    expect(out).toContain('164 rows: 154 valid, 10 invalid, 8,722 skipped (filtered out, headings).')
    expect(out[out.length - 1]).toMatch(/^Imported into Figures: \d+ unchanged, \d+ updated, \d+ new \(10 invalid rows skipped\)/)
  })

  it('answers usage mistakes with exit code 2', async () => {
    expect(await run('import', dataset)).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^lodestone: import needs a dataset path and a file to import/)]
    })
    expect(await run('import', dataset, 'x.csv')).toMatchObject({ code: 2, err: [expect.stringMatching(/needs --table/)] })
    expect(await run('import', dataset, 'x.csv', '--table', 'figures')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--table takes one of observation, trade_flow/)]
    })
    expect(await run('import', dataset, path.join(dir, 'missing.csv'), '--table', 'source')).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/there is no file at/)]
    })
  })

  it('says who holds a dataset that another instance is editing, and writes nothing', async () => {
    const csv = writeCsv('trade.csv', ['IND,CHN,2025,2846,import,10,100'])
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      fs.writeFileSync(lockPath(dataset), JSON.stringify({ pid: holder.pid, hostname: os.hostname(), host: 'web', since: '2026-03-01T09:30:00.000Z' }))
      const before = hash(dataset)
      const { code, err } = await run('import', dataset, csv, '--table', 'trade_flow')
      expect(code).toBe(1)
      expect(err).toEqual([
        `lodestone: india.lodestone is being edited by the Lodestone browser host (process ${holder.pid}) on this computer since 2026-03-01 09:30, so it is open read-only here. Close it there to edit it here, or use Save As to work on a copy.`
      ])
      expect(hash(dataset)).toBe(before)
    } finally {
      holder.kill('SIGKILL')
    }
  })
})
