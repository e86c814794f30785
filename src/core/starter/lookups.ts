// Row insertion for the starter load, and the reference rows other rows point at: sources by code, and
// countries, units and indicators created on first use (so every one that appears anywhere gets a row, once).
// Table and column names come from the loader's own code, never from CSV text; values are bound parameters.
import type { Db } from '../db/open'
import { parseUnit, type ParsedUnit } from '../../shared/units'
import { indicatorLabel } from '../../shared/indicatorLabels'
import { countryByCode, countryByName } from './countries'

export type SqlValue = string | number | null

/** Insert one row and return its id. Column names are the loader's own constants. */
export function insertRow(db: Db, table: string, row: Readonly<Record<string, SqlValue>>): number {
  const cols = Object.keys(row)
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
  return Number(db.prepare(sql).run(row).lastInsertRowid)
}

/** What the starter README says about indicators whose name alone could mislead. */
const INDICATOR_NOTES: Readonly<Record<string, string>> = {
  reserves: 'Reserves as USGS reports them; not comparable with resources (resources_in_situ, ore_resource).',
  resources_in_situ: "In-situ resources (India's AMD); not the same as USGS reserves.",
  ore_resource: 'Ore tonnage (GSI), not contained REO; not comparable with reserves.',
  import_source_share: 'USGS import-source share; the basis (value or quantity) is not stated.',
  import_share_unspecified: 'Share of imports where the source does not say whether by value or by volume.',
  import_share_volume: 'Share of imports by volume (quantity).',
  import_share_value: 'Share of imports by value.',
  price_avg: 'Annual average price.',
  element_share_of_TREO: 'Share of one element in total rare-earth oxide of an ore or concentrate (typical published assays).',
  mine_production: 'Mine production. USGS figures for China are its official quota.'
}

export interface Lookups {
  source(code: string, where: string): number
  sourceOrNull(code: string | null | undefined, where: string): number | null
  country(code: string): number
  countryNamed(name: string, where: string): number
  unit(code: string): { id: number; parsed: ParsedUnit }
  indicator(code: string): number
}

export function createLookups(db: Db): Lookups {
  const sources = new Map<string, number>()
  const countries = new Map<string, number>()
  const units = new Map<string, { id: number; parsed: ParsedUnit }>()
  const indicators = new Map<string, number>()
  const findSource = db.prepare('SELECT id FROM source WHERE code = ?')

  const lookups: Lookups = {
    source(code, where) {
      const key = code.trim()
      let id = sources.get(key)
      if (id === undefined) {
        id = (findSource.get(key) as { id: number } | undefined)?.id
        if (id === undefined) throw new Error(`${where}: source "${key}" is not in sources.csv.`)
        sources.set(key, id)
      }
      return id
    },
    sourceOrNull(code, where) {
      return code && code.trim() ? lookups.source(code, where) : null
    },
    country(code) {
      let id = countries.get(code)
      if (id === undefined) {
        const info = countryByCode(code)
        if (!info) throw new Error(`No country with code ${code}.`)
        id = insertRow(db, 'country', { code: info.code, name: info.name, kind: info.kind })
        countries.set(code, id)
      }
      return id
    },
    countryNamed(name, where) {
      const info = countryByName(name)
      if (!info) throw new Error(`${where}: "${name}" is not a country the starter loader knows.`)
      return lookups.country(info.code)
    },
    unit(code) {
      const key = code.trim().replace(/\s+/g, ' ')
      let unit = units.get(key)
      if (!unit) {
        const parsed = parseUnit(key)
        const id = insertRow(db, 'unit', { code: key, dimension: parsed.dimension, scale: parsed.scale, basis: parsed.basis })
        unit = { id, parsed }
        units.set(key, unit)
      }
      return unit
    },
    indicator(code) {
      let id = indicators.get(code)
      if (id === undefined) {
        id = insertRow(db, 'indicator', { code, name: indicatorLabel(code), description: INDICATOR_NOTES[code] ?? null })
        indicators.set(code, id)
      }
      return id
    }
  }
  return lookups
}
