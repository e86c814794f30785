// Tests for displayUnits.ts: a column shown at another scale keeps basis and substance, reads typed values back
// to the stored unit, refuses units it cannot rescale, and totals refuse to add across dimensions or bases.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromScale, rescaleUnit, scaleFamily, toScale, totals } from './displayUnits'

describe('rescaleUnit', () => {
  it.each([
    ['t REO', 'kt', 'kt REO'],
    ['t/yr NdPr', 'kt', 'kt/yr NdPr'],
    ['Mt monazite', 't', 't monazite'],
    ['kg', 'Mt', 'Mt'],
    ['t REO (per year, estimated)', 'kt', 'kt REO (per year, estimated)'],
    ['USD (CIF)', 'USD million', 'USD million (CIF)'],
    ['USD million', 'USD', 'USD']
  ] as const)('%s at %s is %s', (code, choice, expected) => {
    expect(rescaleUnit(code, choice)).toBe(expected)
  })

  it('refuses units outside the family and other currencies', () => {
    expect(rescaleUnit('INR crore', 'USD million')).toBeNull()
    expect(rescaleUnit('%', 'kt')).toBeNull()
    expect(rescaleUnit('t REO', 'USD')).toBeNull()
    expect(scaleFamily('USD/kg')).toBeNull()
  })
})

describe('toScale and fromScale', () => {
  it('shows 2,500 t REO as 2.5 kt REO and reads 3 kt back as 3,000 t', () => {
    expect(toScale(2500, 't REO', 'kt')).toEqual({ ok: true, value: 2.5, unit: 'kt REO' })
    expect(fromScale(3, 't REO', 'kt')).toEqual({ ok: true, value: 3000, unit: 't REO' })
    expect(toScale(387_673_406, 'USD (CIF)', 'USD million')).toEqual({ ok: true, value: 387.673406, unit: 'USD million (CIF)' })
  })

  it('round-trips any value through any scale of its family', () => {
    const unit = fc.constantFrom('kg', 't REO', 'Mt ore', 't/yr NdPr')
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), unit, fc.constantFrom('kg', 't', 'kt', 'Mt'), (v, u, c) => {
        const shown = toScale(v, u, c)
        if (!shown.ok) throw new Error(shown.message)
        const back = fromScale(shown.value, u, c)
        if (!back.ok) throw new Error(back.message)
        expect(back.value).toBeCloseTo(v, Math.max(0, 6 - Math.log10(Math.max(1, v))))
      })
    )
  })
})

describe('totals', () => {
  it('adds tonnes and kilograms of the same basis in one unit', () => {
    expect(
      totals([
        { value: 1, unit: 't' },
        { value: 500, unit: 'kg' }
      ])
    ).toEqual({ ok: true, count: 2, sum: 1.5, average: 0.75, min: 0.5, max: 1, unit: 't' })
  })

  it('refuses to add different dimensions and different bases, and says why', () => {
    const dims = totals([
      { value: 1, unit: 't REO' },
      { value: 2, unit: 'USD million' }
    ])
    expect(dims).toMatchObject({ ok: false, message: expect.stringMatching(/t REO and USD million measure different things/) })
    const bases = totals([
      { value: 1, unit: 't REO' },
      { value: 2, unit: 't monazite' }
    ])
    expect(bases).toMatchObject({ ok: false, message: expect.stringMatching(/different bases/) })
  })

  it('adds plain numbers and refuses a mix of plain numbers and quantities', () => {
    expect(
      totals([
        { value: 2, unit: null },
        { value: 4, unit: null }
      ])
    ).toMatchObject({ ok: true, sum: 6, average: 3 })
    expect(
      totals([
        { value: 2, unit: null },
        { value: 4, unit: 't' }
      ])
    ).toMatchObject({ ok: false })
  })
})
