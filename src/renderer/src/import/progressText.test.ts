// A running job's words: the phase heading (counting indexes while they are built) and the time left.
import { describe, expect, it } from 'vitest'
import type { JobStatus } from '../../../shared/dataFiles'
import { duration, phaseTitle } from './progressText'

const job = (over: Partial<JobStatus>): JobStatus =>
  ({
    jobId: 'j',
    kind: 'import',
    state: 'running',
    phase: 'importing',
    rowsDone: 0,
    bytesDone: 0,
    bytesTotal: 0,
    rowsPerSecond: 0,
    secondsLeft: null,
    ...over
  }) as JobStatus

describe('progress words', () => {
  it('names the index being built, one of how many, and the other phases in words', () => {
    expect(phaseTitle(job({ phase: 'indexing', bytesDone: 0, bytesTotal: 9 }))).toBe('Building the indexes (1 of 9)…')
    expect(phaseTitle(job({ phase: 'indexing', bytesDone: 8, bytesTotal: 9 }))).toBe('Building the indexes (9 of 9)…')
    expect(phaseTitle(job({ phase: 'indexing', bytesDone: 9, bytesTotal: 9 }))).toBe('Building the indexes (9 of 9)…')
    expect(phaseTitle(job({ phase: 'reading' }))).toBe('Reading the file…')
    expect(phaseTitle(job({ phase: 'importing' }))).toBe('Importing…')
  })

  it('says the time left in words', () => {
    expect(duration(null)).toBe('estimating time left')
    expect(duration(0.4)).toBe('under a second left')
    expect(duration(12.2)).toBe('about 13 s left')
    expect(duration(130)).toBe('about 3 min left')
  })
})
