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

export function flowsOf(db: Db, reporterId: number, hs: string, flow: string): FlowRow[] {
  return prepared(db, SQL).all(reporterId, hs, flow) as FlowRow[]
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
