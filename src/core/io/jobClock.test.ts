// The pace a job shows: rows per second and time left while the rows come in, then per index while the
// indexes are built (the rate the rows came in at stays; the time left is measured from the first index).
import { describe, expect, it } from 'vitest'
import { JobClock } from './jobClock'

describe('JobClock', () => {
  it('measures rows per second and the time left from the bytes read', () => {
    const clock = new JobClock(0)
    expect(clock.pace({ phase: 'reading', rowsDone: 0, done: 0, total: 100 }, 200)).toEqual({ rowsPerSecond: 0, secondsLeft: null })
    expect(clock.pace({ phase: 'importing', rowsDone: 50_000, done: 25, total: 100 }, 1000)).toEqual({ rowsPerSecond: 50_000, secondsLeft: 3 })
    expect(clock.pace({ phase: 'importing', rowsDone: 200_000, done: 100, total: 100 }, 4000)).toEqual({ rowsPerSecond: 50_000, secondsLeft: 0 })
  })

  it('keeps the import rate while the indexes are built and estimates from the indexes done', () => {
    const clock = new JobClock(0)
    clock.pace({ phase: 'importing', rowsDone: 400_000, done: 100, total: 100 }, 4000)
    expect(clock.pace({ phase: 'indexing', rowsDone: 400_000, done: 0, total: 9 }, 4000)).toEqual({ rowsPerSecond: 100_000, secondsLeft: null })
    expect(clock.pace({ phase: 'indexing', rowsDone: 400_000, done: 3, total: 9 }, 5500)).toEqual({ rowsPerSecond: 100_000, secondsLeft: 3 })
    expect(clock.pace({ phase: 'indexing', rowsDone: 400_000, done: 9, total: 9 }, 8000)).toEqual({ rowsPerSecond: 100_000, secondsLeft: 0 })
    expect(clock.pace({ phase: 'finishing', rowsDone: 400_000, done: 0, total: 0 }, 8100)).toEqual({ rowsPerSecond: 100_000, secondsLeft: null })
  })

  it('gives no time left for a file too little read to tell', () => {
    const clock = new JobClock(0)
    expect(clock.pace({ phase: 'importing', rowsDone: 10, done: 1, total: 1000 }, 100).secondsLeft).toBeNull()
  })
})
