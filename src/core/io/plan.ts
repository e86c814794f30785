// A mapping checked against the file and the registry before any row is read: each target field's column
// index, constant and translations, the row filter and the unpivot columns. What cannot work (a column the file
// lacks, a field the table lacks, a required field with no source) becomes a sentence in `problems`.
import type { FieldMapping, Mapping, SourceColumn } from '../../shared/dataFiles'
import { columnDef, tableDef, type ColumnDef } from '../../shared/schema'
import { cellText, isBlank, type Cell } from './layout'

export interface FieldPlan {
  col: ColumnDef
  index: number | null
  constant: FieldMapping['constant']
  values: Map<string, FieldMapping['constant']> | null
  column: string | null
  prefix: string | null
}

export interface UnpivotPlan {
  columns: { index: number; header: string; flagIndex: number | null }[]
  valueInto: string
  headerInto: string[]
  flagInto: string | null
}

export interface Plan {
  mapping: Mapping
  fields: FieldPlan[]
  filter: ((cells: readonly Cell[]) => boolean) | null
  unpivot: UnpivotPlan | null
  problems: string[]
}

/** Fields Lodestone fills itself when the file does not: figures' period from year and back, basis from the unit. */
const DERIVED: Partial<Record<Mapping['table'], readonly string[]>> = { observation: ['period', 'year', 'basis'] }

function findColumn(columns: readonly SourceColumn[], name: string): number | null {
  const exact = columns.find((c) => c.name === name)
  if (exact) return exact.index
  const loose = columns.find((c) => c.name.trim().toLowerCase() === name.trim().toLowerCase())
  return loose ? loose.index : null
}

function listColumns(columns: readonly SourceColumn[]): string {
  const names = columns.slice(0, 20).map((c) => `"${c.name}"`)
  return names.join(', ') + (columns.length > 20 ? ` and ${columns.length - 20} more` : '')
}

type RowFilter = Exclude<NonNullable<Mapping['filter']>, unknown[]>

/** Several conditions must all hold. */
function filterOf(mapping: Mapping, columns: readonly SourceColumn[], problems: string[]): Plan['filter'] {
  const all = mapping.filter === undefined ? [] : Array.isArray(mapping.filter) ? mapping.filter : [mapping.filter]
  const tests = all.map((f) => conditionOf(f, columns, problems)).filter((t) => t !== null)
  if (!tests.length) return null
  if (tests.length === 1) return tests[0]!
  return (cells) => tests.every((t) => t(cells))
}

function conditionOf(f: RowFilter, columns: readonly SourceColumn[], problems: string[]): Plan['filter'] {
  const index = findColumn(columns, f.column)
  if (index === null) {
    problems.push(`The row filter uses column "${f.column}", which the file does not have. Its columns are: ${listColumns(columns)}.`)
    return null
  }
  const wanted = (Array.isArray(f.value) ? f.value : [f.value ?? '']).map((v) => v.trim().toLowerCase())
  return (cells) => {
    const text = cellText(cells[index]).toLowerCase()
    if (f.op === 'notEmpty') return !isBlank(cells[index] ?? null)
    if (f.op === 'equals' || f.op === 'in') return wanted.includes(text)
    if (f.op === 'startsWith') return wanted.some((w) => text.startsWith(w))
    return wanted.some((w) => text.includes(w))
  }
}

function unpivotOf(mapping: Mapping, columns: readonly SourceColumn[], problems: string[]): UnpivotPlan | null {
  const u = mapping.unpivot
  if (!u) return null
  const picked: UnpivotPlan['columns'] = []
  for (const name of u.columns) {
    const index = findColumn(columns, name)
    if (index === null) problems.push(`The wide-table columns include "${name}", which the file does not have. Its columns are: ${listColumns(columns)}.`)
    else picked.push({ index, header: columns[index]!.name, flagIndex: index + 1 < columns.length ? index + 1 : null })
  }
  for (const field of [u.valueInto, ...u.headerInto, ...(u.flagInto ? [u.flagInto] : [])]) {
    if (!columnDef(mapping.table, field)) problems.push(`${tableDef(mapping.table).label} has no field "${field}" to put the wide-table values in.`)
  }
  return { columns: picked, valueInto: u.valueInto, headerInto: u.headerInto, flagInto: u.flagInto ?? null }
}

function fieldPlan(mapping: Mapping, name: string, m: FieldMapping, columns: readonly SourceColumn[], problems: string[]): FieldPlan | null {
  const label = tableDef(mapping.table).label
  const col = columnDef(mapping.table, name)
  if (!col || col.readOnly) {
    problems.push(
      col ? `${col.label} is filled in by Lodestone and cannot be imported.` : `${label} has no field "${name}". Map the column to one of its fields.`
    )
    return null
  }
  let index: number | null = null
  if (m.column !== undefined && m.column !== '') {
    index = findColumn(columns, m.column)
    if (index === null) problems.push(`${col.label} is mapped to column "${m.column}", which the file does not have. Its columns are: ${listColumns(columns)}.`)
  }
  const values = m.values ? new Map(Object.entries(m.values).map(([k, v]) => [k.trim(), v])) : null
  return { col, index, constant: m.constant, values, column: m.column ?? null, prefix: m.prefix ?? null }
}

export function planMapping(mapping: Mapping, columns: readonly SourceColumn[]): Plan {
  const problems: string[] = []
  const fields: FieldPlan[] = []
  for (const [name, m] of Object.entries(mapping.fields)) {
    // a field with translations only takes the wide-table header ("Trade Value Export" -> export)
    if (m.column === undefined && m.constant === undefined && !(m.values && mapping.unpivot?.headerInto.includes(name))) continue
    const plan = fieldPlan(mapping, name, m, columns, problems)
    if (plan) fields.push(plan)
  }
  const unpivot = unpivotOf(mapping, columns, problems)
  const provided = new Set([
    ...fields.map((f) => f.col.name),
    ...(unpivot ? [unpivot.valueInto, ...unpivot.headerInto, ...(unpivot.flagInto ? [unpivot.flagInto] : [])] : [])
  ])
  const derived = new Set(DERIVED[mapping.table] ?? [])
  for (const col of tableDef(mapping.table).columns) {
    if (!col.required || provided.has(col.name)) continue
    if (derived.has(col.name) && (col.name !== 'period' || provided.has('year')) && (col.name !== 'basis' || provided.has('unit_id'))) continue
    problems.push(mapping.ask?.[col.name] ?? `${col.label} is required: map a column to it, or give one value for every row.`)
  }
  return { mapping, fields, filter: filterOf(mapping, columns, problems), unpivot, problems }
}
