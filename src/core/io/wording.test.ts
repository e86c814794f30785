// Repeats across sources: a file that words the starter's figures otherwise ("Mine production" for "REO total
// (rare-earth-oxide equivalent)") is stored in the dataset's words, so each repeat joins the other source's
// conflict group; the preview counts repeats and differences, and a mapping can keep the file's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import { readOptions, type Mapping } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { groupOf, listConflicts } from '../indicators/conflicts'
import { figureById } from '../indicators/figures'
import { removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { runPipeline, type PipelineOutcome } from './pipeline'

const REO = 'REO total (rare-earth-oxide equivalent)'
const FILE = [
  'Country,Indicator,Subject,Year,Value,Unit',
  'India,mine_production,Mine production,2024,2900,t REO',
  'China,mine_production,Mine production,2024,"270,000",t REO',
  'Australia,mine_production,Mine production,2024,20000,t REO',
  'India,reserves,Reserves,2024,6900000,t REO',
  'India,mine_production,Beach sand monazite,2024,123,t REO'
].join('\n')

const MAPPING: Mapping = {
  table: 'observation',
  fields: {
    country_id: { column: 'Country' },
    indicator_id: { column: 'Indicator' },
    subject: { column: 'Subject' },
    period: { column: 'Year' },
    value: { column: 'Value' },
    unit_id: { column: 'Unit' },
    source_id: { constant: 'TEST-AGENCY-2026' }
  },
  source: { code: 'TEST-AGENCY-2026', title: 'A statistical agency’s 2026 table' }
}

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = createEngine({ datasetPath: path.join(dir, 'words.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

function run(dryRun: boolean, mapping: Mapping = MAPPING): Promise<PipelineOutcome> {
  return runPipeline(engine.db, new TextEncoder().encode(FILE), 'agency.csv', {
    read: readOptions.parse({}),
    table: 'observation',
    mapping,
    mode: 'all',
    dryRun,
    actor: 'tester'
  })
}

function imported(country: string, indicator: string): { id: number; subject: string; note: string | null }[] {
  return engine.db
    .prepare(
      `SELECT o.id, o.subject, o.note FROM observation o JOIN country c ON c.id = o.country_id JOIN indicator i ON i.id = o.indicator_id
       JOIN source s ON s.id = o.source_id WHERE s.code = 'TEST-AGENCY-2026' AND c.code = ? AND i.code = ? ORDER BY o.id`
    )
    .all(country, indicator) as { id: number; subject: string; note: string | null }[]
}

describe("a file's figures in the dataset's words", () => {
  it("the preview proposes the dataset's words and counts repeats and differences", async () => {
    const preview = await run(true)
    expect(preview.mapping.subjects).toEqual([
      { indicator: 'mine_production', from: 'Mine production', to: REO },
      { indicator: 'reserves', from: 'Reserves', to: REO }
    ])
    expect(preview.secondSources).toMatchObject({ count: 4, repeats: 3, differ: 1 })
    expect(preview.secondSources.message).toMatch(
      /^4 would add a second source for an existing figure: 3 repeat a figure of another source \(same value\), 1 differs\./
    )
    expect(preview.secondSources.message).toMatch(/\(row 2: F\d{4} from USGS-MCS202[56]-RE, same value; /) // the figure's code, as the grid shows it
    const australia = preview.secondSources.rows.find((r) => r.row === 4)
    expect(australia?.sameValue).toBe(false)
    expect(preview.rows.find((r) => r.row === 2)?.values.subject).toBe(REO)
    expect(preview.rows.find((r) => r.row === 6)?.values.subject).toBe('Beach sand monazite') // nothing to repeat: as printed
  })

  it('the import stores them so; each repeat joins the other source’s group, and the file’s words stay in the note', async () => {
    const done = await run(false)
    expect(done.committed).toBe(true)
    const [india] = imported('IND', 'mine_production').filter((f) => f.subject === REO)
    expect(india?.note).toBe('Subject as the file words it: Mine production.')
    const group = groupOf(engine.db, figureById(engine.db, india!.id)!)
    expect(group.map((f) => f.sourceCode)).toEqual(expect.arrayContaining(['USGS-MCS2026-RE', 'USGS-MCS2025-RE', 'TEST-AGENCY-2026']))
    const [australia] = imported('AUS', 'mine_production')
    const conflict = listConflicts(engine.db, { observationId: australia!.id })[0]!
    expect(conflict.figures.map((f) => f.value)).toContain(20000)
    expect(conflict.usedId).not.toBe(australia!.id) // the starter's preferred figure stays the one indicators use
    expect((await run(false)).tally.counts).toMatchObject({ new: 0, updated: 0, unchanged: 5 })
  })

  it("subjects: [] keeps the file's words (a second source, its own group)", async () => {
    const preview = await run(true, { ...MAPPING, subjects: [] })
    expect(preview.mapping.subjects).toEqual([])
    expect(preview.rows.find((r) => r.row === 2)?.values.subject).toBe('Mine production')
    expect(preview.tally.counts).toMatchObject({ new: 4, unchanged: 1 }) // the monazite row, already in under its own words
  })
})
