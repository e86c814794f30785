// The shipped mappings the wizard offers by name: read from the mappings folder beside the starter (a broken file
// left out), each marked as fitting a file or not, and chosen for a file no layout recognises when it fits, with
// its read options; a recognised layout still comes first, and a mapping the caller gives is used as given.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import { ok, removeDir, tempDir } from '../testing/tempDataset'
import { readSavedMappings, savedMappingsDir } from './savedMappings'

const REPO = path.resolve(__dirname, '../../..')
const REAL_CSV = path.resolve(REPO, '../shared/data/real/usgs_mcs2026_commodities_data.csv')

let dir: string
let engine: Engine
beforeEach(() => {
  dir = tempDir()
  fs.mkdirSync(path.join(dir, 'res/starter'), { recursive: true })
  fs.cpSync(path.join(REPO, 'resources/mappings'), path.join(dir, 'res/mappings'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'res/mappings/ministry-trade-extract.json'),
    JSON.stringify({
      description: 'The ministry trade extract (semicolon-separated)',
      read: { delimiter: ';' },
      mapping: {
        table: 'trade_flow',
        fields: {
          reporter_id: { column: 'Rptr' },
          partner_id: { column: 'Ptnr' },
          year: { column: 'Yr' },
          hs_code: { constant: '2846' },
          flow: { column: 'Dir', values: { I: 'import', E: 'export' } },
          value_usd: { column: 'USD' }
        }
      }
    })
  )
  fs.writeFileSync(path.join(dir, 'res/mappings/broken.json'), '{ "mapping": { "table": "nowhere" } }')
  engine = createEngine({ datasetPath: path.join(dir, 'd.lodestone'), host: 'test', createIfMissing: 'empty', starterDir: path.join(dir, 'res/starter') })
  engine.db.prepare("INSERT INTO country (code, name, kind) VALUES ('IND', 'India', 'country'), ('CHN', 'China', 'country')").run()
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

async function preview(name: string, text: string, table: 'trade_flow' | 'observation', mapping?: unknown) {
  const { uploadId } = await ok(engine, 'import.upload', { name, data: Buffer.from(text).toString('base64') })
  return ok(engine, 'import.preview', { uploadId, table, ...(mapping ? { mapping } : {}) } as never)
}

describe('shipped mappings', () => {
  it('are read beside the starter folder, each named in its mapping; a broken file is left out', () => {
    const saved = readSavedMappings(savedMappingsDir(path.join(REPO, 'resources/starter')))
    expect(saved.map((s) => [s.name, s.table])).toEqual([
      ['usgs-mcs2026-rare-earths', 'observation'],
      ['usgs-myb2022-table8', 'observation']
    ])
    expect(saved[0]!.mapping.layout).toBe('usgs-mcs2026-rare-earths')
    expect(readSavedMappings(path.join(dir, 'res/mappings')).map((s) => s.name)).not.toContain('broken')
    expect(readSavedMappings(path.join(dir, 'nowhere'))).toEqual([])
  })

  it('is chosen, with its read options, for a file no layout recognises when the file has its columns', async () => {
    const p = await preview('extract.csv', 'Rptr;Ptnr;Yr;Dir;USD\nIND;CHN;2024;I;1000\nIND;CHN;2023;E;200\n', 'trade_flow')
    expect(p.origin).toMatchObject({ kind: 'saved', name: 'ministry-trade-extract', read: { delimiter: ';' } })
    expect(p.layout.delimiter).toBe(';')
    expect(p.counts).toMatchObject({ rows: 2, valid: 2, new: 2 })
    expect(p.savedMappings?.find((s) => s.name === 'ministry-trade-extract')).toMatchObject({ matches: true, table: 'trade_flow' })
    expect(p.savedMappings?.find((s) => s.name === 'usgs-mcs2026-rare-earths')).toMatchObject({ matches: false })
  })

  it('is only offered when the file lacks its columns, and a given mapping is used as given', async () => {
    const other = await preview('own.csv', 'reporter,partner,year,hs_code,flow,value_usd\nIND,CHN,2024,2846,import,5\n', 'trade_flow')
    expect(other.origin).toEqual({ kind: 'suggested', name: null })
    expect(other.savedMappings?.every((s) => !s.matches)).toBe(true)
    const given = await preview('own.csv', 'reporter,partner,year,hs_code,flow,value_usd\nIND,CHN,2024,2846,import,5\n', 'trade_flow', other.mapping)
    expect(given.origin).toEqual({ kind: 'given', name: null })
  })

  it.skipIf(!fs.existsSync(REAL_CSV))('leaves a recognised layout first, and marks the shipped mapping made for that file as fitting', async () => {
    const text = fs.readFileSync(REAL_CSV, 'latin1')
    const p = await preview('usgs_mcs2026_commodities_data.csv', text, 'observation')
    expect(p.origin?.kind).toBe('recognised')
    expect(p.origin?.name).toMatch(/USGS/)
    expect(p.savedMappings?.find((s) => s.name === 'usgs-mcs2026-rare-earths')?.matches).toBe(true)
  })
})
