// Suggested mappings: each target field takes the file column whose header matches its name, label or a
// common synonym ("Qty", "Partner ISO", "Statistics_detail"); UN Comtrade answers get their known mapping,
// named as a layout, with flow codes translated (M -> import, CIF for imports) and a source. The analyst
// reviews every suggestion.
import type { ImportTable, Mapping, SourceColumn } from '../../shared/dataFiles'
import { editableColumns } from '../../shared/schema'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  country_id: ['country', 'country or locality', 'nation', 'economy', 'location', 'country name', 'iso3'],
  indicator_id: ['indicator', 'statistic', 'statistics', 'measure', 'variable', 'series'],
  subject: ['subject', 'element', 'product', 'commodity', 'element or product', 'item', 'statistics detail', 'material'],
  period: ['period', 'time period', 'fiscal year'],
  year: ['year', 'ref year', 'refyear', 'time', 'yr'],
  value: ['value', 'amount', 'obs value', 'figure', 'data'],
  unit_id: ['unit', 'units', 'uom', 'unit of measure', 'measure unit'],
  qualifier: ['qualifier', 'flag', 'value qualifier', 'obs status'],
  source_id: ['source', 'source id', 'source code', 'reference'],
  locator: ['locator', 'page', 'table', 'source locator'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks', 'footnote'],
  reporter_id: ['reporter', 'reporter iso', 'reporteriso', 'reporter code', 'reporting country', 'importer', 'declarant'],
  partner_id: ['partner', 'partner iso', 'partneriso', 'partner country', 'origin', 'destination', 'country of origin'],
  hs_code: ['hs code', 'hs', 'cmd code', 'cmdcode', 'commodity code', 'product code', 'hs6', 'tariff code', 'hts code'],
  flow: ['flow', 'flow code', 'flowcode', 'trade flow', 'direction', 'flow desc'],
  quantity: ['quantity', 'qty', 'net weight', 'netwgt', 'weight', 'volume', 'gross weight'],
  quantity_unit_id: ['quantity unit', 'qty unit', 'qtyunitabbr', 'qty unit abbr', 'unit of quantity'],
  value_usd: ['value usd', 'value (usd)', 'trade value', 'primary value', 'primaryvalue', 'usd', 'value us$', 'cif value', 'cifvalue'],
  value_basis: ['value basis', 'terms', 'incoterms'],
  estimated: ['estimated', 'is qty estimated', 'isqtyestimated', 'estimate', 'estimated flag'],
  capacity_unit_id: ['capacity unit'],
  title: ['title', 'name of source', 'document'],
  published: ['published', 'date', 'publication date'],
  url: ['url', 'link', 'web', 'path'],
  source_type: ['type', 'source type', 'kind of source']
}

/** "Country or locality2" -> "country or locality"; "partnerISO" -> "partneriso"; "Statistics_detail" -> "statistics detail". */
export function normaliseHeader(name: string): string {
  return name
    .toLowerCase()
    .replace(/[_\-./]+/g, ' ')
    .replace(/(\D)\d{1,2}$/, '$1')
    .replace(/[^a-z0-9()$% ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function score(field: { name: string; label: string }, header: string): number {
  const names = [field.name.replace(/_id$/, '').replace(/_/g, ' '), field.label.toLowerCase(), ...(SYNONYMS[field.name] ?? [])].map(normaliseHeader)
  if (names.includes(header)) return 3
  if (names.some((n) => n.length > 3 && (header.startsWith(`${n} `) || header.endsWith(` ${n}`)))) return 1
  return 0
}

/** The layout name a UN Comtrade API answer is shown under (the wizard's mapping, the CLI). */
export const COMTRADE_API = 'UN Comtrade API answer (JSON)'

/**
 * A UN Comtrade API answer's mapping. Its source: the dataset's Comtrade source for the answer's HS code (the
 * starter's UNCOMTRADE-CHN-2846), else a new one named by that code, so no flow comes in without a source and
 * none cites a source of another product.
 */
function comtradeMapping(db: Db, columns: readonly SourceColumn[]): Mapping {
  const sample = columns.find((c) => c.name === 'cmdCode')?.samples[0] ?? ''
  const hs = /^\d{2,6}$/.test(sample) ? sample : null
  const codes = prepared(db, "SELECT code FROM source WHERE code LIKE '%COMTRADE%' COLLATE NOCASE ORDER BY id").all() as { code: string }[]
  const known = codes.find((s) => hs === null || new RegExp(`(^|\\D)${hs}($|\\D)`).test(s.code))
  const code = known?.code ?? (hs ? `UNCOMTRADE-HS${hs}` : 'UNCOMTRADE')
  const fields: Mapping['fields'] = {
    reporter_id: { column: 'reporterISO' },
    partner_id: { column: 'partnerISO' },
    year: { column: 'refYear' },
    hs_code: { column: 'cmdCode' },
    flow: { column: 'flowCode', values: { M: 'import', X: 'export', RM: 're-import', RX: 're-export' } },
    quantity: { column: 'qty' },
    quantity_unit_id: { column: 'qtyUnitAbbr', values: { 'N/A': null } },
    value_usd: { column: 'primaryValue' },
    value_basis: { column: 'flowCode', values: { M: 'CIF', X: 'FOB', RM: 'CIF', RX: 'FOB' } },
    estimated: { column: 'isQtyEstimated' },
    source_id: { constant: code }
  }
  const source = known
    ? undefined
    : {
        code,
        title: `UN Comtrade, HS ${hs ?? 'all'}: trade by reporter and partner (API answer)`,
        publisher: 'United Nations Statistics Division',
        url: 'https://comtradeplus.un.org/'
      }
  return { table: 'trade_flow', layout: COMTRADE_API, fields, ...(source ? { source } : {}) }
}

export function suggestMapping(db: Db, table: ImportTable, columns: readonly SourceColumn[], comtrade: boolean): Mapping {
  if (comtrade && table === 'trade_flow') return comtradeMapping(db, columns)
  const headers = columns.map((c) => normaliseHeader(c.name))
  const used = new Set<number>()
  const fields: Mapping['fields'] = {}
  for (const field of editableColumns(table)) {
    let best = -1
    let bestScore = 0
    headers.forEach((h, i) => {
      const s = used.has(i) ? 0 : score(field, h)
      if (s > bestScore) [best, bestScore] = [i, s]
    })
    if (best >= 0) {
      used.add(best)
      fields[field.name] = { column: columns[best]!.name }
    }
  }
  return { table, fields }
}
