// Finding rows to cite: figures by F-number or by product words, trade flows by partner, facilities,
// initiatives and sources by name or code (rows.lookup), each result in one readable line. The search is a
// query (data/queries.ts), asked once the typing pauses.
import type { Input, Row } from '../../../shared/api'
import { useCall } from '../data/queries'
import { useDebounced } from '../data/useDebounced'

export type SearchTable = 'observation' | 'trade_flow' | 'facility' | 'initiative' | 'source'
export interface Hit {
  id: number
  label: string
  detail: string
}

export const SEARCH_TABLES: { table: SearchTable; label: string; hint: string }[] = [
  { table: 'observation', label: 'Figures', hint: 'F-number or product words, e.g. F0205 or magnets' },
  { table: 'trade_flow', label: 'Trade flows', hint: 'partner, e.g. Myanmar' },
  { table: 'facility', label: 'Facilities', hint: 'name or code' },
  { table: 'initiative', label: 'Initiatives', hint: 'name or code' },
  { table: 'source', label: 'Sources', hint: 'source code, e.g. USGS' }
]

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v))

function figureHit(r: Row): Hit {
  const value = r.value === null ? 'no value' : `${Number(r.value).toLocaleString('en-US')} ${s(r.unit_id__label)}`
  return {
    id: Number(r.id),
    label: `${s(r.code)} · ${s(r.country_id__label)} · ${s(r.subject)}`,
    detail: `${s(r.indicator_id__label)}, ${s(r.period)}: ${value} (${s(r.source_id__label)})`
  }
}

function flowHit(r: Row): Hit {
  return {
    id: Number(r.id),
    label: `${s(r.reporter_id__label)} ${s(r.flow)} ${r.flow === 'export' ? 'to' : 'from'} ${s(r.partner_id__label)}, HS ${s(r.hs_code)}, ${s(r.year)}`,
    detail: `${r.quantity === null ? 'no quantity' : `${Number(r.quantity).toLocaleString('en-US')} ${s(r.quantity_unit_id__label)}`}; ${r.value_usd === null ? 'no value' : `USD ${Number(r.value_usd).toLocaleString('en-US')}`}`
  }
}

/** The page of rows a figure or trade flow search reads, or null for the tables searched by lookup. */
function pageArgs(table: SearchTable, q: string): Input<'rows.page'> | null {
  if (table === 'observation') {
    const filters = /^F\d+$/i.test(q)
      ? [{ column: 'code', op: 'startsWith' as const, value: q.toUpperCase() }]
      : q
        ? [{ column: 'subject', op: 'contains' as const, value: q }]
        : []
    return { table, offset: 0, limit: 12, sort: [], filters }
  }
  if (table === 'trade_flow') {
    const filters = q ? [{ column: 'partner_id', op: 'contains' as const, value: q }] : []
    return { table, offset: 0, limit: 12, sort: [{ column: 'year', dir: 'desc' }], filters }
  }
  return null
}

/**
 * Rows of `table` matching what is typed now (nothing while `table` is null): never the answer to an earlier
 * query, so a quick click cannot cite a row of the previous list (pending meanwhile).
 */
export function useEvidenceSearch(table: SearchTable | null, query: string): { hits: Hit[]; error: string | null; pending: boolean } {
  const typed = query.trim()
  const q = useDebounced(typed, 150)
  const page = table ? pageArgs(table, q) : null
  const paged = useCall('rows.page', page, { keepPrevious: false })
  const looked = useCall('rows.lookup', table && !page ? { table, query: q, limit: 12 } : null, { keepPrevious: false })
  const error = paged.error ?? looked.error
  if (q !== typed) return { hits: [], error, pending: true }
  if (paged.data) return { hits: paged.data.rows.map(table === 'trade_flow' ? flowHit : figureHit), error, pending: false }
  if (looked.data) return { hits: looked.data.map((i) => ({ id: i.id, label: i.label, detail: i.detail === i.label ? '' : i.detail })), error, pending: false }
  return { hits: [], error, pending: table !== null && error === null }
}
