// Indicator codes as labels, from the one shared table (every starter indicator: core/starter/words.test.ts).
import { describe, expect, it } from 'vitest'
import { indicatorLabel, measuresChange } from './indicatorLabels'

describe('indicatorLabel', () => {
  it.each([
    ['import_share_volume', 'Import share, volume'],
    ['import_share_value', 'Import share, value'],
    ['mine_production', 'Mine production'],
    ['mine_production_share_projection', 'Mine production share, projection'],
    ['magnet_production_forecast', 'Magnet production, forecast'],
    ['magnet_capacity_target', 'Magnet capacity, target'],
    ['element_share_of_TREO', 'Element share of TREO'],
    ['import_cagr', 'Import growth (CAGR)'],
    ['ree_present_count', 'REEs present (count)']
  ])('%s reads "%s"', (code, label) => {
    expect(indicatorLabel(code)).toBe(label)
  })

  it('knows which indicators measure growth or change', () => {
    expect(['import_cagr', 'export_quota_change', 'demand_growth'].every(measuresChange)).toBe(true)
    expect(['import_share_volume', 'mine_production_share', 'net_import_reliance', 'exchange_rate'].some(measuresChange)).toBe(false)
  })
})
