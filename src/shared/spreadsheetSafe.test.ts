// The CSV field rules every export shares: formula starts neutralised at a field's start and after any common
// separator, fields with a separator, quote or line break quoted, numbers and booleans untouched.
import { describe, expect, it } from 'vitest'
import { csvField, csvLine, neutralise, neutraliseFormulaText } from './spreadsheetSafe'

describe('neutraliseFormulaText', () => {
  it('makes a formula start literal at the beginning of the text', () => {
    for (const s of ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd']) expect(neutraliseFormulaText(s)).toBe(`'${s}`)
    // A tab or carriage return first is itself a start some spreadsheets skip, and a separator before "=".
    expect(neutraliseFormulaText('\t=tab')).toBe("'\t'=tab")
    expect(neutraliseFormulaText('\rcr')).toBe("'\rcr")
  })
  it('and after each separator a locale may split on, with or without spaces', () => {
    expect(neutraliseFormulaText('x;=10*10;y')).toBe("x;'=10*10;y")
    expect(neutraliseFormulaText('a,+1|@b\t-3')).toBe("a,'+1|'@b\t'-3")
    expect(neutraliseFormulaText('note;  =HYPERLINK("x")')).toBe('note;  \'=HYPERLINK("x")')
    expect(neutraliseFormulaText('line one\n=2+2')).toBe("line one\n'=2+2")
  })
  it('leaves ordinary text alone', () => {
    for (const s of ['India', 'Lynas 3261; MP 232', 'a - b', 'e-mail', '2,900 t REO', '']) expect(neutraliseFormulaText(s)).toBe(s)
  })
  it('passes numbers, booleans and null unchanged', () => {
    expect(neutralise(-5)).toBe(-5)
    expect(neutralise(true)).toBe(true)
    expect(neutralise(null)).toBe(null)
  })
})

describe('csvField', () => {
  it('quotes every field holding a comma, semicolon, tab, pipe, quote or line break', () => {
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('a|b')).toBe('"a|b"')
    expect(csvField('a\tb')).toBe('"a\tb"')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(' padded ')).toBe('" padded "')
    expect(csvField('plain')).toBe('plain')
  })
  it('neutralises inside quotes too', () => {
    expect(csvField('x;=10*10;y')).toBe('"x;\'=10*10;y"')
    expect(csvField('=1+1')).toBe("'=1+1")
  })
  it('writes numbers as numbers and empties as nothing', () => {
    expect(csvLine([-5, 1234.5, null, undefined, true, Number.NaN])).toBe('-5,1234.5,,,true,')
  })
})
