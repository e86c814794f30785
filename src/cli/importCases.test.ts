// `lodestone import` in cases a new analyst meets: countries and units added before the figures that need them
// (the refusal "add it to Countries first" must be something the CLI can do), same-named facilities in one
// country, a dash read as the source's legend says, and a dry run that finds nothing to import, which exits
// non-zero so a script does not take it for success, and a value an analyst edited that an import would replace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import crypto from 'node:crypto'
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { cliSandbox, type CliSandbox } from './testing'
import { createEngine } from '../core/engine'
import { ok } from '../core/testing/tempDataset'

let box: CliSandbox
beforeEach(async () => {
  box = await cliSandbox('lodestone-cli-')
})
afterEach(() => box.remove())

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const figureCsv = (country: string, unit: string): string =>
  box.write('figure.csv', [
    'country,indicator,subject,period,value,unit,basis,source',
    `${country},mine_production,REO total,2024,12,${unit},REO equivalent,USGS-MCS2026-RE`
  ])

describe('lodestone import, cases a new analyst meets', () => {
  it('adds a country the figures need, then the figure that was refused for want of it imports', async () => {
    const refused = await box.run('import', box.dataset, figureCsv('Atlantis', 't'), '--table', 'observation')
    expect(refused.code).toBe(1)
    expect(refused.out.some((l) => l.includes('"Atlantis" is not a country Lodestone knows'))).toBe(true)

    const countries = box.write('countries.csv', ['code,name,kind', 'XAT,Atlantis,country'])
    const added = await box.run('import', box.dataset, countries, '--table', 'country')
    expect(added.err).toEqual([])
    expect(added.out[added.out.length - 1]).toMatch(/^Imported into Countries: 0 unchanged, 0 updated, 1 new\. Backup taken before: /)
    const again = await box.run('import', box.dataset, countries, '--table', 'country')
    expect(again.out[again.out.length - 1]).toMatch(/^Imported into Countries: 1 unchanged, 0 updated, 0 new\./)

    const figure = await box.run('import', box.dataset, figureCsv('Atlantis', 't'), '--table', 'observation')
    expect(figure.err).toEqual([])
    expect(figure.out[figure.out.length - 1]).toMatch(/0 updated, 1 new/)
  })

  it('adds a unit with its dimension and scale, and refuses one whose dimension is not known, by row and column', async () => {
    const bad = await box.run('import', box.dataset, box.write('units.csv', ['code,dimension,scale', 'lb,weight,0.4536']), '--table', 'unit')
    expect(bad.code).toBe(1)
    expect(bad.out.some((l) => l.startsWith('  row 2, column "dimension": "weight" is not allowed in Dimension.'))).toBe(true)

    const good = await box.run('import', box.dataset, box.write('units2.csv', ['code,dimension,scale', 'lb,mass,0.4536']), '--table', 'unit')
    expect(good.err).toEqual([])
    expect(good.out[good.out.length - 1]).toMatch(/0 updated, 1 new/)
  })

  it('a dry run with no importable row says so on stderr and exits 1; one with valid rows exits 0', async () => {
    const none = await box.run('import', box.dataset, figureCsv('Narnia', 't'), '--table', 'observation', '--dry-run')
    expect(none.code).toBe(1)
    expect(none.out.some((l) => l.startsWith('Dry run, nothing was written.'))).toBe(true)
    expect(none.err).toEqual([
      'lodestone: no row of figure.csv can be imported: its one row is invalid (the problem is listed above); fix the file or the mapping before importing'
    ])

    const empty = await box.run(
      'import',
      box.dataset,
      box.write('empty.csv', ['country,indicator,subject,period,value,unit,basis,source']),
      '--table',
      'observation',
      '--dry-run'
    )
    expect(empty.code).toBe(1)
    expect(empty.err).toEqual(['lodestone: empty.csv has no data rows, so an import would add nothing'])

    const some = await box.run('import', box.dataset, figureCsv('IND', 't'), '--table', 'observation', '--dry-run')
    expect({ code: some.code, err: some.err }).toEqual({ code: 0, err: [] })
  })

  it('says how same-named facilities in one country coexist, and keeps both once a column tells them apart', async () => {
    const lines = ['name,country,location,stage,status', 'Big Creek,USA,Idaho,deposit,exploration', 'Big Creek,USA,Wyoming,deposit,exploration']
    const refused = await box.run('import', box.dataset, box.write('deposits.csv', lines), '--table', 'facility')
    expect(refused.code).toBe(1)
    const problem = refused.out.find((l) => l.startsWith('  row 2'))
    expect(problem).toContain('Row 2 has the same name and country as row 3')
    expect(problem).toContain('map a column that tells them apart (a record id, or the location) to Code')

    const mapping = box.write('deposits.json', [
      JSON.stringify({
        mapping: {
          table: 'facility',
          fields: {
            name: { column: 'name' },
            country_id: { column: 'country' },
            code: { column: 'location', prefix: 'BC-' },
            stage: { column: 'stage' },
            status: { column: 'status' }
          }
        }
      })
    ])
    const kept = await box.run('import', box.dataset, box.dir + '/deposits.csv', '--table', 'facility', '--mapping', mapping)
    expect(kept.err).toEqual([])
    expect(kept.out[kept.out.length - 1]).toMatch(/0 updated, 2 new\./)
  })

  it('refuses figures without a source, dry run or not, and imports them with --source', async () => {
    const csv = box.write('own.csv', ['country,indicator,subject,period,value,unit,basis', 'IND,mine_production,REO total,2031,7,t,REO equivalent'])
    const before = hash(box.dataset)
    for (const extra of [[], ['--dry-run']]) {
      const refused = await box.run('import', box.dataset, csv, '--table', 'observation', ...extra)
      expect(refused.code).toBe(1)
      expect(refused.err).toEqual([
        "lodestone: Figures never come in without a source, and this mapping gives none: map the file's source column to Source, or give one source for every row (its code in Sources): add --source CODE (e.g. --source USGS-MCS2026-DR), or a source in the mapping file; nothing was imported"
      ])
    }
    expect(hash(box.dataset)).toBe(before)
    const imported = await box.run('import', box.dataset, csv, '--table', 'observation', '--source', 'USGS-MCS2026-RE')
    expect(imported.err).toEqual([])
    expect(imported.out).toContain('  Source              <- "USGS-MCS2026-RE" for every row')
    expect(imported.out[imported.out.length - 1]).toMatch(/0 updated, 1 new\./)
  })

  it("reads a dash as the mapping's legend says: no figure by default, zero when the mapping says so", async () => {
    const csv = box.write('dash.csv', [
      'country,indicator,subject,period,value,unit,basis,source',
      'IND,mine_production,REO total,2031,--,t,REO equivalent,USGS-MCS2026-RE'
    ])
    const fields = {
      country_id: { column: 'country' },
      indicator_id: { column: 'indicator' },
      subject: { column: 'subject' },
      period: { column: 'period' },
      value: { column: 'value' },
      unit_id: { column: 'unit' },
      basis: { column: 'basis' },
      source_id: { column: 'source' }
    }
    const mapping = (dash?: string): string =>
      box.write(`dash-${dash ?? 'default'}.json`, [JSON.stringify({ mapping: { table: 'observation', fields, ...(dash ? { dash } : {}) } })])
    const read = (): unknown => {
      const db = new Database(box.dataset, { readonly: true })
      const row = db.prepare("SELECT value, value_text, qualifier FROM observation WHERE period = '2031'").get()
      db.close()
      return row
    }
    expect((await box.run('import', box.dataset, csv, '--table', 'observation', '--mapping', mapping())).err).toEqual([])
    expect(read()).toEqual({ value: null, value_text: '--', qualifier: 'NA' })
    const zero = await box.run('import', box.dataset, csv, '--table', 'observation', '--mapping', mapping('zero'))
    expect(zero.err).toEqual([])
    expect(zero.out.at(-1)).toMatch(/0 unchanged, 1 updated, 0 new/)
    expect(read()).toEqual({ value: 0, value_text: '--', qualifier: '' })
    const bad = await box.run('import', box.dataset, csv, '--table', 'observation', '--mapping', mapping('nothing'))
    expect(bad.err[0]).toContain('at mapping.dash')
  })

  it("a dry run lists the subjects it stores in the dataset's words and counts repeats of other sources' figures", async () => {
    const csv = box.write('agency.csv', [
      'country,indicator,subject,period,value,unit,source',
      'IND,mine_production,Mine production,2024,2900,t REO,TEST-AGENCY',
      'AUS,mine_production,Mine production,2024,20000,t REO,TEST-AGENCY'
    ])
    const sources = box.write('sources.csv', ['code,title', 'TEST-AGENCY,A statistical agency'])
    expect((await box.run('import', box.dataset, sources, '--table', 'source')).err).toEqual([])
    const dry = await box.run('import', box.dataset, csv, '--table', 'observation', '--dry-run')
    expect(dry.err).toEqual([])
    expect(dry.out).toContain('     mine_production: "Mine production" -> "REO total (rare-earth-oxide equivalent)"')
    expect(
      dry.out.some((l) => l.startsWith('2 would add a second source for an existing figure: 1 repeats a figure of another source (same value), 1 differs.'))
    ).toBe(true)
  })

  it('a dry run names the rows whose values an analyst edited in Lodestone before an import replaces them; --keep-edits keeps them', async () => {
    const csv = (value: number): string =>
      box.write(`flows-${value}.csv`, ['reporter,partner,year,hs_code,flow,quantity,value_usd', `IND,CHN,2021,280001,import,10,${value}`])
    expect((await box.run('import', box.dataset, csv(500), '--table', 'trade_flow')).err).toEqual([])
    const engine = createEngine({ datasetPath: box.dataset, host: 'test' })
    const id = (engine.db.prepare("SELECT id FROM trade_flow WHERE hs_code = '280001'").get() as { id: number }).id
    await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'trade_flow', id, column: 'value_usd', value: 650 }] })
    engine.close()
    const dry = await box.run('import', box.dataset, csv(700), '--table', 'trade_flow', '--dry-run')
    expect(dry.err).toEqual([])
    const at = dry.out.indexOf(
      'The file would replace values edited in Lodestone since they were imported, in 1 row (--keep-edits keeps them; Undo after the import brings them back):'
    )
    expect(at).toBeGreaterThan(-1)
    expect(dry.out[at + 1]).toBe(`  row 2: Value (USD) (trade flow ${id})`)
    const kept = await box.run('import', box.dataset, csv(700), '--table', 'trade_flow', '--keep-edits')
    expect(kept.err).toEqual([])
    expect(kept.out).toContain('Values edited in Lodestone since they were imported are kept, in 1 row:')
    expect(kept.out.at(-1)).toMatch(/^Imported into Trade flows: 1 unchanged, 0 updated, 0 new\. Nothing changed, so no backup was taken\./)
    const db = new Database(box.dataset, { readonly: true })
    expect(db.prepare('SELECT value_usd FROM trade_flow WHERE id = ?').get(id)).toEqual({ value_usd: 650 })
    db.close()
  })
})
