// The starter's words through the shared formatters: every indicator it uses reads as a label, not a code, and every
// source's date field splits into a printable bibliographic date and a note that keeps whatever else it said.
import { describe, expect, it } from 'vitest'
import { bibliographicDate, isDateForm, splitSourceDate } from '../../shared/dates'
import { indicatorLabel } from '../../shared/indicatorLabels'
import { STARTER_DIR } from '../testing/tempDataset'
import { readStarter } from './csv'

const data = readStarter(STARTER_DIR)

describe('the starter CSVs', () => {
  it('give every indicator words, not its code', () => {
    const codes = [...new Set(data['facts.csv'].map((r) => r.indicator))]
    expect(codes.length).toBeGreaterThan(40)
    for (const code of codes) {
      const label = indicatorLabel(code)
      expect(label, code).not.toContain('_')
      expect(label.charAt(0), code).toBe(label.charAt(0).toUpperCase())
    }
  })

  it('leave every source a printable date and lose no text of its date field', () => {
    let notes = 0
    for (const r of data['sources.csv']) {
      const { date, note } = splitSourceDate(r.date)
      expect(date === null || isDateForm(date), `${r.source_id}: ${date}`).toBe(true)
      expect(bibliographicDate(r.date)).not.toMatch(/likely|retrieved|not shown|by repo|\(/i)
      if (date !== r.date.trim()) {
        notes++
        expect(note, r.source_id).toBe(r.date.trim())
      }
    }
    expect(notes).toBeGreaterThanOrEqual(8)
  })
})
