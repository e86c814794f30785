// Tests for the starter text readers: values, periods, places and the entity judgement rules.
import { describe, expect, it } from 'vitest'
import { CONFIDENCE } from '../../shared/schema'
import { parseEntityCountry, parsePlace } from './countries'
import { entityTable, facilityStage, facilityStatus, initiativeKind, initiativePillar, initiativeStatus } from './entityRules'
import { figureBasis, mapConfidence } from './figures'
import { parseUnit } from '../../shared/units'
import { parsePeriod } from './periods'
import { parseValue } from './values'

describe('parseValue', () => {
  it('reads plain numbers and keeps the printed text', () => {
    expect(parseValue('3000')).toEqual({ value: 3000, low: null, high: null, text: '3000', impliedQualifier: null })
    expect(parseValue('-72')).toMatchObject({ value: -72, low: null })
    expect(parseValue('1,234.5')).toMatchObject({ value: 1234.5, text: '1,234.5' })
    expect(parseValue('1.0')).toMatchObject({ value: 1, text: '1.0' })
  })

  it('keeps ranges as low and high with no single value', () => {
    expect(parseValue('10000-15000')).toEqual({ value: null, low: 10000, high: 15000, text: '10000-15000', impliedQualifier: 'range' })
    expect(parseValue('20-40')).toMatchObject({ low: 20, high: 40 })
    expect(parseValue('800\u2013900')).toMatchObject({ low: 800, high: 900 })
  })

  it('reads NA as no value, a fraction as its quotient, and a printed bound', () => {
    expect(parseValue('NA')).toEqual({ value: null, low: null, high: null, text: 'NA', impliedQualifier: 'NA' })
    expect(parseValue('2/3').value).toBeCloseTo(0.6667, 4)
    expect(parseValue('2/3').text).toBe('2/3')
    expect(parseValue('>160000')).toMatchObject({ value: 160000, impliedQualifier: '>' })
    expect(parseValue('<1.09')).toMatchObject({ value: 1.09, impliedQualifier: '<' })
    expect(parseValue('')).toMatchObject({ value: null, text: null })
    expect(parseValue('lots')).toMatchObject({ value: null, text: 'lots', impliedQualifier: null })
  })
})

describe('parsePeriod', () => {
  it.each([
    ['2023', 'calendar year', 2023],
    ['FY2024-25', 'fiscal year (India, Apr-Mar)', 2024],
    ['FY2024-25 (Jul-Jun)', 'fiscal year (Jul-Jun)', 2024],
    ['FY2024-25 (reported 2025)', 'fiscal year (India, Apr-Mar)', 2024],
    ['FY2025-26 H1 (Apr-Sep 2025)', 'half year', 2025],
    ['FY2024-25 to FY2030-31', 'span of years', 2024],
    ['2021-2024', 'span of years', 2021],
    ['2024-25', 'span of years', 2024],
    ['2024 Q3', 'quarter', 2024],
    ['2024 H1', 'half year', 2024],
    ['2025-02', 'month or date', 2025],
    ['2026 (as of 28 Jan)', 'month or date', 2026],
    ['2022 (as of Sept)', 'month or date', 2022],
    ['2028 (commissioning start)', 'calendar year', 2028],
    ['2023 (MCS 2024 vintage)', 'calendar year', 2023],
    ['n.s.', 'not stated', null],
    ['n.s. (c.2023-2025)', 'not stated', null],
    ['n.s. (reported 2025)', 'not stated', null],
    ['as published 2023 (historical assays)', 'not stated', null]
  ])('%s -> %s, %s', (period, kind, year) => {
    expect(parsePeriod(period)).toEqual({ kind, year })
  })

  it('reads a bare FY as July-June when told the row is Australian', () => {
    expect(parsePeriod('FY2023-24', 'jul-jun')).toEqual({ kind: 'fiscal year (Jul-Jun)', year: 2023 })
  })
})

