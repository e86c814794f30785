// The rows and columns a table export writes: every registry column but the row version, references as their
// labels, quantities beside their units, read through the grid's own filter and sort (values bound, identifiers
// from the registry.
import type { ParsedInput, Row } from '../../shared/api'
import { tableDef, type ColumnDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { filterContext } from '../indicators/conflictIds'
import { readPage } from '../tables/query'

export type ExportInput = ParsedInput<'exports.table'>

export interface ExportColumn {
  name: string
  label: string
  type: ColumnDef['type']
  /** The single unit every exported row shares, when the column's unit lives in another column. */
  unit: string | null
}

/** Rows per read: small enough that no single step holds the thread answering the UI for long. */
const PAGE = 2000

export const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export function exportColumns(table: TableName): ColumnDef[] {
  return tableDef(table).columns.filter((c) => c.name !== 'version')
}

/** Every row the grid's filter keeps, read a page at a time with a pause for other requests between pages. */
export async function readAllRows(db: Db, input: ExportInput): Promise<Row[]> {
  const rows: Row[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = readPage(db, { table: input.table, offset, limit: PAGE, sort: input.sort, filters: input.filters }, filterContext(db))
    rows.push(...page.rows)
    if (page.rows.length < PAGE) return rows
    await yieldToEvents()
  }
}

/** Column headers with units: "Value (kg/yr)" when every row shares one unit, else "Value (unit: see Unit)". */
export function describeColumns(table: TableName, rows: Row[]): ExportColumn[] {
  const defs = exportColumns(table)
  return defs.map((c) => {
    let unit: string | null = null
    let label = c.label
    if (c.unitColumn) {
      const units = new Set(rows.map((r) => r[`${c.unitColumn}__label`]).filter((u) => u !== null && u !== undefined && u !== ''))
      const unitLabel = defs.find((d) => d.name === c.unitColumn)?.label ?? 'unit'
      unit = units.size === 1 ? String([...units][0]) : null
      label = unit ? `${c.label} (${unit})` : `${c.label} (unit: see ${unitLabel})`
    }
    return { name: c.name, label, type: c.type, unit }
  })
}

/** A cell's exported value: the label for references, booleans as true/false, numbers as numbers. */
export function exportValue(column: ExportColumn, row: Row): string | number | boolean | null {
  const value = row[column.name]
  if (value === null || value === undefined) return null
  if (column.type === 'ref') return (row[`${column.name}__label`] as string | null) ?? value
  if (column.type === 'bool') return Boolean(value)
  return value
}
