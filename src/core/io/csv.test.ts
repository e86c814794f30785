// CSV streaming: records read chunk by chunk come out exactly as written, whatever falls on a chunk's edge
// (quoted delimiters, quoted line breaks, doubled quotes, CRLF), and a malformed row says what is wrong.
import { describe, expect, it } from 'vitest'
import { headCsv, streamCsv, type CsvRecord } from './csv'

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function readAll(text: string): CsvRecord[] {
  const out: CsvRecord[] = []
  streamCsv(text, ',', (r) => {
    out.push(r)
  })
  return out
}

describe('streamCsv', () => {
  it.each(['\n', '\r\n'])('reads a file of many chunks record for record, quotes and line breaks across chunk edges included (%j)', (eol) => {
    // About 800 KB: fields of every awkward kind, of lengths that move them across each 64 KB edge in turn.
    const rows = Array.from({ length: 12_000 }, (_, i) => [
      `row ${i}`,
      `a, "quoted" ${'x'.repeat(i % 37)}`,
      i % 3 === 0 ? `two\nlines ${i}` : i % 3 === 1 ? `crlf\r\nin ${i}` : String(i * 1.5),
      i % 5 === 0 ? '' : `"${i}"`
    ])
    const text = ['name,note,value,code', ...rows.map((r) => r.map(quoted).join(','))].join(eol)
    expect(text.length).toBeGreaterThan(700_000)
    const records = readAll(text)
    expect(records).toHaveLength(rows.length + 1)
    expect(records.filter((r) => r.error)).toEqual([])
    expect(records[0]!.fields).toEqual(['name', 'note', 'value', 'code'])
    for (let k = 0; k < rows.length; k++) expect(records[k + 1]!.fields).toEqual(rows[k])
    expect(records[records.length - 1]!.cursor).toBe(text.length)
  })

  it('stops when the visitor says so, and headCsv gives the first records only', () => {
    const text = ['a,b', ...Array.from({ length: 50_000 }, (_, i) => `${i},${i * 2}`)].join('\n')
    let seen = 0
    streamCsv(text, ',', () => ++seen < 10)
    expect(seen).toBe(10)
    expect(headCsv(text, ',', 3).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['0', '0'],
      ['1', '2']
    ])
  })

  it('names an unclosed quote in words', () => {
    const records = readAll('a,b\n1,"never closed\n2,3\n')
    expect(records.some((r) => r.error?.startsWith('a quoted field is never closed'))).toBe(true)
  })
})
