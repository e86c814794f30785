// Values read one way everywhere: quantities with separators and their unit, references by label.
import { describe, expect, it } from 'vitest'
import { columnDef } from '../../../shared/schema'
import { copyValues } from './edits'
import { formatBytes, formatCell } from './format'
import { plural } from './rows'

const col = (table: Parameters<typeof columnDef>[0], name: string) => {
  const def = columnDef(table, name)
  if (!def) throw new Error(`no column ${name}`)
  return def
}

describe('formatCell', () => {
  it('shows a quantity with thousands separators and its unit', () => {
    expect(formatCell(col('observation', 'value'), { id: 1, value: 3000, unit_id: 4, unit_id__label: 'kg/yr' })).toBe('3,000 kg/yr')
  })
  it('shows references by label and years without separators', () => {
    expect(formatCell(col('observation', 'country_id'), { id: 1, country_id: 2, country_id__label: 'India' })).toBe('India')
    expect(formatCell(col('observation', 'year'), { id: 1, year: 2023 })).toBe('2023')
  })
  it('shows yes/no columns in words and blanks as nothing', () => {
    expect(formatCell(col('trade_flow', 'estimated'), { id: 1, estimated: 1 })).toBe('Yes')
    expect(formatCell(col('trade_flow', 'estimated'), { id: 1, estimated: null })).toBe('')
  })
})

describe('words', () => {
  it('pluralises table nouns and sizes', () => {
    expect(['figure', 'facility', 'HS code', 'evidence link'].map((n) => plural(n))).toEqual(['figures', 'facilities', 'HS codes', 'evidence links'])
    expect(formatBytes(2_200_000)).toBe('2.1 MB')
  })
})

describe('copyValues', () => {
  it('copies a row without id, version or its automatic code, and renames required keys', () => {
    expect(copyValues('observation', { id: 5, version: 3, code: 'F0005', subject: 'NdPr', value: 10, country_id: 2, country_id__label: 'India' })).toEqual({
      subject: 'NdPr',
      value: 10,
      country_id: 2
    })
    expect(copyValues('source', { id: 1, version: 1, code: 'USGS', title: 'Rare earths' })).toEqual({ code: 'USGS (copy)', title: 'Rare earths' })
  })
})
