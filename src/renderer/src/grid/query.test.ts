// AG Grid's sort and filter models become the contract's `sort` and `filters`; what we do not offer
// (unknown types, OR conditions, unknown columns) becomes nothing rather than a guess.
import { describe, expect, it } from 'vitest'
import { toFilters, toSort } from './query'

describe('toFilters', () => {
  it('translates the text and number options we offer', () => {
    expect(
      toFilters('observation', {
        subject: { filterType: 'text', type: 'contains', filter: 'NdPr' },
        value: { filterType: 'number', type: 'greaterThan', filter: 1000 },
        note: { filterType: 'text', type: 'blank' }
      })
    ).toEqual([
      { column: 'subject', op: 'contains', value: 'NdPr' },
      { column: 'value', op: 'greaterThan', value: 1000 },
      { column: 'note', op: 'blank' }
    ])
  })

  it('drops unknown types, empty values, unknown columns and OR-combined conditions', () => {
    expect(
      toFilters('observation', {
        subject: { filterType: 'text', type: 'endsWith', filter: 'x' },
        scope: { filterType: 'text', type: 'contains', filter: '' },
        nope: { filterType: 'text', type: 'contains', filter: 'x' },
        period: {
          filterType: 'text',
          operator: 'OR',
          conditions: [
            { type: 'equals', filter: '2023' },
            { type: 'equals', filter: '2024' }
          ]
        }
      })
    ).toEqual([])
  })

  it('keeps AND-combined conditions and reads yes/no for yes/no columns', () => {
    expect(
      toFilters('trade_flow', {
        year: {
          filterType: 'number',
          operator: 'AND',
          conditions: [
            { type: 'greaterThan', filter: 2020 },
            { type: 'lessThan', filter: 2025 }
          ]
        },
        estimated: { filterType: 'text', type: 'equals', filter: 'yes' }
      })
    ).toEqual([
      { column: 'year', op: 'greaterThan', value: 2020 },
      { column: 'year', op: 'lessThan', value: 2025 },
      { column: 'estimated', op: 'equals', value: 1 }
    ])
  })
})

describe('toSort', () => {
  it('keeps known columns, at most four', () => {
    const model = ['year', 'value', 'nope', 'code', 'subject', 'period'].map((colId) => ({ colId, sort: 'desc' as const }))
    expect(toSort('observation', model)).toEqual([
      { column: 'year', dir: 'desc' },
      { column: 'value', dir: 'desc' },
      { column: 'code', dir: 'desc' },
      { column: 'subject', dir: 'desc' }
    ])
  })
})
