// A spreadsheet table's numbered footnotes below its last row are read, so a figure whose name carries a mark
// ("China3") gets the footnote's words in its note, not only its number; a mark with no footnote text keeps
// "Footnote N in the source.". The rows below the table are never imported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import path from 'node:path'
import { readOptions } from '../../shared/dataFiles'
import { createEngine, type Engine } from '../engine'
import { removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'
import { runPipeline } from './pipeline'
import { openSource } from './source'

async function yearbookTable(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('T8')
  ws.addRow(['TABLE 8'])
  ws.addRow(['RARE EARTHS: WORLD MINE PRODUCTION, BY COUNTRY OR LOCALITY1'])
  ws.addRow([])
  // as the Yearbook lays it out: a flag column (e, r) right of each year's column
  ws.addRow(['Country or locality2', '2019', null, '2020', null, '2021', null, '2022', null])
  ws.addRow(['China3', 132000, null, 140000, null, 168000, null, 210000, null])
  ws.addRow(['Indiae, 9', 2900, null, 2900, null, 2900, null, 2900, 'r'])
  ws.addRow(['Total', 135000, null, 143000, null, 171000, null, 213000, null])
  ws.addRow(['eEstimated.  rRevised.  -- Zero.'])
  ws.addRow(['1Table includes data available through April 1, 2024.'])
  ws.addRow(['3Official production quota.   Illegal production\ncould not be quantified.'])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = createEngine({ datasetPath: path.join(dir, 'f.lodestone'), host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

describe('footnotes below a table', () => {
  it('are read by number, the legend row left out', async () => {
    const source = await openSource(await yearbookTable(), 'myb2099-rare-earths.xlsx', readOptions.parse({}))
    expect(source.footnotes).toEqual({
      '1': 'Table includes data available through April 1, 2024.',
      '3': 'Official production quota. Illegal production could not be quantified.'
    })
    expect(source.layout.lastRow).toBe(7)
  })

  it("give a figure's note the footnote's words, or its number when the table has no such footnote", async () => {
    const outcome = await runPipeline(engine.db, await yearbookTable(), 'myb2099-rare-earths.xlsx', {
      read: readOptions.parse({}),
      table: 'observation',
      mode: 'all',
      dryRun: false,
      actor: 'tester'
    })
    expect(outcome.mapping.layout).toMatch(/^USGS Minerals Yearbook 2099/)
    expect(outcome.mappingProblems).toEqual([])
    expect(outcome.tally.problems).toEqual([])
    expect(outcome.committed).toBe(true)
    const note = (code: string): unknown =>
      (
        engine.db
          .prepare(
            "SELECT o.note FROM observation o JOIN country c ON c.id = o.country_id JOIN source s ON s.id = o.source_id WHERE s.code = 'USGS-MYB2099-TABLES' AND c.code = ? AND o.year = 2022"
          )
          .get(code) as { note: string | null }
      ).note
    expect(note('CHN')).toBe('Footnote 3: Official production quota. Illegal production could not be quantified.')
    expect(note('IND')).toBe('Footnote 9 in the source.')
    expect(outcome.tally.counts.rows).toBe(12) // three countries by four years: the rows below the table are not records
  })
})