describe('parsePlace', () => {
  it.each([
    ['India', 'IND', null],
    ['Myanmar (Burma)', 'MMR', null],
    ['United States (MP Materials)', 'USA', 'MP Materials'],
    ['China (imports from Myanmar (Burma))', 'CHN', 'imports from Myanmar (Burma)'],
    ['World total (rounded)', 'WLD', 'total (rounded)'],
    ['World (US market quote)', 'WLD', 'US market quote'],
    ['Other countries', 'OTH', null],
    ['Brazil (Serra Verde, Pela Ema)', 'BRA', 'Serra Verde, Pela Ema'],
    ['China, Australia, Myanmar', 'MUL', 'China, Australia, Myanmar'],
    ['Australia/Malaysia (Lynas)', 'MUL', 'Australia/Malaysia (Lynas)']
  ])('%s -> %s + %s', (place, code, scope) => {
    expect(parsePlace(place)).toMatchObject({ code, scope })
  })

  it('lists the members of a multi-country place and refuses unknown names', () => {
    expect(parsePlace('China, Australia, Myanmar').members).toEqual(['CHN', 'AUS', 'MMR'])
    expect(() => parsePlace('Atlantis')).toThrow(/Atlantis/)
  })

  it('reads entity countries into a country and partners', () => {
    expect(parseEntityCountry('India / Japan')).toEqual({ code: 'IND', partners: 'Japan' })
    expect(parseEntityCountry('multilateral (US-led)')).toEqual({ code: 'MUL', partners: 'multilateral (US-led)' })
    expect(parseEntityCountry('India / Kazakhstan, Kyrgyzstan')).toEqual({ code: 'IND', partners: 'Kazakhstan, Kyrgyzstan' })
    expect(parseEntityCountry('China')).toEqual({ code: 'CHN', partners: null })
  })
})

describe('entity rules', () => {
  it('sorts types into tables', () => {
    expect(entityTable('facility (magnet plant)')).toBe('facility')
    expect(entityTable('deposit (hard rock)')).toBe('facility')
    expect(entityTable('policy (draft)')).toBe('initiative')
    expect(entityTable('event / non-state actor')).toBe('initiative')
    expect(entityTable('organisation (company)')).toBe('organisation')
  })

  it('reads stages and statuses', () => {
    expect(facilityStage('facility (mine and mineral separation)')).toBe('mining')
    expect(facilityStage('facility (separation/refining)')).toBe('separation')
    expect(facilityStage('facility (pilot/demonstration)')).toBe('integrated')
    expect(facilityStatus('explored by AMD; not in production', 'deposit (hard rock)')).toBe('exploration')
    expect(facilityStatus('commissioned; reported in 2025 as a production site', 'facility (pilot/demonstration)')).toBe('pilot')
    expect(facilityStatus('something else', 'facility (mine)')).toBe('unknown')
  })

  it('reads initiative kinds, pillars and statuses', () => {
    expect(initiativeKind('policy (draft)', 'Draft Rs 1,345 crore rare-earth magnet incentive')).toBe('scheme')
    expect(initiativeKind('event (export stoppage)', "China's 2010 rare earth export halt to Japan")).toBe('event')
    expect(initiativeKind('policy (Chinese export licensing)', 'x')).toBe('export control')
    expect(initiativePillar('scheme', 'policy (recycling incentive)', 'x', 'IND')).toBe('recycling')
    expect(initiativePillar('policy', 'policy (output control)', 'quota system', 'CHN')).toBe('external constraint')
    expect(initiativePillar('legislation', 'policy (legislation)', 'MMDR Act', 'IND')).toBe('domestic development')
    expect(initiativeStatus('superseded by E07')).toBe('superseded')
    expect(initiativeStatus('21 Sep 2010 to ~20 Nov 2010')).toBe('ended')
    expect(initiativeStatus('India asked IREL to suspend/renegotiate in June 2025')).toBe('unknown')
  })
})

describe('figure basis and confidence', () => {
  it('takes the basis from the unit, then narrowly from the product text', () => {
    expect(figureBasis(parseUnit('t REO'), 'anything')).toBe('REO equivalent')
    expect(figureBasis(parseUnit('kg'), 'HS 2846 rare-earth compounds (gross weight)')).toBe('gross weight')
    expect(figureBasis(parseUnit('t/yr'), 'Integrated sintered REPM capacity (oxide-metal-alloy-magnet)')).toBe('product')
    expect(figureBasis(parseUnit('t'), 'NdPr oxide (Lynas)')).toBe('oxide')
    expect(figureBasis(parseUnit('t'), 'Magnet rare earth elements')).toBe('not stated')
    expect(figureBasis(parseUnit('%'), 'x')).toBe('share')
  })

  it('maps confidence into CONFIDENCE and keeps a changed text', () => {
    expect(mapConfidence('high (superseded)')).toEqual({ value: 'superseded', note: 'Confidence as published: high (superseded).' })
    expect(mapConfidence('medium-low')).toEqual({ value: 'medium-low', note: null })
    expect(mapConfidence('medium (disputed)').value).toBe('medium')
    expect(mapConfidence('medium-low (second-hand)').value).toBe('medium-low')
    for (const c of CONFIDENCE) expect(mapConfidence(c).note).toBeNull()
  })
})
