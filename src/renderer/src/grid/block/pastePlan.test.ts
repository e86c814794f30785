// Tests for pastePlan.ts and cellText.ts: where a block lands (a single cell filling a selection, rows past
// the end becoming new rows, cells beyond the last column and into read-only columns refused in words, ragged
// rows noted), chunks of whole rows, and copy texts that paste back to the same values.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnDef } from '../../../../shared/schema'
import { parseTsv, formatTsv } from '../../../../shared/tsv'
import { coercePasted } from '../../../../shared/pasted'
import { copyText, displayText } from '../cellText'
import { chunkByRows, pasteTarget, planPaste } from './pastePlan'

const order = ['code', 'name', 'kind']
const label = (c: string): string => c.toUpperCase()

describe('planPaste', () => {
  it('fills a selection with a single copied cell', () => {
    const target = pasteTarget([['x']], { top: 2, bottom: 3, cols: ['name', 'kind'] }, order)
    expect(target).toEqual({
      top: 2,
      left: 1,
      block: [
        ['x', 'x'],
        ['x', 'x']
      ]
    })
  })

  it('writes existing rows by id, adds rows past the end, refuses what has no column or is read-only', () => {
    const plan = planPaste({
      target: { top: 5, left: 1, block: [['a', 'b', 'c'], ['d'], ['e', 'f']] },
      order,
      ids: [50, 51],
      label,
      readOnly: (c) => c === 'kind'
    })
    expect(plan.cells).toEqual([
      { id: 50, column: 'name', value: 'a', position: 5 },
      { id: 51, column: 'name', value: 'd', position: 6 },
      { newRow: 0, column: 'name', value: 'e', position: 7 }
    ])
    expect(plan.refused.map((r) => r.message)).toEqual([
      'KIND is read-only, so "b" was not pasted.',
      '"c" is beyond the last column, so it was not pasted.',
      'KIND is read-only, so "f" was not pasted.'
    ])
    expect(plan.newRows).toBe(1)
    expect(plan.notes).toEqual([
      'Row 7 has 1 of 3 cells; its other 2 cells were left as they were.',
      'Row 8 has 2 of 3 cells; its other cell was left as it was.'
    ])
  })

  it('never splits a row across chunks', () => {
    const cells = Array.from({ length: 10 }, (_, i) => ({ id: Math.floor(i / 3) + 1, column: 'name', value: String(i), position: Math.floor(i / 3) }))
    const chunks = chunkByRows(cells, 4)
    expect(chunks.map((c) => c.length)).toEqual([6, 4])
    for (const chunk of chunks) expect(new Set(chunk.map((c) => c.position)).size * 3 >= chunk.length).toBe(true)
  })
})

describe('copy texts', () => {
  const quantity = columnDef('trade_flow', 'quantity')!
  const value = columnDef('trade_flow', 'value_usd')!
  const row = { id: 1, quantity: 2500, quantity_unit_id: 7, quantity_unit_id__label: 't REO', value_usd: 3_000_000, estimated: 1 }

  it('shows and copies quantities at the shown scale, keeping the basis in the unit', () => {
    expect(displayText(quantity, row)).toBe('2,500 t REO')
    expect(displayText(quantity, row, 'kt')).toBe('2.5 kt REO')
    expect(copyText(quantity, row, 'kt')).toBe('2.5')
    expect(displayText(value, row, 'USD million')).toBe('3 USD million')
    expect(copyText(columnDef('trade_flow', 'estimated')!, row)).toBe('yes')
  })

  it('copied numbers paste back to the same value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const text = parseTsv(formatTsv([[copyText(value, { ...row, value_usd: n })]]))[0]![0]!
        const back = coercePasted({ ...value, min: undefined }, text)
        expect(back.ok && back.value).toBeCloseTo(Number(n.toPrecision(12)), 0)
      })
    )
  })
})
