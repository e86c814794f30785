// Numbers a brief computes: bounds carried through a division, digits limited by the inputs' precision.
import { describe, expect, it } from 'vitest'
import { boundOf, computedPrecision, formatComputedPercent, ratioBound, significantDigits } from './computed'

describe('a share computed from two figures', () => {
  it('reads bounds from qualifiers', () => {
    expect(['>', '>=', '<', '<=', '~', 'e', '', null].map(boundOf)).toEqual(['lower', 'lower', 'upper', 'upper', 'about', 'exact', 'exact', 'exact'])
  })

  it('carries a bound through the division the right way, and gives up when bounds pull both ways', () => {
    expect(ratioBound('exact', 'lower')).toBe('upper')
    expect(ratioBound('lower', 'exact')).toBe('lower')
    expect(ratioBound('upper', 'lower')).toBe('upper')
    expect(ratioBound('exact', 'upper')).toBe('lower')
    expect(ratioBound('lower', 'lower')).toBeNull()
    expect(ratioBound('about', 'exact')).toBe('about')
    expect(ratioBound('exact', 'exact')).toBe('exact')
  })

  it('counts significant digits as published', () => {
    expect(significantDigits(6_900_000)).toBe(2)
    expect(significantDigits(90_000_000)).toBe(1)
    expect(significantDigits(6.9)).toBe(2)
    expect(significantDigits(2900, '2,900')).toBe(2)
    expect(significantDigits(0.025, '0.0250')).toBe(3)
    expect(significantDigits(270_000)).toBe(2)
    expect(significantDigits(241_000)).toBe(3)
  })

  it('prints India reserves over a ">90 Mt" world total as "at most 7.7%", never 7.67%', () => {
    const digits = computedPrecision([{ value: 6_900_000 }, { value: 90_000_000 }])
    expect(digits).toBe(2)
    expect(formatComputedPercent(6.9 / 90, digits, ratioBound('exact', 'lower') ?? 'exact')).toBe('at most 7.7%')
  })

  it('rounds 270,000 of 390,000 to 69%, and keeps three digits when both inputs have them', () => {
    expect(formatComputedPercent(270 / 390, computedPrecision([{ value: 270_000 }, { value: 390_000 }]), 'exact')).toBe('69%')
    expect(formatComputedPercent(241 / 352, computedPrecision([{ value: 241_000 }, { value: 352_000 }]), 'about')).toBe('about 68.5%')
    expect(formatComputedPercent(0.00123, 2, 'exact')).toBe('0.12%')
    expect(formatComputedPercent(0.5, 2, 'lower')).toBe('at least 50%')
  })
})
