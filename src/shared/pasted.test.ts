// Tests for pasted.ts and parseNumber: numbers as spreadsheets in other locales print them, Excel serial dates,
// day/month/year dates (refused when ambiguous), formulas refused in number columns and kept in text columns.
import { describe, expect, it } from 'vitest'
import { columnDef, type ColumnDef } from './schema'
import { coercePasted, excelSerialToIso } from './pasted'
import { parseNumber } from './validate'

const col = (table: 'observation' | 'trade_flow' | 'assessment', name: string): ColumnDef => columnDef(table, name)!

describe('parseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['-1,234,567', -1234567],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['2,75', 2.75],
    ['0,5', 0.5],
    ['1234,5', 1234.5],
    ['1 234,5', 1234.5],
    ["1'234.5", 1234.5],
    ['1.234', 1.234],
    ['12%', 12],
    ['1e3', 1000]
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each(['1,2,3', '1.2.3', 'abc', '1,23,456', '12,345.67,8'])('refuses %s', (text) => {
    expect(parseNumber(text)).toBeNaN()
  })
})

describe('excelSerialToIso', () => {
  it('converts serial day numbers of the 1900 date system', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01')
    expect(excelSerialToIso(59)).toBe('1900-02-28')
    expect(excelSerialToIso(61)).toBe('1900-03-01')
    expect(excelSerialToIso(45000)).toBe('2023-03-15')
    expect(excelSerialToIso(45000.75)).toBe('2023-03-15')
    expect(excelSerialToIso(60)).toBeNull()
    expect(excelSerialToIso(0)).toBeNull()
  })
})

describe('coercePasted', () => {
  it('reads Excel serials and unambiguous dates in a date column', () => {
    expect(coercePasted(col('assessment', 'as_of'), '45000')).toEqual({ ok: true, value: '2023-03-15' })
    expect(coercePasted(col('assessment', 'as_of'), '15/03/2023')).toEqual({ ok: true, value: '2023-03-15' })
    expect(coercePasted(col('assessment', 'as_of'), '2023-03-15 00:00:00')).toEqual({ ok: true, value: '2023-03-15' })
  })

  it('refuses a date that could be day/month or month/day', () => {
    const r = coercePasted(col('assessment', 'as_of'), '03/04/2023')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/day\/month or as month\/day.*YYYY-MM-DD/)
  })

  it('reads a five-digit Excel serial in a year column as its year, and keeps plain years', () => {
    expect(coercePasted(col('observation', 'year'), '45000')).toEqual({ ok: true, value: 2023 })
    expect(coercePasted(col('observation', 'year'), '2024')).toEqual({ ok: true, value: 2024 })
    expect(coercePasted(col('observation', 'year'), '2023-06-30')).toEqual({ ok: true, value: 2023 })
  })

  it('refuses "n/a" in a year column in words', () => {
    const r = coercePasted(col('observation', 'year'), 'n/a')
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/"n\/a" is not a year/) })
  })

  it('refuses a formula where a number is needed and keeps it as text elsewhere', () => {
    const r = coercePasted(col('observation', 'value'), '=SUM(A1:A3)')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/formula/)
    expect(coercePasted(col('observation', 'subject'), '=SUM(A1:A3)')).toEqual({ ok: true, value: '=SUM(A1:A3)' })
  })

  it('reads decimal commas and thousands separators in number columns', () => {
    expect(coercePasted(col('trade_flow', 'quantity'), '1.234,5')).toEqual({ ok: true, value: 1234.5 })
    expect(coercePasted(col('trade_flow', 'quantity'), '12 500')).toEqual({ ok: true, value: 12500 })
  })

  it('refuses a read-only column', () => {
    expect(coercePasted(col('observation', 'id'), '5')).toEqual({ ok: false, message: 'ID is read-only.' })
  })
})
