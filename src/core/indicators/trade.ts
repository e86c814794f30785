// Reading trade flows for indicators: one reporter's flows of one HS code in one direction, per year and
// partner, with quantities converted to kg and values in USD. Uses the (reporter, hs_code, flow, year) index,
// so a million-row trade table costs only the rows of the slice asked for.
import type { IndicatorParamDef, IndicatorRowRef } from '../../shared/analysis'
import { convert } from '../../shared/units'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

export type Measure = 'quantity' | 'value'

/** The parameters every trade-flow indicator shares: whose imports, which product, by value or by weight. */
export const REPORTER_PARAM: IndicatorParamDef = {
  name: 'reporter',
  label: 'Importing country',
  kind: 'country',
  default: 'CHN',
  description: 'The country whose imports are measured (ISO3 code).'
}
export const HS_PARAM: IndicatorParamDef = {
  name: 'hs',
  label: 'HS code',
  kind: 'hs',
  default: '2846',
  description: 'The tariff code of the product, as in Trade flows.'
}
export function measureParam(description: string): IndicatorParamDef {
  return {
    name: 'measure',
    label: 'Measure',
    kind: 'choice',
    default: 'value',
    choices: [
      { value: 'value', label: 'by value (USD)' },
      { value: 'quantity', label: 'by quantity (kg)' }
    ],
    description
  }
}

export interface FlowRow {
  id: number
  year: number
  partnerCode: string
  partnerName: string
  partnerKind: string
  quantity: number | null
  unit: string | null
  valueUsd: number | null
  valueBasis: string | null
  estimated: number
  sourceId: number | null
  sourceCode: string | null
  sourceTitle: string | null
}

const SQL = `SELECT t.id, t.year, p.code AS partnerCode, p.name AS partnerName, p.kind AS partnerKind, t.quantity, u.code AS unit,
  t.value_usd AS valueUsd, t.value_basis AS valueBasis, t.estimated, t.source_id AS sourceId, s.code AS sourceCode, s.title AS sourceTitle
  FROM trade_flow t JOIN country p ON p.id = t.partner_id LEFT JOIN unit u ON u.id = t.quantity_unit_id LEFT JOIN source s ON s.id = t.source_id
  WHERE t.reporter_id = ? AND t.hs_code = ? AND t.flow = ? ORDER BY t.year, t.id`

/**
 * One row per year and partner: where two sources report the same flow, the year's main source (the one with
 * the most partners that year; then the most rows in all; then the first added) is used, and the note says
 * which figures were set aside. Rows never add up across sources.
 */
export function flowSlice(db: Db, reporterId: number, hs: string, flow: string): { rows: FlowRow[]; note: string | null } {
  const all = prepared(db, SQL).all(reporterId, hs, flow) as FlowRow[]
  const sourceName = (r: FlowRow): string => r.sourceCode ?? 'no source'
  const overall = new Map<string, number>()
  for (const r of all) overall.set(sourceName(r), (overall.get(sourceName(r)) ?? 0) + 1)
  const byYear = new Map<number, FlowRow[]>()
  for (const r of all) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r])
  const rows: FlowRow[] = []
  const setAside = new Map<string, { used: string; years: number[] }>()
  for (const [year, list] of byYear) {
    const perSource = new Map<string, number>()
    for (const r of list) perSource.set(sourceName(r), (perSource.get(sourceName(r)) ?? 0) + 1)
    if (perSource.size === 1) {
      rows.push(...list)
      continue
    }
    const main = [...perSource.keys()].sort((a, b) => perSource.get(b)! - perSource.get(a)! || overall.get(b)! - overall.get(a)!)[0]!
    const byPartner = new Map<string, FlowRow>()
    for (const r of list) {
      const held = byPartner.get(r.partnerCode)
      if (!held || (sourceName(r) === main && sourceName(held) !== main)) byPartner.set(r.partnerCode, r)
    }
    for (const r of list) {
      if (byPartner.get(r.partnerCode) === r) continue
      const entry = setAside.get(sourceName(r)) ?? { used: main, years: [] }
      if (!entry.years.includes(year)) entry.years.push(year)
      setAside.set(sourceName(r), entry)
    }
    rows.push(...list.filter((r) => byPartner.get(r.partnerCode) === r))
  }
  rows.sort((a, b) => a.year - b.year || a.id - b.id)
  const note = setAside.size
    ? `Two sources report some of these flows: ${[...setAside]
        .map(([other, e]) => `${e.used} was used and ${other} set aside for ${e.years.join(', ')}`)
        .join('; ')} (one source per flow; a flow only another source reports is kept).`
    : null
  return { rows, note }
}

export function flowsOf(db: Db, reporterId: number, hs: string, flow: string): FlowRow[] {
  return flowSlice(db, reporterId, hs, flow).rows
}

/** The measure of a row in kg or USD; a reason in words when it cannot be read. */
export function measureOf(row: FlowRow, measure: Measure): { ok: true; value: number | null } | { ok: false; message: string } {
  if (measure === 'value') return { ok: true, value: row.valueUsd }
  if (row.quantity === null) return { ok: true, value: null }
  if (!row.unit) return { ok: false, message: `trade flow ${row.id} (${row.partnerName}, ${row.year}) has a quantity but no unit` }
  const c = convert(row.quantity, row.unit, 'kg')
  return c.ok ? { ok: true, value: c.value } : { ok: false, message: `trade flow ${row.id} (${row.partnerName}, ${row.year}): ${c.message}` }
}

export function flowRef(row: FlowRow, reporterName: string, hs: string, flow: string): IndicatorRowRef {
  const dir = flow === 'import' ? 'imports from' : flow === 'export' ? 'exports to' : `${flow} with`
  return {
    table: 'trade_flow',
    id: row.id,
    label: `${reporterName} ${dir} ${row.partnerName}, HS ${hs}, ${row.year}`,
    what: `${row.quantity === null ? 'no quantity' : `${row.quantity.toLocaleString('en-US')} ${row.unit ?? ''}`.trim()}; ${row.valueUsd === null ? 'no value' : `USD ${row.valueUsd.toLocaleString('en-US')}${row.valueBasis && row.valueBasis !== 'not stated' ? ` (${row.valueBasis})` : ''}`}${row.estimated ? '; estimated' : ''}`,
    value: row.quantity,
    unit: row.unit,
    year: row.year,
    source: row.sourceId === null ? null : { id: row.sourceId, code: row.sourceCode ?? String(row.sourceId), title: row.sourceTitle ?? '' }
  }
}

export function measureUnit(measure: Measure): string {
  return measure === 'value' ? 'USD' : 'kg'
}

/** Values mixing CIF and FOB cannot be added or compared; the first mixed pair found, in words. */
export function mixedTerms(rows: FlowRow[]): string | undefined {
  const terms = new Set(rows.filter((r) => r.valueUsd !== null && r.valueBasis && r.valueBasis !== 'not stated').map((r) => r.valueBasis))
  return terms.size > 1 ? `the values mix ${[...terms].join(' and ')} terms, which cannot be added or compared` : undefined
}
