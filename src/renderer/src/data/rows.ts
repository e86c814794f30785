// Words for rows and tables, from the schema registry: a row's display label, singular and plural nouns.
// Pure functions; no requests.
import type { Row } from '../../../shared/api'
import { tableDef, type TableName } from '../../../shared/schema'

export function plural(noun: string, count = 2): string {
  if (count === 1) return noun
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/(s|sh|ch|x|z)$/i.test(noun)) return `${noun}es`
  return `${noun}s`
}

/** "3 figures", "1 facility". */
export function countOf(table: TableName, count: number): string {
  return `${count.toLocaleString('en-US')} ${plural(tableDef(table).singular, count)}`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What a row is called: its label column ("F0005", "Lynas Malaysia"), or "trade flow 12" for tables without one. */
export function rowLabel(table: TableName, row: Row): string {
  const def = tableDef(table)
  const value = row[def.labelColumn]
  if (def.labelColumn === 'id' || value === null || value === undefined || value === '') return `${def.singular} ${row.id ?? ''}`.trim()
  return String(value)
}

/** "trade flow 12", "source USGS MCS 2025": the table's word once, then the row's label. */
export function rowDescription(table: TableName, row: Row): string {
  const singular = tableDef(table).singular
  const named = rowLabel(table, row)
  return named.startsWith(`${singular} `) ? named : `${singular} ${named}`
}

export function rowId(row: Row): number {
  return Number(row.id)
}
