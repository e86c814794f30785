// USGS layouts: the Mineral Commodity Summaries data releases (the 2026 all-commodities CSV, one row per
// statistic and year; the world data, one column per statistic and year: PROD_2023, PROD_EST_ 2024,
// Prod_t_est_2022, RESERVES_2024, 2023e; salient statistics, one row per year and one column per statistic)
// and the Minerals Yearbook country tables (one column per year). Rare earths are proposed as the commodity.
import type { Mapping } from '../../../shared/dataFiles'
import { column, hasColumns, samplesOf, yearIn, type LayoutContext, type Recognised } from './helpers'

const REE = 'Rare earths'

function release(ctx: LayoutContext, name: string | undefined): number | null {
  return yearIn(samplesOf(ctx, name)[0] ?? '') ?? yearIn(ctx.fileName)
}

/** MCS 2026 data release, all commodities: the rare-earth chapter, statistics Lodestone has indicators for. */
export function mcsCommodities(ctx: LayoutContext): Recognised | null {
  if (!hasColumns(ctx, 'MCS chapter', 'Statistics', 'Statistics_detail', 'Unit', 'Year', 'Value')) return null
  const indicators: Record<string, string> = {
    Production: 'mine_production',
    Reserves: 'reserves',
    Price: 'price_avg',
    Import: 'import_volume',
    Export: 'export_volume',
    'Net import reliance': 'net_import_reliance',
    Consumption: 'consumption'
  }
  const year = yearIn(ctx.fileName) ?? 2026
  const code = `USGS-MCS${year}-DR`
  return {
    name: `USGS MCS data release, ${year} (all commodities): rare earths`,
    mapping: {
      table: 'observation',
      filter: [
        { column: column(ctx, 'MCS chapter')!, op: 'equals', value: 'RARE EARTHS' },
        { column: column(ctx, 'Statistics')!, op: 'in', value: Object.keys(indicators) }
      ],
      fields: {
        country_id: { column: column(ctx, 'Country')! },
        indicator_id: { column: column(ctx, 'Statistics')!, values: indicators },
        subject: { column: column(ctx, 'Statistics_detail')! },
        period: { column: column(ctx, 'Year')! },
        value: { column: column(ctx, 'Value')! },
        unit_id: { column: column(ctx, 'Unit')!, values: { 'metric tons': 't REO', 'dollars per kilogram': 'USD/kg', percent: '%', number: 'count' } },
        basis: {
          column: column(ctx, 'Unit')!,
          values: { 'metric tons': 'REO equivalent', 'dollars per kilogram': 'currency', percent: 'share', number: 'count' }
        },
        source_id: { constant: code },
        ...(column(ctx, 'Section') ? { locator: { column: column(ctx, 'Section')! } } : {}),
        ...(column(ctx, 'Notes') ? { note: { column: column(ctx, 'Notes')! } } : {})
      },
      source: {
        code,
        title: `Mineral Commodity Summaries ${year} data release (ScienceBase CSV)`,
        publisher: 'U.S. Geological Survey',
        published: String(year)
      }
    }
  }
}

const STAT = /^(prod|cap|reserves?)(?:_t)?(_est)?_?\s*((?:19|20)\d{2})?(e)?$/i
const YEAR_E = /^((?:19|20)\d{2})(e)?$/i

/** MCS world data: one column per statistic and year, unpivoted; the commodity filter when the file holds many. */
export function mcsWorld(ctx: LayoutContext): Recognised | null {
  const country = column(ctx, 'COUNTRY')
  const type = column(ctx, 'TYPE')
  if (!country || !type) return null
  const stats = ctx.columns.filter((c) => STAT.test(c.name.trim()) || YEAR_E.test(c.name.trim()))
  if (stats.length < 2) return null
  const src = column(ctx, 'SOURCE')
  const rel = release(ctx, src) ?? new Date().getFullYear()
  const indicator: Record<string, string> = {}
  const years: Record<string, number> = {}
  const qualifier: Record<string, string> = {}
  for (const c of stats) {
    const h = c.name.trim()
    const m = STAT.exec(h)
    const y = YEAR_E.exec(h)
    const kind = m ? m[1]!.toLowerCase() : 'prod'
    indicator[c.name] = kind.startsWith('res') ? 'reserves' : kind === 'cap' ? 'capacity' : 'mine_production'
    // a reserves column with no year gives the year before the release (MCS 2024 reports reserves at end-2023)
    years[c.name] = Number(m?.[3] ?? y?.[1] ?? rel - 1)
    qualifier[c.name] = m?.[2] || m?.[4] || y?.[2] ? 'e' : ''
  }
  const commodity = column(ctx, 'COMMODITY')
  const unit = column(ctx, 'UNIT_MEAS')
  const code = `USGS-MCS${rel}-WORLD`
  const mapping: Mapping = {
    table: 'observation',
    fields: {
      country_id: { column: country },
      subject: { column: type },
      indicator_id: { values: indicator },
      year: { values: years },
      qualifier: { values: qualifier },
      unit_id: unit ? { column: unit, values: { 'metric tons': 't REO' } } : { constant: 't REO' },
      basis: { constant: 'REO equivalent' },
      source_id: { constant: code }
    },
    unpivot: { columns: stats.map((c) => c.name), valueInto: 'value', headerInto: ['indicator_id', 'year', 'qualifier'] },
    source: {
      code,
      title: `Mineral Commodity Summaries ${rel} data release: world mine production, capacity and reserves`,
      publisher: 'U.S. Geological Survey',
      published: String(rel)
    }
  }
  if (commodity) mapping.filter = { column: commodity, op: 'equals', value: REE }
  return { name: `USGS MCS world data, ${rel} release`, mapping }
}

