// The Start view's question comes from the dataset: the assessed country, the supplier its themes name, and
// each theme with its latest severity; a dataset without assessments gets a plain sentence.
import { describe, expect, it } from 'vitest'
import type { AssessmentBoard } from '../../../shared/analysis'
import { datasetQuestion } from './question'

const cell = {
  title: '',
  trend: null,
  status: 'draft',
  asOf: null,
  confidence: null,
  evidenceCount: 0,
  missingEvidence: 0,
  editedSinceVersion: false,
  versionCount: 0
}
const board: AssessmentBoard = {
  countries: [{ id: 7, code: 'IND', name: 'India' }],
  themes: [
    { id: 1, code: 'G1', name: 'Midstream processing (separation, metal and alloy making)', retired: false },
    { id: 4, code: 'G4', name: 'Heavy rare earths (Dy, Tb) strategy', retired: false },
    { id: 6, code: 'G6', name: "Measurement gap: what 'dependence on China' means", retired: false },
    { id: 9, code: 'G9', name: 'Old theme', retired: true }
  ],
  cells: [
    { ...cell, assessmentId: 11, countryId: 7, themeId: 1, severity: 4 },
    { ...cell, assessmentId: 14, countryId: 7, themeId: 4, severity: 5 }
  ]
}

describe('datasetQuestion', () => {
  it('asks about the assessed country and the supplier the themes name', () => {
    const q = datasetQuestion(board)
    expect(q.country?.name).toBe('India')
    expect(q.question).toMatch(/^How far does India depend on China for rare earths/)
  })

  it('lists the live themes, shortened, with their severity and assessment', () => {
    expect(datasetQuestion(board).themes).toEqual([
      { theme: 'Midstream processing (separation, metal and alloy making)', short: 'Midstream processing', severity: 4, assessmentId: 11 },
      { theme: 'Heavy rare earths (Dy, Tb) strategy', short: 'Heavy rare earths strategy', severity: 5, assessmentId: 14 },
      { theme: "Measurement gap: what 'dependence on China' means", short: 'Measurement gap', severity: null, assessmentId: null }
    ])
  })

  it('says something plain without a named supplier or without assessments', () => {
    expect(datasetQuestion({ ...board, themes: board.themes.slice(0, 2) }).question).toMatch(/^How exposed is India's rare-earth supply chain/)
    expect(datasetQuestion(null)).toMatchObject({ country: null, themes: [] })
    expect(datasetQuestion(null).question).toContain('No gap assessments yet')
  })
})
