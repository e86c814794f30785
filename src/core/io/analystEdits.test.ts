// An import never replaces an analyst's values without saying so: a value typed in Lodestone since the row
// came in is named (file row and column) in the preview and the import, an edit taken back by Undo or a value
// the file already agrees with is not, and a value the last import set is the file's to change. With
// mapping.edited 'keep' the analyst's values stay and the rest of each row comes from the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview, Mapping, UploadResult } from '../../shared/dataFiles'
import type { Engine } from '../engine'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'
import { waitForJob } from './testing'

let dir: string
let engine: Engine
beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

const HEADER = 'Reporter,Partner,Year,HS code,Flow,Quantity,Value (USD)'

/** The preview with the suggested mapping, or with it and mapping.edited set. */
async function previewOf(lines: string[], edited?: Mapping['edited']): Promise<{ uploadId: string; preview: ImportPreview }> {
  const data = Buffer.from([HEADER, ...lines].join('\n'), 'utf8').toString('base64')
  const { uploadId } = (await ok(engine, 'import.upload', { name: 'trade.csv', data })) as UploadResult
  const suggested = await ok(engine, 'import.preview', { uploadId, table: 'trade_flow' })
  if (!edited) return { uploadId, preview: suggested }
  return { uploadId, preview: await ok(engine, 'import.preview', { uploadId, table: 'trade_flow', mapping: { ...suggested.mapping, edited } }) }
}

async function importLines(
  lines: string[],
  edited?: Mapping['edited']
): Promise<{ preview: ImportPreview; result: NonNullable<Awaited<ReturnType<typeof waitForJob>>['result']> }> {
  const { uploadId, preview } = await previewOf(lines, edited)
  const done = await waitForJob(engine, (await ok(engine, 'import.start', { uploadId, mapping: preview.mapping, mode: 'all' })).jobId)
  expect(done.state).toBe('done')
  return { preview, result: done.result! }
}

function flow(year: number): { id: number; quantity: number; value_usd: number } {
  return engine.db.prepare('SELECT id, quantity, value_usd FROM trade_flow WHERE year = ?').get(year) as { id: number; quantity: number; value_usd: number }
}

async function edit(id: number, column: string, value: number): Promise<void> {
  await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'trade_flow', id, column, value }] })
}

describe('updates that replace values edited in Lodestone', () => {
  it('names them in the preview and the import, and Undo brings the edit back', async () => {
    await importLines(['IND,CHN,2023,2846,import,1200,5000', 'IND,CHN,2024,2846,import,900,4100'])
    const y2023 = flow(2023).id
    const y2024 = flow(2024).id
    await edit(y2023, 'value_usd', 5100) // an analyst's correction the file will replace
    await edit(y2023, 'quantity', 1300) // one the file agrees with
    await edit(y2024, 'quantity', 990)
    await ok(engine, 'history.undo', {}) // taken back: the 2024 row is the import's again

    const v2 = ['IND,CHN,2023,2846,import,1300,5200', 'IND,CHN,2024,2846,import,950,4100']
    const { preview } = await previewOf(v2)
    expect(preview.summary).toBe('0 unchanged, 2 updated, 0 new')
    expect(preview.analystEdits).toEqual({
      count: 1,
      message: expect.stringMatching(
        /^The file would replace values edited in Lodestone since they were imported, in 1 row: row 2, Value \(USD\)\. Importing takes/
      ),
      rows: [{ row: 2, rowId: y2023, fields: ['Value (USD)'] }]
    })
    expect(preview.rows[0]).toMatchObject({ status: 'update', values: { value_usd: 5200 }, edited: { value_usd: 'Replaces 5100, edited in Lodestone' } })
    expect(preview.rows[1]!.edited).toBeUndefined()
    expect(flow(2023).value_usd).toBe(5100) // the preview wrote nothing

    const { result } = await importLines(v2)
    expect(result.analystEdits).toMatchObject({
      count: 1,
      message: expect.stringMatching(/^The file replaced values edited in Lodestone, in 1 row: row 2, Value \(USD\)\. Undo takes the import back/)
    })
    expect(flow(2023)).toMatchObject({ quantity: 1300, value_usd: 5200 })
    await ok(engine, 'history.undo', {})
    expect(flow(2023)).toMatchObject({ quantity: 1300, value_usd: 5100 })
    await ok(engine, 'history.redo', {})

    // the last import set the value: a newer file changes it without a warning
    const { preview: v3 } = await previewOf(['IND,CHN,2023,2846,import,1300,5300'])
    expect(v3.summary).toBe('0 unchanged, 1 updated, 0 new')
    expect(v3.analystEdits).toEqual({ count: 0, message: null, rows: [] })
  })

  it('says nothing for a re-import over rows nobody edited', async () => {
    await importLines(['IND,CHN,2023,2846,import,1200,5000'])
    const { preview } = await previewOf(['IND,CHN,2023,2846,import,1250,5000'])
    expect(preview.summary).toBe('0 unchanged, 1 updated, 0 new')
    expect(preview.analystEdits!.count).toBe(0)
  })

  it("keeps them with mapping.edited 'keep' and takes the rest of each row from the file", async () => {
    await importLines(['IND,CHN,2021,2846,import,10,500', 'IND,CHN,2022,2846,import,12,600'])
    await edit(flow(2021).id, 'value_usd', 650)
    await edit(flow(2022).id, 'value_usd', 610)
    const v2 = ['IND,CHN,2021,2846,import,11,700', 'IND,CHN,2022,2846,import,12,620']
    const { preview } = await previewOf(v2, 'keep')
    expect(preview.summary).toBe('1 unchanged, 1 updated, 0 new')
    expect(preview.analystEdits!.message).toBe(
      'Values edited in Lodestone since they were imported are kept, in 2 rows: row 2, Value (USD); row 3, Value (USD); the rest of each row comes from the file.'
    )
    expect(preview.rows[0]).toMatchObject({
      status: 'update',
      values: { quantity: 11, value_usd: 650 },
      edited: { value_usd: 'Kept as edited in Lodestone; the file has 700' }
    })
    expect(preview.rows[1]).toMatchObject({ status: 'unchanged', values: { value_usd: 610 } })
    const { result } = await importLines(v2, 'keep')
    expect(result.summary).toBe('1 unchanged, 1 updated, 0 new')
    expect(result.analystEdits!.message).toMatch(/^Values edited in Lodestone were kept, in 2 rows: /)
    expect(flow(2021)).toMatchObject({ quantity: 11, value_usd: 650 })
    expect(flow(2022)).toMatchObject({ quantity: 12, value_usd: 610 })
    // kept, they are still the analyst's: the next import names them again
    const { preview: again } = await previewOf(v2)
    expect(again.analystEdits!.count).toBe(2)
  })
})
