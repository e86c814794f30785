// One date format everywhere: stored ISO forms printed in words in the given locale, spans and undated sources, and
// a source's date field split into its bibliographic date and the analyst's note (every starter source: core/starter).
import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, splitSourceDate } from './dates'

describe('formatDate', () => {
  it.each([
    ['2025-05-27', '27 May 2025'],
    ['2026-02', 'February 2026'],
    ['2024', '2024'],
    ['2021-2024', '2021\u20132024'],
    ['n.d.', 'n.d.'],
    ['', 'n.d.'],
    [null, 'n.d.'],
    ['2025-02-30', '2025-02-30'],
    ['FY2024-25', 'FY2024-25']
  ])('%j reads %j', (text, expected) => {
    expect(formatDate(text)).toBe(expected)
  })

  it('follows the locale and the month style', () => {
    expect(formatDate('2025-11-28', { locale: 'en-US' })).toBe('November 28, 2025')
    expect(formatDate('2025-11-28', { month: 'short' })).toBe('28 Nov 2025')
    expect(formatDate('2025-11-28', { locale: 'de-DE' })).toBe('28. November 2025')
    expect(formatDate('2025-11-28', { locale: 'not a locale' })).toBe('28 November 2025')
  })

  it('prints a timestamp as its day, and with its time when asked', () => {
    expect(formatDate('2025-11-28T10:00:00.000Z')).toMatch(/^2[89] November 2025$/)
    expect(formatDateTime('2025-11-28T10:00:00.000Z')).toMatch(/^2[89] November 2025, \d\d:00$/)
    expect(formatDateTime('soon')).toBe('soon')
  })
})

describe('splitSourceDate', () => {
  it.each([
    ['2025-05-27', { date: '2025-05-27', note: null }],
    ['2026-02 (v1.3 reposted 2026-05-27)', { date: '2026-02', note: '2026-02 (v1.3 reposted 2026-05-27)' }],
    ['April 24 (year not shown in excerpt; likely 2024)', { date: 'n.d.', note: 'April 24 (year not shown in excerpt; likely 2024)' }],
    ['retrieved 2026-07-10 by repo author', { date: 'n.d.', note: 'retrieved 2026-07-10 by repo author' }],
    ['n.d. (c.2024)', { date: 'n.d.', note: 'n.d. (c.2024)' }],
    ['2025 (c. June)', { date: '2025', note: '2025 (c. June)' }],
    ['2024-2025', { date: '2024-2025', note: null }],
    ['  ', { date: null, note: null }]
  ])('%j gives %j', (field, expected) => {
    expect(splitSourceDate(field)).toEqual(expected)
  })
})
