// The share rule shared by the grid and the engine: 0-100 % (0-1 as a fraction) unless the indicator measures change.
import { describe, expect, it } from 'vitest'
import { checkFigureValue } from './validate'

describe('checkFigureValue', () => {
  it.each([
    [-5, '%', 'import_share_volume'],
    [250, '%', 'import_share_volume'],
    [100.5, '% of world', 'mine_production_share'],
    [1.2, 'fraction of world', 'mine_production_share']
  ])('refuses %d %s for %s, in words', (value, unit, indicator) => {
    const checked = checkFigureValue(value, { unit, indicator })
    expect(checked.ok).toBe(false)
    if (!checked.ok) {
      expect(checked.message).toMatch(/is not a share: Value in .* must be between 0 and (100|1)\./)
      expect(checked.message).not.toContain('_')
    }
  })

  it.each([
    [0, '%', 'import_share_volume'],
    [100, '% of world', 'mine_production_share'],
    [2 / 3, 'fraction of world', 'mine_production_share'],
    [-72, '% change', 'export_quota_change'],
    [250, '%', 'import_cagr'],
    [10, '% per year', 'import_cagr'],
    [-5, '%', 'demand_growth'],
    [250000, 't REO', 'mine_production'],
    [null, '%', 'import_share_volume']
  ])('accepts %d %s for %s', (value, unit, indicator) => {
    expect(checkFigureValue(value, { unit, indicator }).ok).toBe(true)
  })

  it('names the column it checked', () => {
    const checked = checkFigureValue(120, { unit: '%', indicator: 'import_share_volume' }, 'High')
    expect(!checked.ok && checked.message).toMatch(/High in %/)
  })
})
