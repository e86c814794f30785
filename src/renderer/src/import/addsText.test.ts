// The wizard's "also adds …": each kind of reference row named as the schema names it (a source is not a unit).
import { describe, expect, it } from 'vitest'
import { addsText } from './addsText'

describe('addsText', () => {
  it('names countries, units and sources by their table, one or many', () => {
    expect(
      addsText([
        { table: 'country', label: 'Austria (AUT)' },
        { table: 'country', label: 'Belgium (BEL)' },
        { table: 'unit', label: 'CAD' },
        { table: 'source', label: 'ONTARIO-CMIF (Critical Minerals Innovation Fund: funding recipients)' }
      ])
    ).toBe('2 countries (Austria, Belgium), 1 unit (CAD) and 1 source (ONTARIO-CMIF)')
  })

  it('cuts a long list short', () => {
    const many = ['Mali', 'Namibia', 'Angola', 'Mauritania', 'Chad'].map((name) => ({ table: 'country', label: `${name} (XXX)` }))
    expect(addsText(many)).toBe('5 countries (Mali, Namibia, Angola, Mauritania, …)')
  })
})
