// `lodestone import` for what an analyst adds before the figures that need it: countries and units (the
// refusal "add it to Countries first" must be something the CLI can do), and a dry run that finds nothing to
// import exits non-zero so a script does not take it for success.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from './run'
import type { Io } from './io'

const REPO = path.resolve(__dirname, '../..')
const env = { starterDir: path.join(REPO, 'resources/starter'), version: '9.9.9' }

let dir: string
let dataset: string
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-cli-ref-'))
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

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, lines.join('\n'))
  return file
}

const figureCsv = (country: string, unit: string): string =>
  write('figure.csv', [
    'country,indicator,subject,period,value,unit,basis,source',
    `${country},mine_production,REO total,2024,12,${unit},REO equivalent,USGS-MCS2026-RE`
  ])

describe('lodestone import of reference rows', () => {
  it('adds a country the figures need, then the figure that was refused for want of it imports', async () => {
    const refused = await run('import', dataset, figureCsv('Atlantis', 't'), '--table', 'observation')
    expect(refused.code).toBe(1)
    expect(refused.out.some((l) => l.includes('"Atlantis" is not a country Lodestone knows'))).toBe(true)

    const countries = write('countries.csv', ['code,name,kind', 'XAT,Atlantis,country'])
    const added = await run('import', dataset, countries, '--table', 'country')
    expect(added.err).toEqual([])
    expect(added.out[added.out.length - 1]).toMatch(/^Imported into Countries: 0 unchanged, 0 updated, 1 new\. Backup taken before: /)
    const again = await run('import', dataset, countries, '--table', 'country')
    expect(again.out[again.out.length - 1]).toMatch(/^Imported into Countries: 1 unchanged, 0 updated, 0 new\./)

    const figure = await run('import', dataset, figureCsv('Atlantis', 't'), '--table', 'observation')
    expect(figure.err).toEqual([])
    expect(figure.out[figure.out.length - 1]).toMatch(/0 updated, 1 new/)
  })

  it('adds a unit with its dimension and scale, and refuses one whose dimension is not known, by row and column', async () => {
    const bad = await run('import', dataset, write('units.csv', ['code,dimension,scale', 'lb,weight,0.4536']), '--table', 'unit')
    expect(bad.code).toBe(1)
    expect(bad.out.some((l) => l.startsWith('  row 2, column "dimension": "weight" is not allowed in Dimension.'))).toBe(true)

    const good = await run('import', dataset, write('units2.csv', ['code,dimension,scale', 'lb,mass,0.4536']), '--table', 'unit')
    expect(good.err).toEqual([])
    expect(good.out[good.out.length - 1]).toMatch(/0 updated, 1 new/)
  })

  it('a dry run with no importable row says so on stderr and exits 1; one with valid rows exits 0', async () => {
    const none = await run('import', dataset, figureCsv('Narnia', 't'), '--table', 'observation', '--dry-run')
    expect(none.code).toBe(1)
    expect(none.out.some((l) => l.startsWith('Dry run, nothing was written.'))).toBe(true)
    expect(none.err).toEqual([
      'lodestone: no row of figure.csv can be imported: its one row is invalid (the problem is listed above); fix the file or the mapping before importing'
    ])

    const empty = await run(
      'import',
      dataset,
      write('empty.csv', ['country,indicator,subject,period,value,unit,basis,source']),
      '--table',
      'observation',
      '--dry-run'
    )
    expect(empty.code).toBe(1)
    expect(empty.err).toEqual(['lodestone: empty.csv has no data rows, so an import would add nothing'])

    const some = await run('import', dataset, figureCsv('IND', 't'), '--table', 'observation', '--dry-run')
    expect({ code: some.code, err: some.err }).toEqual({ code: 0, err: [] })
  })
})
