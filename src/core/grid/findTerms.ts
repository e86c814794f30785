// What a Find query means: its words and "quoted phrases" (a row matches when every one is in some cell of the
// row, each in any column), and each term as bound LIKE conditions per column: text inside a cell, a number as
// shown without its thousands separators, a reference through its label (a sub-select of the referenced table).
import { tableDef, type TableName } from '../../shared/schema'
import { parseNumber } from '../../shared/validate'
import { escapeLike } from '../tables/query'
import { ident, requireColumn } from '../tables/sql'

export interface Term {
  /** The word or phrase as typed (without its quotes). */
  text: string
  /** The text to look for in number columns: "805,860" is 805860 there. */
  numberText: string
}

const NUMERIC = new Set(['number', 'integer', 'year'])

/** Words split at spaces; "a quoted phrase" is one term. Repeated terms count once; at most 16 terms. */
export function parseTerms(query: string): Term[] {
  const texts: string[] = []
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const text = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ')
    if (text !== '' && !texts.some((t) => t.toLowerCase() === text.toLowerCase())) texts.push(text)
  }
  return texts.slice(0, 16).map((text) => {
    const n = parseNumber(text)
    return { text, numberText: n !== null && Number.isFinite(n) && /[,\s]/.test(text) ? String(n) : text }
  })
}

export function isNumeric(table: TableName, column: string): boolean {
  return NUMERIC.has(requireColumn(table, column).type)
}

/** Columns Find looks in: the ones asked for (the grid's visible ones) or all; never flags or the row version. */
export function searchableColumns(table: TableName, asked: string[] | undefined): string[] {
  const names = asked ?? tableDef(table).columns.map((c) => c.name)
  return names.filter((name) => {
    const col = requireColumn(table, name)
    return col.type !== 'bool' && name !== 'version'
  })
}

export interface Condition {
  sql: string
  params: string[]
}

/** "This column's cell contains the term" as SQL on `t`. */
export function cellCondition(table: TableName, column: string, term: Term): Condition {
  const col = requireColumn(table, column)
  const param = `%${escapeLike(NUMERIC.has(col.type) ? term.numberText : term.text)}%`
  if (col.type !== 'ref' || !col.ref) return { sql: `(t.${ident(column)} LIKE ? ESCAPE '\\')`, params: [param] }
  const label = ident(tableDef(col.ref).labelColumn)
  return { sql: `(t.${ident(column)} IN (SELECT r.id FROM ${ident(col.ref)} r WHERE r.${label} LIKE ? ESCAPE '\\'))`, params: [param] }
}

function join(parts: Condition[], op: 'AND' | 'OR'): Condition {
  if (parts.length === 0) return { sql: op === 'AND' ? '1' : '0', params: [] }
  return { sql: `(${parts.map((p) => p.sql).join(` ${op} `)})`, params: parts.flatMap((p) => p.params) }
}

/** "The row has every term in some column". */
export function rowCondition(table: TableName, columns: string[], terms: Term[]): Condition {
  return join(
    terms.map((term) =>
      join(
        columns.map((c) => cellCondition(table, c, term)),
        'OR'
      )
    ),
    'AND'
  )
}

/** Per column, how many of the terms its cell holds (which cells to highlight, the best first). */
export function columnFlags(table: TableName, columns: string[], terms: Term[]): Condition[] {
  return columns.map((c) => {
    const parts = terms.map((term) => cellCondition(table, c, term))
    return { sql: `(${parts.map((p) => `coalesce(${p.sql}, 0)`).join(' + ')})`, params: parts.flatMap((p) => p.params) }
  })
}
