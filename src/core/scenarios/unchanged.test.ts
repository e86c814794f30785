// The four starter scenarios give exactly the results they gave before Sm (SmCo magnets) joined the model: each
// year's result and the resolved inputs, as JSON, hash to the digests recorded from main before the change
// (unchangedDigests.json; LODESTONE_RECORD_DIGESTS=1 writes them again, on purpose only).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDataset, type Db } from '../db/open'
import { createStarterDataset } from '../starter/load'
import { scenarioResults } from './compute'
import { listScenarios } from './store'

const FILE = path.join(__dirname, 'unchangedDigests.json')
const digest = (x: unknown): string => crypto.createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16)

let tmp: string
let db: Db
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-unchanged-'))
  createStarterDataset(path.join(tmp, 's.lodestone'), path.resolve(__dirname, '../../../resources/starter'))
  db = openDataset(path.join(tmp, 's.lodestone'), { readOnly: true })
})
afterAll(() => {
  db?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

it('gives the four starter scenarios exactly the results recorded before Sm was added', () => {
  const got: Record<string, Record<string, string>> = {}
  for (const s of listScenarios(db).filter((x) => ['SC001', 'SC002', 'SC003', 'SC004'].includes(x.code ?? ''))) {
    const r = scenarioResults(db, s.id)
    got[s.code!] = { inputs: digest(r.inputs), ...Object.fromEntries(r.years.map((y) => [String(y.year), digest(y)])) }
  }
  if (process.env.LODESTONE_RECORD_DIGESTS === '1') fs.writeFileSync(FILE, `${JSON.stringify(got, null, 1)}\n`)
  const want = JSON.parse(fs.readFileSync(FILE, 'utf8')) as typeof got
  expect(Object.keys(got)).toEqual(['SC001', 'SC002', 'SC003', 'SC004'])
  expect(got).toEqual(want)
})
