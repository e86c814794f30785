// 'rows.find': the rows of a view (current sort and filters) with a cell containing the query, as positions in
// that view and the columns that matched, for Ctrl+F's highlights and next/previous. The query is a bound LIKE
// pattern (references match their label through a sub-select); big views are walked a slice per turn.
import type { ParsedInput } from '../../shared/api'
import type { FindMatch, FindResult } from '../../shared/grids'
import { tableDef } from '../../shared/schema'
import { parseNumber } from '../../shared/validate'
import type { Db } from '../db/open'
import { escapeLike } from '../tables/query'
import { ident, requireColumn } from '../tables/sql'
import { yieldTurn } from './cache'
import { PAGING, readFrom, viewFor } from './pages'
import type { Cursor } from './view'

type FindInput = ParsedInput<'rows.find'>
const NUMERIC = new Set(['number', 'integer', 'year'])

interface Matcher {
  columns: string[]
  exprs: string[]
  params: string[]
}

/** One LIKE per searchable column; numbers are matched without the thousands separators they are shown with. */
function matcher(input: FindInput): Matcher {
  const def = tableDef(input.table)
  const names = input.columns ?? def.columns.map((c) => c.name)
  const text = input.query.trim()
  const plainNumber = parseNumber(text)
  const numberText = plainNumber !== null && Number.isFinite(plainNumber) && /[,\s]/.test(text) ? String(plainNumber) : text
  const columns = names.filter((name) => requireColumn(input.table, name).type !== 'bool')
  const exprs = columns.map((name) => {
    const col = requireColumn(input.table, name)
    if (col.type !== 'ref' || !col.ref) return `(t.${ident(name)} LIKE ? ESCAPE '\\')`
    const label = ident(tableDef(col.ref).labelColumn)
    return `(t.${ident(name)} IN (SELECT r.id FROM ${ident(col.ref)} r WHERE r.${label} LIKE ? ESCAPE '\\'))`
  })
  const params = columns.map((name) => `%${escapeLike(NUMERIC.has(requireColumn(input.table, name).type) ? numberText : text)}%`)
  return { columns, exprs, params }
}

export async function findInView(db: Db, input: FindInput): Promise<FindResult> {
  const m = matcher(input)
  if (m.columns.length === 0) return { matches: [], more: false }
  const v = viewFor(db, input)
  const want = input.limit + 1
  const read = { select: `${v.key ?? 'NULL'}, t.id, ${m.exprs.join(', ')}`, selectParams: m.params, raw: true }
  // Without a keyset (several sort columns) the view is read at once; otherwise a slice per turn from a cursor.
  const slice = v.keyset ? PAGING.slice : 100_000_000
  const matches: FindMatch[] = []
  let cursor: Cursor | null = null
  for (let position = 0; matches.length < want;) {
    const rows: (string | number | null)[][] = readFrom(db, v, cursor, read, slice, 0)
    rows.forEach((r, i) => {
      const hit = m.columns.filter((_, c) => r[c + 2] === 1)
      if (hit.length && matches.length < want) matches.push({ position: position + i, id: Number(r[1]), columns: hit })
    })
    position += rows.length
    if (rows.length < slice) break
    const last: (string | number | null)[] = rows[rows.length - 1]!
    cursor = { key: last[0] ?? null, id: Number(last[1]) }
    await yieldTurn()
  }
  return { matches: matches.slice(0, input.limit), more: matches.length > input.limit }
}
