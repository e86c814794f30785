// Row descriptions in undo labels and confirmations: the table's word once, then the row's own label.
import { describe, expect, it } from 'vitest'
import { rowDescription } from './rows'

describe('rowDescription', () => {
  it('names a row without a label column by its table and id, once', () => {
    expect(rowDescription('trade_flow', { id: 12 })).toBe('trade flow 12')
  })

  it('puts the table word before a row label', () => {
    expect(rowDescription('country', { id: 3, code: 'IND', name: 'India' })).toMatch(/^country /)
  })
})
