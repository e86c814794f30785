// Tests for units.ts: every unit string printed in the starter facts.csv, the entity capacity units,
// conversions that work, and conversions that must be refused in words. (shared may not read files: the check
// that facts.csv holds no unit beyond this list is in core/starter/load.test.ts.)
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASES, DIMENSIONS } from './schema'
import { convert, parseUnit, sameDimension, splitUnitText } from './units'

type Expected = [dimension: string, scale: number | null, basis: string]

/** Every unit string in resources/starter/facts.csv, with what it must parse to. */
const FACT_UNITS: Record<string, Expected> = {
  '%': ['share', 1, 'share'],
  '% per year': ['growth rate', 1, 'not stated'],
  '% change': ['ratio', 1, 'not stated'],
  '% of world': ['share', 1, 'share'],
  '% of world (top 3 combined)': ['share', 1, 'share'],
  '% of apparent consumption': ['share', 1, 'share'],
  '% of total REO': ['share', 1, 'share'],
  'fraction of world': ['share', 100, 'share'],
  'count of 17': ['count', 1, 'count'],
  kg: ['mass', 1, 'not stated'],
  t: ['mass', 1000, 'not stated'],
  Mt: ['mass', 1e9, 'not stated'],
  'kg/yr': ['mass per year', 1, 'not stated'],
  't/yr': ['mass per year', 1000, 'not stated'],
  't REO': ['mass', 1000, 'REO equivalent'],
  'Mt REO': ['mass', 1e9, 'REO equivalent'],
  't REO/yr': ['mass per year', 1000, 'REO equivalent'],
  't REO (per year, estimated)': ['mass per year', 1000, 'REO equivalent'],
  't Y2O3': ['mass', 1000, 'oxide'],
  't Y2O3 equivalent': ['mass', 1000, 'oxide'],
  't monazite': ['mass', 1000, 'mineral concentrate'],
  'Mt monazite': ['mass', 1e9, 'mineral concentrate'],
  'Mt ore': ['mass', 1e9, 'ore'],
  't/yr NdPr': ['mass per year', 1000, 'product'],
  'USD (CIF)': ['currency', 1, 'currency'],
  'USD million': ['currency', 1e6, 'currency'],
  'USD billion': ['currency', 1e9, 'currency'],
  'INR crore': ['currency', null, 'currency'],
  'USD/kg': ['price', 1, 'currency']
}

