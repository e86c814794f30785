// Trade layouts: the UN Comtrade classic CSV download (35 columns, ISO columns, W00 = World, totals only:
// 2nd partner World, all customs procedures, all modes of transport; flow codes M, X, RM, RX) and OEC net
// trade by country (an export and an import column per country, two flows against the World).
import type { Mapping } from '../../../shared/dataFiles'
import { column, hasColumns, samplesOf, yearIn, type LayoutContext, type Recognised } from './helpers'

const FLOW = { M: 'import', X: 'export', RM: 're-import', RX: 're-export' }
const TERMS = { M: 'CIF', X: 'FOB', RM: 'CIF', RX: 'FOB' }
/** The one source code of OEC files, whatever their product. */
const OEC = 'OEC'

export function comtradeClassic(ctx: LayoutContext): Recognised | null {
  if (!hasColumns(ctx, 'Trade Flow', 'Reporter ISO', 'Partner ISO', 'Commodity Code', 'Year', 'Trade Value (US$)')) return null
  const filter: NonNullable<Mapping['filter']> = [{ column: column(ctx, 'Trade Flow')!, op: 'in', value: Object.keys(FLOW) }]
  // totals only: each breakdown row (by 2nd partner, customs procedure, mode of transport) sits beside its total
  const second = column(ctx, '2nd Partner Code')
  if (second) filter.push({ column: second, op: 'equals', value: '0' })
  const customs = column(ctx, 'Customs Proc. Code')
  if (customs) filter.push({ column: customs, op: 'equals', value: 'C00' })
  const transport = column(ctx, 'Mode of Transport Code')
  if (transport) filter.push({ column: transport, op: 'equals', value: '0' })
  const hs = samplesOf(ctx, column(ctx, 'Commodity Code'))[0] ?? ''
  const code = hs ? `UNCOMTRADE-HS${hs}` : 'UNCOMTRADE'
  const weight = column(ctx, 'Netweight (kg)')
  const flag = column(ctx, 'Flag')
  const fields: Mapping['fields'] = {
    reporter_id: { column: column(ctx, 'Reporter ISO')! },
    partner_id: { column: column(ctx, 'Partner ISO')! },
    year: { column: column(ctx, 'Year')! },
    hs_code: { column: column(ctx, 'Commodity Code')! },
    flow: { column: column(ctx, 'Trade Flow')!, values: FLOW },
    value_usd: { column: column(ctx, 'Trade Value (US$)')! },
    value_basis: { column: column(ctx, 'Trade Flow')!, values: TERMS },
    source_id: { constant: code }
  }
  if (weight) Object.assign(fields, { quantity: { column: weight }, quantity_unit_id: { constant: 'kg' } })
  // Flag 0: as reported; any other flag: quantity (or value) estimated by the UN
  if (flag) fields.estimated = { column: flag, values: Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((f) => [f, f !== '0'])) }
  return {
    name: 'UN Comtrade classic CSV download (totals only)',
    mapping: {
      table: 'trade_flow',
      fields,
      filter,
      source: {
        code,
        title: `UN Comtrade, HS ${hs || 'all'}: trade by reporter and partner (legacy CSV download)`,
        publisher: 'United Nations Statistics Division',
        url: 'https://comtradeplus.un.org/'
      }
    }
  }
}

export function oecNetTrade(ctx: LayoutContext): Recognised | null {
  if (!hasColumns(ctx, 'ISO 3', 'Trade Value Export', 'Trade Value Import')) return null
  const year = yearIn(ctx.fileName)
  // an OEC file does not name its product: its folder or name may (net_trade_2022.xlsx in oec_hs2846/)
  const hs = /hs[ _-]?(\d{4,6})/i.exec(ctx.hint)?.[1] ?? /hs[ _-]?(\d{4,6})/i.exec(ctx.fileName)?.[1] ?? null
  const exp = column(ctx, 'Trade Value Export')!
  const imp = column(ctx, 'Trade Value Import')!
  const fields: Mapping['fields'] = {
    reporter_id: { column: column(ctx, 'ISO 3')! },
    partner_id: { constant: 'WLD' },
    flow: { values: { [exp]: 'export', [imp]: 'import' } },
    value_basis: { constant: 'not stated' },
    // one source for every OEC file, whatever its product (the flow's HS code tells them apart), so a file
    // imported from its folder (the CLI) and by its name alone (the wizard) gives the same rows
    source_id: { constant: OEC }
  }
  if (year !== null) fields.year = { constant: year }
  if (hs) fields.hs_code = { constant: hs }
  const ask = {
    year: `Year: ${ctx.fileName} does not say which year its figures are for (OEC puts it in the file's name, net_trade_2022). Give the year as one value for every row.`,
    hs_code: `HS code: OEC's net trade files do not say which product they cover, and neither does the name ${ctx.fileName}. Give the HS code the file was downloaded for as one value for every row (2846 for rare-earth compounds).`
  }
  return {
    name: `OEC net trade by country${year ? `, ${year}` : ''}`,
    mapping: {
      table: 'trade_flow',
      fields,
      unpivot: { columns: [exp, imp], valueInto: 'value_usd', headerInto: ['flow'] },
      source: {
        code: OEC,
        title: 'Observatory of Economic Complexity: net trade by country and product',
        publisher: 'Observatory of Economic Complexity',
        url: 'https://oec.world/'
      },
      ask
    }
  }
}
