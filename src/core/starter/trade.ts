// Derives trade_flow rows from the UN Comtrade figures in facts.csv ('China (imports from X)', import_volume in kg
// and import_value in USD (CIF), product 'HS 2846 ...'): one row per reporter, partner, year, HS code and flow,
// with quantity in kg, value in USD, the CIF/FOB basis, an estimated flag and a note naming the figures used.
import { convert } from '../../shared/units'
import type { Db } from '../db/open'
import { countryByName } from './countries'
import type { LoadedFigure } from './figures'
import { insertRow, type Lookups } from './lookups'

interface FlowGroup {
  reporter: string
  partner: string
  year: number
  hsCode: string
  flow: 'import' | 'export'
  quantity?: LoadedFigure
  value?: LoadedFigure
}

const INDICATORS: Readonly<Record<string, { flow: 'import' | 'export'; part: 'quantity' | 'value' }>> = {
  import_volume: { flow: 'import', part: 'quantity' },
  import_value: { flow: 'import', part: 'value' },
  export_volume: { flow: 'export', part: 'quantity' },
  export_value: { flow: 'export', part: 'value' }
}

/** The trade reading of a figure, or undefined when it is not a partner-level HS trade figure. */
function tradeKey(f: LoadedFigure): (Omit<FlowGroup, 'quantity' | 'value'> & { part: 'quantity' | 'value' }) | undefined {
  const kind = INDICATORS[f.row.indicator.trim()]
  const scope = /^(imports from|exports to) (.+)$/i.exec(f.place.scope ?? '')
  const hs = /\bHS\s*(\d{4}(?:\.\d{2,4})*)/i.exec(f.row.element_or_product)
  if (!kind || !scope || !hs || f.period.year === null || f.period.kind !== 'calendar year') return undefined
  const flow = scope[1].toLowerCase() === 'imports from' ? 'import' : 'export'
  if (flow !== kind.flow) return undefined
  const partner = countryByName(scope[2])
  if (!partner) throw new Error(`facts.csv ${f.row.id}: trade partner "${scope[2]}" is not a known country.`)
  return { reporter: f.place.code, partner: partner.code, year: f.period.year, hsCode: hs[1], flow, part: kind.part }
}

export function groupTradeFigures(figures: Iterable<LoadedFigure>): FlowGroup[] {
  const groups = new Map<string, FlowGroup>()
  for (const f of figures) {
    const k = tradeKey(f)
    if (!k) continue
    const id = [k.reporter, k.partner, k.year, k.hsCode, k.flow].join('|')
    const group = groups.get(id) ?? { reporter: k.reporter, partner: k.partner, year: k.year, hsCode: k.hsCode, flow: k.flow }
    if (group[k.part]) throw new Error(`facts.csv: ${group[k.part]!.row.id} and ${f.row.id} give the same trade ${k.part}.`)
    group[k.part] = f
    groups.set(id, group)
  }
  return [...groups.values()]
}

function convertOrThrow(f: LoadedFigure, to: string): number | null {
  if (f.value.value === null) return null
  const c = convert(f.value.value, f.unit, to)
  if (!c.ok) throw new Error(`facts.csv ${f.row.id}: ${c.message}`)
  return c.value
}

function isEstimated(f: LoadedFigure | undefined): boolean {
  return Boolean(f && (f.row.value_qualifier.trim() === 'e' || /\bestimated\b/i.test(f.row.note)))
}

function flowNote(g: FlowGroup): string {
  const parts: { f: LoadedFigure; what: string }[] = []
  if (g.quantity) parts.push({ f: g.quantity, what: 'quantity' })
  if (g.value) parts.push({ f: g.value, what: 'value' })
  const used = parts.map((p) => `${p.f.row.id} (${p.what})`).join(' and ')
  const notes = parts.filter((p) => p.f.row.note.trim() !== '').map((p) => `${p.f.row.id}: ${p.f.row.note.trim()}`)
  return [`Derived from figures ${used}.`, ...notes].join(' ')
}

/** Insert one trade_flow per group; returns how many. */
export function loadTradeFlows(db: Db, figures: Iterable<LoadedFigure>, lookups: Lookups): number {
  const groups = groupTradeFigures(figures)
  for (const g of groups) {
    const terms = g.value?.unit.terms
    const source = g.quantity?.row.source_id ?? g.value?.row.source_id ?? ''
    insertRow(db, 'trade_flow', {
      reporter_id: lookups.country(g.reporter),
      partner_id: lookups.country(g.partner),
      year: g.year,
      hs_code: g.hsCode,
      flow: g.flow,
      quantity: g.quantity ? convertOrThrow(g.quantity, 'kg') : null,
      quantity_unit_id: g.quantity ? lookups.unit('kg').id : null,
      value_usd: g.value ? convertOrThrow(g.value, terms ? `USD (${terms})` : 'USD') : null,
      value_basis: terms ?? 'not stated',
      estimated: isEstimated(g.quantity) || isEstimated(g.value) ? 1 : 0,
      source_id: lookups.source(source, 'trade flow'),
      note: flowNote(g)
    })
  }
  return groups.length
}