describe('parseUnit', () => {
  it('lists the 29 unit strings of the starter facts.csv', () => {
    expect(Object.keys(FACT_UNITS)).toHaveLength(29)
  })

  it.each(Object.entries(FACT_UNITS))('reads %s', (unit, [dimension, scale, basis]) => {
    const p = parseUnit(unit)
    expect(p.known).toBe(true)
    expect(p.code).toBe(unit)
    expect({ dimension: p.dimension, scale: p.scale, basis: p.basis }).toEqual({ dimension, scale, basis })
    expect(DIMENSIONS).toContain(p.dimension)
    expect(BASES).toContain(p.basis)
  })

  it('keeps the currency, terms, denominator and substance a unit names', () => {
    expect(parseUnit('INR crore')).toMatchObject({ currency: 'INR', currencyScale: 1e7, scale: null })
    expect(parseUnit('USD (CIF)')).toMatchObject({ currency: 'USD', terms: 'CIF' })
    expect(parseUnit('% of world (top 3 combined)')).toMatchObject({ denominator: 'world', remark: 'top 3 combined' })
    expect(parseUnit('count of 17')).toMatchObject({ denominator: '17' })
    expect(parseUnit('t Y2O3')).toMatchObject({ substance: 'Y2O3', basisStated: true })
    expect(parseUnit('t/yr NdPr')).toMatchObject({ substance: 'NdPr' })
    expect(parseUnit('t REO (per year, estimated)')).toMatchObject({ remark: 'estimated' })
    expect(parseUnit('t').basisStated).toBe(false)
  })

  it('reads other common spellings', () => {
    expect(parseUnit('kt')).toMatchObject({ dimension: 'mass', scale: 1e6 })
    expect(parseUnit('tonnes')).toMatchObject({ dimension: 'mass', scale: 1000 })
    expect(parseUnit('tpa')).toMatchObject({ dimension: 'mass per year', scale: 1000 })
    expect(parseUnit('t per year')).toMatchObject({ dimension: 'mass per year', scale: 1000 })
    expect(parseUnit('USD/t')).toMatchObject({ dimension: 'price', scale: 0.001 })
    expect(parseUnit('USD thousand')).toMatchObject({ dimension: 'currency', scale: 1000 })
    expect(parseUnit('kg REO')).toMatchObject({ dimension: 'mass', scale: 1, basis: 'REO equivalent' })
    expect(parseUnit('t metal')).toMatchObject({ basis: 'metal content' })
    expect(parseUnit('kg (gross weight)')).toMatchObject({ dimension: 'mass', basis: 'gross weight', basisStated: true })
    expect(parseUnit('t REO (monazite)').known).toBe(false)
    expect(parseUnit('kg gross weight')).toMatchObject({ basis: 'gross weight' })
    expect(parseUnit('  t   REO ')).toMatchObject({ code: 't REO', basis: 'REO equivalent' })
  })

  it('never throws on text it cannot read', () => {
    for (const junk of ['', 't (CIF)', 'widgets', 't of stuff', 'USD/widget', '%%', '(CIF)', 't/yr/yr']) {
      const p = parseUnit(junk)
      expect(p.known).toBe(false)
      expect(p.dimension).toBe('other')
      expect(p.scale).toBeNull()
    }
  })
})

describe('splitUnitText', () => {
  it.each([
    ['t/yr RE-bearing mineral processed (installed)', 't/yr', 'RE-bearing mineral processed (installed)'],
    ['kg/yr', 'kg/yr', ''],
    ['t shipped to Japan (2024)', 't', 'shipped to Japan (2024)'],
    ['t/yr integrated REPM capacity', 't/yr', 'integrated REPM capacity'],
    ['t REO mining quota', 't REO', 'mining quota'],
    ['t/yr magnets (after 10X, commissioning from 2028)', 't/yr magnets', '(after 10X, commissioning from 2028)'],
    ['t REO/yr (target, 2026)', 't REO/yr', '(target, 2026)']
  ])('splits %s', (textIn, unit, rest) => {
    const s = splitUnitText(textIn)
    expect(s?.unit.code).toBe(unit)
    expect(s?.rest).toBe(rest)
  })

  it('gives undefined when no prefix is a unit', () => {
    expect(splitUnitText('shipped to Japan')).toBeUndefined()
  })
})

