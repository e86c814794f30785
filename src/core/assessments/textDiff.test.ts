// The word diff behind "rationale changed": unchanged words kept, insertions and deletions marked, and the
// parts always rebuild both texts exactly.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { wordDiff } from './textDiff'

const rebuild = (parts: ReturnType<typeof wordDiff>, side: 'before' | 'after'): string =>
  parts
    .filter((p) => p.op === 'same' || p.op === (side === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('')

describe('wordDiff', () => {
  it('marks a replaced word and keeps the rest', () => {
    expect(wordDiff('India separates little oxide.', 'India separates some oxide.')).toEqual([
      { op: 'same', text: 'India separates ' },
      { op: 'removed', text: 'little' },
      { op: 'added', text: 'some' },
      { op: 'same', text: ' oxide.' }
    ])
  })

  it('handles empty texts on either side', () => {
    expect(wordDiff('', 'new text')).toEqual([{ op: 'added', text: 'new text' }])
    expect(wordDiff('old', '')).toEqual([{ op: 'removed', text: 'old' }])
    expect(wordDiff('same', 'same')).toEqual([{ op: 'same', text: 'same' }])
  })

  it('always rebuilds both texts', () => {
    const words = fc.array(fc.constantFrom('IREL', 'magnet', 'oxide', ' ', '\n', '90%', 'China', 'India', '.'), { maxLength: 30 })
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = wordDiff(a.join(''), b.join(''))
        expect(rebuild(parts, 'before')).toBe(a.join(''))
        expect(rebuild(parts, 'after')).toBe(b.join(''))
      }),
      { numRuns: 300 }
    )
  })

  it('falls back to whole replacement for rewrites too long to align, still exact', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ')
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ')
    const parts = wordDiff(a, b)
    expect(rebuild(parts, 'before')).toBe(a)
    expect(rebuild(parts, 'after')).toBe(b)
  })
})
