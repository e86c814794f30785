// Trade flows in words, with whose report each is, and the mirror flow named as another row.
import { describe, expect, it } from 'vitest'
import { flowInWords, mirrorInWords } from './tradeFlows'

describe('a trade flow in words', () => {
  it('says who reports what, in each direction', () => {
    expect(flowInWords({ reporter: 'China', partner: 'India', flow: 'import' })).toBe('China reports imports from India')
    expect(flowInWords({ reporter: 'China', partner: 'India', flow: 'export' })).toBe('China reports exports to India')
    expect(flowInWords({ reporter: 'India', partner: 'World', flow: 're-export' })).toBe('India reports re-exports to the World')
    expect(flowInWords({ reporter: 'India', partner: null, flow: 'import' })).toBeNull()
    expect(flowInWords({ reporter: 'India', partner: 'China', flow: 'sideways' })).toBeNull()
  })

  it('names the mirror flow as the partner’s own, separate report', () => {
    expect(mirrorInWords({ reporter: 'China', partner: 'India', flow: 'import' })).toBe(
      "This is China's report. India's own report of the same trade (its exports to China) would be a separate row."
    )
    expect(mirrorInWords({ reporter: 'China', partner: 'World', flow: 'import' })).toBeNull()
  })
})
