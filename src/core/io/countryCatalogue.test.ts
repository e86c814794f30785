// The country catalogue: every ISO 3166-1 code and M49 number (from i18n-iso-countries), publishers' and
// historical spellings, and groups, as real files write them.
import { describe, expect, it } from 'vitest'
import { knownCountry, withoutFootnotes } from './countryCatalogue'

describe('known countries', () => {
  it('knows every ISO 3166-1 country, including those the hand list lacked', () => {
    for (const [code, name] of [
      ['ATG', 'Antigua and Barbuda'],
      ['COM', 'Comoros'],
      ['SYC', 'Seychelles'],
      ['REU', 'Reunion']
    ])
      expect(knownCountry(code)).toMatchObject({ code, name, kind: 'country' })
    expect(knownCountry('PSE')?.code).toBe('PSE')
    expect(knownCountry('atg')?.code).toBe('ATG')
  })

  it('reads M49 numbers (UN Comtrade reporter codes) and English names', () => {
    expect(knownCountry('156')?.code).toBe('CHN')
    expect(knownCountry('36')?.code).toBe('AUS')
    expect(knownCountry('024')?.code).toBe('AGO')
    expect(knownCountry('0')?.code).toBe('WLD')
    expect(knownCountry('Seychelles')?.code).toBe('SYC')
  })

  it('reads historical and publisher spellings, and groups', () => {
    expect(knownCountry('USSR')).toMatchObject({ code: 'SUN', kind: 'country' })
    expect(knownCountry('Congo (Zaire)')?.code).toBe('COD')
    expect(knownCountry('Burma')?.code).toBe('MMR')
    expect(knownCountry('Turkey')?.code).toBe('TUR')
    expect(knownCountry('Türkiye')?.code).toBe('TUR')
    expect(knownCountry('Côte d\u2019Ivoire')?.code).toBe('CIV')
    expect(knownCountry('World total (rounded)')?.code).toBe('WLD')
    expect(knownCountry('Other Africa, nes')).toMatchObject({ code: 'F19', kind: 'aggregate' })
    expect(knownCountry('EUR')).toMatchObject({ code: 'EUR', name: 'EU-28', kind: 'group' })
    expect(knownCountry('Canada ')?.code).toBe('CAN')
    expect(knownCountry('Atlantis')).toBeUndefined()
  })

  it('takes footnote marks off names', () => {
    expect(withoutFootnotes('China3')[0]).toEqual({ text: 'China', marker: null, footnotes: ['3'] })
    expect(withoutFootnotes('Indiae, 4')).toContainEqual({ text: 'India', marker: 'e', footnotes: ['4'] })
  })
})
