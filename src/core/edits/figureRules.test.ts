// The share rule through the engine on a real dataset: a share outside 0-100 % is refused in words whether the value,
// the unit or the indicator changes, and nothing is written; a growth rate may be negative or above 100.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Change } from '../../shared/api'
import type { Engine } from '../engine'
import { count, ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine

beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
  await ok(engine, 'edits.apply', {
    changes: [
      { kind: 'insert', table: 'unit', values: { code: '%', dimension: 'share', scale: 1, basis: 'share' } },
      { kind: 'insert', table: 'indicator', values: { code: 'import_share_volume', name: 'Import share, volume' } },
      { kind: 'insert', table: 'indicator', values: { code: 'import_cagr', name: 'Import growth (CAGR)' } }
    ]
  })
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

const share = (values: Record<string, unknown>): Change => ({
  kind: 'insert',
  table: 'observation',
  values: {
    country_id: 'IND',
    indicator_id: 'import_share_volume',
    subject: 'REE imports from China',
    period: '2023',
    year: 2023,
    unit_id: '%',
    basis: 'share',
    ...values
  }
})

async function refused(changes: Change[]): Promise<{ message: string; column?: string }> {
  const before = count(engine, 'change_log')
  const result = await engine.call('edits.apply', { changes })
  expect(result.ok).toBe(false)
  expect(count(engine, 'change_log')).toBe(before)
  if (result.ok) throw new Error('accepted')
  expect(result.error.code).toBe('validation')
  return { message: result.error.message, column: result.error.details?.problems?.[0]?.column }
}

describe('shares stay within 0-100 %', () => {
  it('refuses a new figure of -5 % or 250 % and adds nothing', async () => {
    for (const value of [-5, 250]) {
      const r = await refused([share({ value })])
      expect(r.message).toMatch(new RegExp(`${value}% is not a share: Value in % must be between 0 and 100`))
      expect(r.column).toBe('value')
    }
    expect(count(engine, 'observation')).toBe(0)
  })

  it('refuses an edit of the value, a range end, or a switch of indicator or unit that breaks the rule', async () => {
    const id = (await ok(engine, 'edits.apply', { changes: [share({ value: 90 })] })).insertedIds[0]!
    const growth = (await ok(engine, 'edits.apply', { changes: [share({ value: 140, indicator_id: 'import_cagr' })] })).insertedIds[0]!
    expect((await refused([{ kind: 'update', table: 'observation', id, column: 'value', value: '250%' }])).column).toBe('value')
    expect((await refused([{ kind: 'update', table: 'observation', id, column: 'value_high', value: 120 }])).message).toMatch(/High in %/)
    const back = await refused([{ kind: 'update', table: 'observation', id: growth, column: 'indicator_id', value: 'import_share_volume' }])
    expect(back).toMatchObject({ column: 'indicator_id', message: expect.stringMatching(/140% is not a share.*Import share, volume is a share of a whole/) })
    const row = await ok(engine, 'rows.get', { table: 'observation', id })
    expect(row.value).toBe(90)
  })

  it('accepts a growth rate outside 0-100 and an ordinary share', async () => {
    await ok(engine, 'edits.apply', { changes: [share({ value: -5, indicator_id: 'import_cagr' }), share({ value: 100 }), share({ value: 0 })] })
    expect(count(engine, 'observation')).toBe(3)
  })
})
