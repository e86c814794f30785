// Tests for tsv.ts: what Excel, LibreOffice and Google Sheets put on the clipboard, malformed quoting, ragged
// rows, and the property that copying any block and pasting it back gives the same block.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockWidth, cellCount, formatDelimited, formatTsv, parseCsv, parseDelimited, parseTsv } from './tsv'

describe('parseTsv', () => {
  it('reads an Excel block with CRLF line ends and a final line break', () => {
    expect(parseTsv('India\t2023\t3,000\r\nChina\t2024\t\r\n')).toEqual([
      ['India', '2023', '3,000'],
      ['China', '2024', '']
    ])
  })

  it('reads a single cell from Google Sheets with no line break', () => {
    expect(parseTsv('NdPr oxide')).toEqual([['NdPr oxide']])
  })

  it('reads quoted cells holding tabs, newlines and doubled quotes', () => {
    const text = '"line one\nline two"\t"a\tb"\t"say ""hi"""\r\nplain\t"x"\tlast\r\n'
    expect(parseTsv(text)).toEqual([
      ['line one\nline two', 'a\tb', 'say "hi"'],
      ['plain', 'x', 'last']
    ])
  })

  it('reads a quote that does not open a quoted cell literally', () => {
    expect(parseTsv('5" pipe\t"unclosed\r\nnext\t"a"b\r\n')).toEqual([
      ['5" pipe', '"unclosed'],
      ['next', '"a"b']
    ])
  })

  it('keeps ragged rows as they are', () => {
    const block = parseTsv('a\tb\tc\nd\ne\tf\n')
    expect(block).toEqual([['a', 'b', 'c'], ['d'], ['e', 'f']])
    expect(blockWidth(block)).toBe(3)
    expect(cellCount(block)).toBe(6)
  })

  it('keeps formulas as text', () => {
    expect(parseTsv('=SUM(A1:A3)\t+1\r\n')).toEqual([['=SUM(A1:A3)', '+1']])
  })

  it('reads one empty cell as one empty cell, and nothing as no rows', () => {
    expect(parseTsv('\r\n')).toEqual([['']])
    expect(parseTsv('')).toEqual([])
  })

  it('reads LF-only and CR-only line ends', () => {
    expect(parseTsv('a\nb')).toEqual([['a'], ['b']])
    expect(parseTsv('a\rb\r')).toEqual([['a'], ['b']])
  })
})

describe('parseCsv', () => {
  it('reads RFC 4180 CSV with quoted commas', () => {
    expect(parseCsv('name,amount\r\n"Lynas, Malaysia","1,234.5"\r\n')).toEqual([
      ['name', 'amount'],
      ['Lynas, Malaysia', '1,234.5']
    ])
  })
})

const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '\t', '\n', '\r', '"', ',', '=', 'é', '中'), maxLength: 8 })
const anyCell = fc.oneof(cellText, fc.string({ unit: 'grapheme', maxLength: 6 }))
const block = fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })

describe('round trip', () => {
  it('copy then paste returns any block, TSV', () => {
    fc.assert(
      fc.property(block, (b) => {
        expect(parseTsv(formatTsv(b))).toEqual(b)
      }),
      { numRuns: 2000 }
    )
  })

  it('copy then paste returns any block, CSV', () => {
    fc.assert(
      fc.property(block, (b) => {
        expect(parseDelimited(formatDelimited(b, ','), ',')).toEqual(b)
      }),
      { numRuns: 1000 }
    )
  })

  it('parses 100,000 cells quickly enough to chunk (one pass, no backtracking)', () => {
    const text = formatTsv(Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 3 ? `"q ${r}"\tx` : `${r * c}`))))
    const parsed = parseTsv(text)
    expect(cellCount(parsed)).toBe(100_000)
    expect(parsed[9_999]![3]).toBe('"q 9999"\tx')
  })
})
