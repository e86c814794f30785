// `lodestone import --mapping FILE.json` checks the file against the documented format (docs/mapping.md) before
// reading any data: a broken mapping is refused in one line that says where, and the dataset is not touched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { cliSandbox, type CliSandbox } from './testing'

let box: CliSandbox
beforeEach(async () => {
  box = await cliSandbox('lodestone-cli-')
})
afterEach(() => box.remove())

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function files(mapping: unknown): { csv: string; json: string } {
  const csv = path.join(box.dir, 'trade.csv')
  fs.writeFileSync(csv, 'Reporter,Partner,Year,HS,Flow,Kg,USD\nIND,CHN,2025,2846,M,10,100\n')
  const json = path.join(box.dir, 'mapping.json')
  fs.writeFileSync(json, JSON.stringify(mapping))
  return { csv, json }
}

const fields = {
  reporter_id: { column: 'Reporter' },
  partner_id: { column: 'Partner' },
  year: { column: 'Year' },
  hs_code: { column: 'HS' },
  flow: { column: 'Flow', values: { M: 'import', X: 'export' } },
  quantity: { column: 'Kg' },
  quantity_unit_id: { constant: 'kg' },
  value_usd: { column: 'USD' }
}

describe('lodestone import --mapping FILE', () => {
  it('takes a documented mapping file with $schema, description and read options', async () => {
    const { csv, json } = files({
      $schema: '../docs/mapping.schema.json',
      description: 'My Comtrade extract',
      read: { delimiter: ',' },
      mapping: { table: 'trade_flow', fields }
    })
    const { code, err, out } = await box.run('import', box.dataset, csv, '--table', 'trade_flow', '--mapping', json)
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(out[out.length - 1]).toMatch(/^Imported into Trade flows: 0 unchanged, 0 updated, 1 new\./)
  })

  it('refuses a mapping that breaks the format, saying where, and leaves the dataset as it was', async () => {
    const before = hash(box.dataset)
    const cases: [unknown, string][] = [
      [{ mapping: { table: 'trade_flow', fields, filter: { column: 'Flow', op: 'like', value: 'M' } } }, 'at mapping.filter'],
      [{ mapping: { table: 'trade_flow', fields: { ...fields, value_usd: { colum: 'USD' } } } }, 'at mapping.fields.value_usd'],
      [{ read: { headerRow: 0 }, mapping: { table: 'trade_flow', fields } }, 'at read.headerRow'],
      [{ mapping: { table: 'trade_flow', fields }, extra: 1 }, 'Unrecognized key: "extra"']
    ]
    for (const [mapping, where] of cases) {
      const { csv, json } = files(mapping)
      const { code, err } = await box.run('import', box.dataset, csv, '--table', 'trade_flow', '--mapping', json)
      expect(code).toBe(1)
      expect(err).toHaveLength(1)
      expect(err[0]).toContain(`the mapping file ${json} is not a Lodestone mapping (`)
      expect(err[0]).toContain(where)
      expect(err[0]).toMatch(/its format is in docs\/mapping\.md$/)
    }
    expect(hash(box.dataset)).toBe(before)
  })
})