/** One column per statistic: indicator, subject and unit of each. */
const SALIENT: readonly [RegExp, string, (m: RegExpExecArray) => string, string][] = [
  [/^USprod_Concentrate_t$/i, 'mine_production', () => 'Production: mineral concentrates', 't REO'],
  [/^USprod_(.+)_t$/i, 'refined_production', (m) => `Production: ${words(m[1]!)}`, 't REO'],
  [/^Imports_(.+)_t$/i, 'import_volume', (m) => `Imports for consumption: ${words(m[1]!)}`, 't REO'],
  [/^Exports_(.+)_t$/i, 'export_volume', (m) => `Exports: ${words(m[1]!)}`, 't REO'],
  [/^Consump_(.+)_t$/i, 'consumption', (m) => `Consumption, apparent: ${words(m[1]!)}`, 't REO'],
  [/^Price_(.+)_dkg$/i, 'price_avg', (m) => `Price: ${m[1]}`, 'USD/kg'],
  [/^NIR_(.+)_t$/i, 'net_import_reliance', (m) => `Net import reliance: ${words(m[1]!)}`, '%']
]

function words(s: string): string {
  return s.replace(/-/g, ' and ').toLowerCase()
}

/** MCS salient statistics: one row per year, one column per statistic (US production, trade, prices, reliance). */
export function mcsSalient(ctx: LayoutContext): Recognised | null {
  const year = column(ctx, 'Year')
  if (!year || !column(ctx, 'Commodity') || !ctx.columns.some((c) => /^Price_.+_dkg$/i.test(c.name))) return null
  const picked: string[] = []
  const indicator: Record<string, string> = {}
  const subject: Record<string, string> = {}
  const unit: Record<string, string> = {}
  for (const c of ctx.columns) {
    for (const [re, ind, sub, u] of SALIENT) {
      const m = re.exec(c.name.trim())
      if (!m) continue
      picked.push(c.name)
      indicator[c.name] = ind
      subject[c.name] = sub(m)
      unit[c.name] = u
      break
    }
  }
  if (picked.length < 3) return null
  const rel = release(ctx, column(ctx, 'DataSource')) ?? new Date().getFullYear()
  const code = `USGS-MCS${rel}-RE-SALIENT`
  return {
    name: `USGS MCS salient statistics, ${rel} release`,
    mapping: {
      table: 'observation',
      fields: {
        country_id: { constant: 'USA' },
        year: { column: year },
        indicator_id: { values: indicator },
        subject: { values: subject },
        unit_id: { values: unit },
        source_id: { constant: code },
        locator: { constant: 'Salient Statistics—United States' }
      },
      unpivot: { columns: picked, valueInto: 'value', headerInto: ['indicator_id', 'subject', 'unit_id'] },
      source: { code, title: `Mineral Commodity Summaries ${rel}: rare earths, salient statistics (data release CSV)`, publisher: 'U.S. Geological Survey' }
    }
  }
}

/** Minerals Yearbook country table (sheet T8 and the like): a country column and one column per year. */
export function mybTable(ctx: LayoutContext): Recognised | null {
  const country = ctx.columns.find((c) => /^country( or locality)?\d{0,2}$/i.test(c.name.trim()))
  const years = ctx.columns.filter((c) => /^(19|20)\d{2}$/.test(c.name.trim()))
  if (!country || years.length < 3 || !ctx.sheet) return null
  const edition = yearIn(ctx.fileName.replace(/^.*myb/i, '')) ?? yearIn(ctx.fileName)
  const code = edition ? `USGS-MYB${edition}-TABLES` : 'USGS-MYB-TABLES'
  const table = /^T(\d+)$/i.exec(ctx.sheet)?.[1]
  return {
    name: `USGS Minerals Yearbook${edition ? ` ${edition}` : ''}, world mine production by country (sheet ${ctx.sheet})`,
    mapping: {
      table: 'observation',
      fields: {
        // the table's last row, "Total", is the world total
        country_id: { column: country.name, values: { Total: 'WLD' } },
        indicator_id: { constant: 'mine_production' },
        subject: { constant: 'REO total (rare-earth-oxide equivalent)' },
        unit_id: { constant: 't REO' },
        basis: { constant: 'REO equivalent' },
        source_id: { constant: code },
        locator: { constant: table ? `Table ${table}` : `Sheet ${ctx.sheet}` }
      },
      unpivot: { columns: years.map((c) => c.name), valueInto: 'value', headerInto: ['period', 'year'], flagInto: 'qualifier' },
      source: { code, title: `Rare Earths${edition ? ` ${edition}` : ''} Minerals Yearbook, tables`, publisher: 'U.S. Geological Survey' }
    }
  }
}
