// 'search.all' (Ctrl+K): rows of every table with a text cell containing the query, a few per table, each with
// its label and the matching text. Big tables are read in id slices that yield between them, stopping as soon
// as enough rows matched. The query is a bound LIKE pattern; identifiers come from the registry.
import type { SearchHit } from '../../shared/grids'
import { TABLES, type TableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { escapeLike } from '../tables/query'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import { yieldTurn } from './cache'
import { PAGING } from './pages'

type Found = Record<string, string | number | null>

function snippet(text: string, query: string): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase())
  if (text.length <= 90) return text
  const start = Math.max(0, at - 30)
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 90).trim()}${start + 90 < text.length ? '…' : ''}`
}

function hitOf(def: TableDef, row: Found, columns: string[], query: string): SearchHit {
  const q = query.toLowerCase()
  const column =
    columns.find((c) =>
      String(row[c] ?? '')
        .toLowerCase()
        .includes(q)
    ) ?? columns[0]!
  const label = row.__label === null || row.__label === undefined || def.labelColumn === 'id' ? `${def.singular} ${row.id}` : String(row.__label)
  return { table: def.name, id: Number(row.id), label, column, snippet: snippet(String(row[column] ?? ''), query) }
}

async function searchTable(db: Db, def: TableDef, query: string, limit: number): Promise<SearchHit[]> {
  const columns = def.columns.filter((c) => c.type === 'text' || c.type === 'longtext').map((c) => c.name)
  if (columns.length === 0) return []
  const like = `%${escapeLike(query)}%`
  const match = columns.map((c) => `${ident(c)} LIKE ? ESCAPE '\\'`).join(' OR ')
  const select = `SELECT id, ${ident(def.labelColumn)} AS __label, ${columns.map(ident).join(', ')} FROM ${ident(def.name)}`
  const bounds = prepared(db, `SELECT min(id) AS lo, max(id) AS hi FROM ${ident(def.name)}`).get() as { lo: number | null; hi: number | null }
  if (bounds.lo === null || bounds.hi === null) return []
  const hits: SearchHit[] = []
  const sql = `${select} WHERE (${match}) AND id >= ? AND id < ? ORDER BY id LIMIT ?`
  for (let lo = bounds.lo; lo <= bounds.hi && hits.length < limit; lo += PAGING.slice) {
    const rows = prepared(db, sql).all(...columns.map(() => like), lo, lo + PAGING.slice, limit - hits.length) as Found[]
    hits.push(...rows.map((row) => hitOf(def, row, columns, query)))
    if (lo + PAGING.slice <= bounds.hi) await yieldTurn()
  }
  return hits
}

/** Labels that start with the query first, then the rest in table order. */
function rank(hits: SearchHit[], query: string): SearchHit[] {
  const q = query.toLowerCase()
  const score = (h: SearchHit): number => (h.label.toLowerCase() === q ? 0 : h.label.toLowerCase().startsWith(q) ? 1 : 2)
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => score(a.h) - score(b.h) || a.i - b.i)
    .map((x) => x.h)
}

export async function searchAll(db: Db, query: string, perTable: number): Promise<SearchHit[]> {
  const text = query.trim()
  if (text === '') return []
  const hits: SearchHit[] = []
  for (const def of TABLES) hits.push(...(await searchTable(db, def, text, perTable)))
  return rank(hits, text)
}
