// Finding rows to cite: figures by F-number or by product words, trade flows by partner, facilities,
// initiatives and sources by name or code (rows.lookup), each result in one readable line.
import type { Row } from '../../../shared/api'
import { call } from '../api/client'

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

export async function searchRows(table: SearchTable, query: string): Promise<Hit[]> {
  const q = query.trim()
  if (table === 'observation') {
    const filters = /^F\d+$/i.test(q)
      ? [{ column: 'code', op: 'startsWith' as const, value: q.toUpperCase() }]
      : q
        ? [{ column: 'subject', op: 'contains' as const, value: q }]
        : []
    const page = await call('rows.page', { table, offset: 0, limit: 12, sort: [], filters })
    return page.rows.map(figureHit)
  }
  if (table === 'trade_flow') {
    const filters = q ? [{ column: 'partner_id', op: 'contains' as const, value: q }] : []
    const page = await call('rows.page', { table, offset: 0, limit: 12, sort: [{ column: 'year', dir: 'desc' }], filters })
    return page.rows.map(flowHit)
  }
  const items = await call('rows.lookup', { table, query: q, limit: 12 })
  return items.map((i) => ({ id: i.id, label: i.label, detail: i.detail === i.label ? '' : i.detail }))
}
