// Plain tables of facilities and initiatives as publishers put them out: the USGS deposits database (Open-File
// Report 2002-189: record ids as codes, so same-named deposits in one country coexist), an ArcGIS REST answer
// of Canadian processing facilities, and the Ontario Critical Minerals Innovation Fund grants (amounts in CAD).
import { column, hasColumns, type LayoutContext, type Recognised } from './helpers'

export function depositsTable(ctx: LayoutContext): Recognised | null {
  if (!hasColumns(ctx, 'rec_id', 'deptype', 'depname', 'country', 'status')) return null
  const report = /ofr[ _-]?(\d{4})[ _-](\d+)/i.exec(ctx.fileName)
  const code = report ? `USGS-OFR${report[1]}-${report[2]}` : 'USGS-REE-DEPOSITS'
  return {
    name: `USGS rare-earth deposits database${report ? ` (Open-File Report ${report[1]}-${report[2]})` : ''}`,
    mapping: {
      table: 'facility',
      fields: {
        // the record id is the key: the file holds same-named deposits in one country (Big Creek, Idaho and Wyoming)
        code: { column: column(ctx, 'rec_id')!, prefix: report ? `OFR${report[1]}-${report[2]}-` : 'DEP-' },
        name: { column: column(ctx, 'depname')! },
        country_id: { column: column(ctx, 'country')! },
        stage: { constant: 'deposit' },
        status: { constant: 'unknown' },
        status_note: { column: column(ctx, 'status')! },
        ...(column(ctx, 'comments') ? { description: { column: column(ctx, 'comments')! } } : {}),
        source_id: { constant: code }
      },
      source: {
        code,
        title: report
          ? `Rare earth element mines, deposits, and occurrences (USGS Open-File Report ${report[1]}-${report[2]}, Orris and Grauch)`
          : 'USGS rare-earth deposits database',
        publisher: 'U.S. Geological Survey',
        ...(report ? { published: report[1] } : {})
      }
    }
  }
}

const STAGE: Record<string, string> = {
  Refinery: 'refining',
  'Secondary refinery': 'recycling',
  'Secondary smelter': 'recycling',
  'Ferroalloy plant': 'alloy',
  'Conversion facility': 'refining',
  'Smelter, plant': 'refining',
  'Smelter, refinery, plant': 'refining'
}
const STATUS: Record<string, string> = { Active: 'operating', Inactive: 'suspended', Closed: 'closed', Planned: 'planned' }

export function arcgisFacilities(ctx: LayoutContext): Recognised | null {
  if (!hasColumns(ctx, 'PropertyNameEN', 'OperatorOwnersEN', 'DevelopmentStageEN', 'ActivityStatusEN', 'OBJECTID')) return null
  const code = 'NRCAN-CMPF'
  return {
    name: 'Natural Resources Canada, critical-mineral processing facilities (ArcGIS REST answer)',
    mapping: {
      table: 'facility',
      fields: {
        code: { column: column(ctx, 'OBJECTID')!, prefix: 'NRCAN-' },
        name: { column: column(ctx, 'PropertyNameEN')! },
        country_id: { constant: 'CAN' },
        stage: { column: column(ctx, 'DevelopmentStageEN')!, values: STAGE },
        status: { column: column(ctx, 'ActivityStatusEN')!, values: STATUS },
        status_note: { column: column(ctx, 'DevelopmentStageEN')! },
        description: { column: column(ctx, 'CommoditiesEN')! },
        source_id: { constant: code }
      },
      source: { code, title: 'Critical mineral processing facilities in Canada (ArcGIS REST service)', publisher: 'Natural Resources Canada' }
    }
  }
}

export function cmifRecipients(ctx: LayoutContext): Recognised | null {
  const amount = ctx.columns.find((c) => /^approved funding amount/i.test(c.name.trim()))
  if (!amount || !hasColumns(ctx, 'Company Name', 'Project Name')) return null
  const code = 'ONTARIO-CMIF'
  return {
    name: 'Ontario Critical Minerals Innovation Fund, recipients',
    mapping: {
      table: 'initiative',
      fields: {
        name: { column: column(ctx, 'Project Name')! },
        kind: { constant: 'scheme' },
        country_id: { constant: 'CAN' },
        partners: { column: column(ctx, 'Company Name')! },
        status: { constant: 'approved' },
        amount: { column: amount.name },
        amount_unit_id: { constant: 'CAD' },
        ...(column(ctx, 'CMIF Intake') ? { amount_note: { column: column(ctx, 'CMIF Intake')!, prefix: 'Approved funding, CMIF intake ' } } : {}),
        source_id: { constant: code }
      },
      source: { code, title: 'Critical Minerals Innovation Fund: funding recipients', publisher: 'Government of Ontario' }
    }
  }
}