describe('convert', () => {
  it.each([
    [1, 't', 'kg', 1000],
    [2.5, 'Mt REO', 't REO', 2.5e6],
    [3000, 'kg/yr', 't/yr', 3],
    [9000, 't/yr NdPr', 'kt/yr NdPr', 9],
    [2 / 3, 'fraction of world', '% of world', 66.6667],
    [1, 'USD billion', 'USD million', 1000],
    [165, 'USD million', 'USD', 165e6],
    [7280, 'INR crore', 'INR', 7.28e10],
    [5, 'INR crore', 'INR lakh', 500],
    [69, 'USD/kg', 'USD/t', 69000],
    [35453640, 'kg', 'kg', 35453640],
    [2900, 't REO (per year, estimated)', 't REO/yr', 2900]
  ])('%s %s -> %s', (value, from, to, expected) => {
    const c = convert(value, from, to)
    expect(c.ok).toBe(true)
    if (c.ok) expect(c.value).toBeCloseTo(expected, 3)
  })

  it.each([
    ['t REO', 't Y2O3', /REO equivalent.*oxide/],
    ['t REO', 'kg', /does not say what is weighed/],
    ['Mt monazite', 'Mt ore', /mineral concentrate.*ore/],
    ['t Y2O3', 't Nd2O3', /Y2O3.*Nd2O3/],
    ['t/yr NdPr', 't REO/yr', /product.*REO equivalent/],
    ['t', 't/yr', /a mass and .* a mass per year/],
    ['t REO', 'USD', /a mass and .* an amount of money/],
    ['USD/kg', 'USD', /a price and .* an amount of money/],
    ['INR crore', 'USD million', /different currencies .*exchange rate/],
    ['% of world', '% of apparent consumption', /share of world.*share of apparent consumption/],
    ['fraction of world', '%', /does not say what it is a share of/],
    ['USD (CIF)', 'USD (FOB)', /CIF value.*FOB value/],
    ['USD (CIF)', 'USD million', /does not say CIF or FOB/],
    ['widgets', 'kg', /cannot read the unit "widgets"/]
  ])('refuses %s -> %s in words', (from, to, why) => {
    const c = convert(1, from, to)
    expect(c.ok).toBe(false)
    if (!c.ok) {
      expect(c.message).toMatch(/^Cannot convert /)
      expect(c.message).toMatch(why)
    }
  })

  it('refuses a value that is not a finite number', () => {
    expect(convert(Number.NaN, 't', 'kg').ok).toBe(false)
  })

  it('round-trips within a dimension and basis', () => {
    const masses = ['g REO', 'kg REO', 't REO', 'kt REO', 'Mt REO']
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...masses), fc.constantFrom(...masses), (x, a, b) => {
        const there = convert(x, a, b)
        expect(there.ok).toBe(true)
        if (!there.ok) return
        const back = convert(there.value, b, a)
        expect(back.ok).toBe(true)
        if (back.ok) expect(Math.abs(back.value - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-12 + 1e-12)
      })
    )
  })
})

describe('sameDimension', () => {
  it('compares what units measure, not their basis', () => {
    expect(sameDimension('t', 'Mt REO')).toBe(true)
    expect(sameDimension('USD (CIF)', 'INR crore')).toBe(true)
    expect(sameDimension('%', 'fraction of world')).toBe(true)
    expect(sameDimension('t', 't/yr')).toBe(false)
    expect(sameDimension('USD/kg', 'USD')).toBe(false)
    expect(sameDimension('widgets', 'widgets')).toBe(false)
  })
})

describe('SmCo magnets and mass ratios', () => {
  it('weighs SmCo magnets apart from magnets in general', () => {
    expect(parseUnit('t/yr SmCo magnet')).toMatchObject({ known: true, dimension: 'mass per year', basis: 'product', substance: 'SmCo magnets' })
    expect(convert(2, 't SmCo magnets', 'kg SmCo magnet')).toEqual({ ok: true, value: 2000 })
    const r = convert(1, 't/yr magnet', 't/yr SmCo magnet')
    expect(!r.ok && r.message).toMatch(
      /is product \(magnets\) and "t\/yr SmCo magnet" is product \(SmCo magnets\)\. A tonne of one is not a tonne of the other/
    )
  })

  it('reads kg of an element per t of a product as a share of that product, and refuses another element or whole', () => {
    expect(parseUnit('kg Sm/t SmCo magnet')).toMatchObject({ known: true, dimension: 'share', scale: 0.1, denominator: 'SmCo magnet', substance: 'Sm' })
    expect(parseUnit('kg Sm per t SmCo magnet')).toMatchObject({ known: true, dimension: 'share', denominator: 'SmCo magnet' })
    expect(convert(250, 'kg Sm/t SmCo magnet', 'g Sm/t SmCo magnet')).toEqual({ ok: true, value: 250_000 })
    const dy = convert(250, 'kg Dy/t SmCo magnet', 'kg Sm/t SmCo magnet')
    expect(!dy.ok && dy.message).toMatch(/is a share of Dy and "kg Sm\/t SmCo magnet" is a share of Sm/)
    const whole = convert(25, 'wt% of magnet', 'kg Sm/t SmCo magnet')
    expect(whole.ok).toBe(false)
  })
})
