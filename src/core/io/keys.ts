// Natural keys: how an imported record finds the row it describes, so importing the same file twice adds
// nothing. Tables with automatic codes use the code when the mapping provides one, else their natural key.
// Figures' and trade flows' keys include the source: the same flow from another source is its own row.
// Also the fields an import can write to (the registry's editable columns) and how the preview labels them.
import type { ImportTable, Mapping, TargetField } from '../../shared/dataFiles'
import { editableColumns, tableDef } from '../../shared/schema'
import { ident } from '../tables/sql'

const NATURAL_KEYS: Readonly<Record<ImportTable, readonly string[]>> = {
  observation: ['country_id', 'indicator_id', 'subject', 'period', 'scope', 'source_id'],
  trade_flow: ['reporter_id', 'partner_id', 'year', 'hs_code', 'flow', 'source_id'],
  facility: ['name', 'country_id'],
  initiative: ['name', 'country_id'],
  organisation: ['name', 'country_id'],
  source: ['code'],
  country: ['code'],
  unit: ['code']
}

/** What a table's row reports, compared to tell a repeat of another source's row from a disagreement. */
const REPORTED: Readonly<Partial<Record<ImportTable, readonly string[]>>> = {
  observation: ['value', 'value_low', 'value_high', 'unit_id'],
  trade_flow: ['value_usd', 'quantity', 'quantity_unit_id']
}

export function reportedColumns(table: ImportTable): readonly string[] {
  return REPORTED[table] ?? []
}

/** The key columns used for this mapping: the code when it is mapped (and the table has codes), else the natural key. */
export function keyColumns(mapping: Mapping): readonly string[] {
  const auto = tableDef(mapping.table).autoCode
  if (auto && mapping.fields[auto.column] && (mapping.fields[auto.column]!.column || mapping.fields[auto.column]!.constant)) return [auto.column]
  return NATURAL_KEYS[mapping.table]
}

export function naturalKey(table: ImportTable): readonly string[] {
  return NATURAL_KEYS[table]
}

export function targetFields(table: ImportTable): TargetField[] {
  const key = new Set(NATURAL_KEYS[table])
  return editableColumns(table).map((c) => ({
    name: c.name,
    label: c.label,
    type: c.type,
    required: Boolean(c.required),
    ...(c.ref ? { ref: c.ref } : {}),
    key: key.has(c.name)
  }))
}

/** The key's columns in words, for messages: "reporter, partner, year, HS code and flow". */
export function keyInWords(table: ImportTable, columns: readonly string[]): string {
  const labels = columns.map((c) => (tableDef(table).columns.find((d) => d.name === c)?.label ?? c).toLowerCase().replace(/\bhs\b/, 'HS'))
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : (labels[0] ?? '')
}

/**
 * What else to say about a key repeated within a file: for tables with codes keyed by name and country, that
 * same-named things (Big Creek in Idaho and in Wyoming) coexist once a column that tells them apart is the code.
 */
export function repeatHint(table: ImportTable, columns: readonly string[]): string {
  const auto = tableDef(table).autoCode
  if (!auto || columns.includes(auto.column)) return ''
  const what = tableDef(table).singular
  return ` If they are different ${what === 'facility' ? 'facilities' : `${what}s`} that share a name (Big Creek in Idaho and Big Creek in Wyoming), map a column that tells them apart (a record id, or the location) to Code: each row's code is then its key, and both are kept.`
}

/** "reporter_id = ? AND … AND source_id IS ?": a WHERE clause finding a row by these key columns (values bound). */
export function keyCondition(table: ImportTable, columns: readonly string[]): string {
  return columns
    .map((c) => {
      const required = tableDef(table).columns.find((d) => d.name === c)?.required
      return `${ident(c)} ${required ? '=' : 'IS'} ?`
    })
    .join(' AND ')
}
