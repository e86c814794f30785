// Text a spreadsheet opens must never run as a formula, whatever separator the user's locale picks when opening
// a CSV (`,` `;` tab `|`): formula starts at the beginning of a field and after any of those separators get a
// leading apostrophe, and every field holding a separator, quote or line break is quoted. Numbers pass unchanged.

/** A formula start (= + - @, or a tab or carriage return that some spreadsheets skip) at a field's beginning. */
const LEADING = /^[=+\-@\t\r]/

/** The same after a separator or a line break (and any spaces a trimming import would remove). */
const AFTER_SEPARATOR = /([,;\t|\r\n])([ \u00a0]*)(?=[=+\-@])/g

/** Text with every place a spreadsheet could start a formula made literal by an apostrophe. */
export function neutraliseFormulaText(text: string): string {
  const inner = text.replace(AFTER_SEPARATOR, "$1$2'")
  return LEADING.test(inner) ? `'${inner}` : inner
}

/** A value neutralised for a spreadsheet: only strings change; numbers, booleans and null pass as they are. */
export function neutralise<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormulaText(value) : value
}

/** A quote, a line break, any separator, or spaces at either end (which a trimming import would lose). */
const NEEDS_QUOTES = /["\r\n,;\t|]|^\s|\s$/

/** One CSV field (RFC 4180), neutralised and quoted when it holds any common separator, a quote or a line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = neutraliseFormulaText(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line of fields, without its line ending. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvField).join(',')
}
