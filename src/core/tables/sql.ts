// Identifiers for SQL, taken only from the schema registry: a table or column name that is not in
// src/shared/schema.ts never reaches a statement. Values always travel as bound parameters.
import { columnDef, tableDef, type ColumnDef, type TableName } from '../../shared/schema'
import { EngineError } from '../errors'

/** Quote an identifier that has already been checked against the registry. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new EngineError('internal', `Unsafe identifier "${name}".`)
  return `"${name}"`
}

export function requireColumn(table: TableName, column: string): ColumnDef {
  const col = columnDef(table, column)
  if (!col) {
    const label = tableDef(table).label
    throw new EngineError('invalid_input', `${label} has no column "${column.slice(0, 64)}".`)
  }
  return col
}

/** Column list for SELECT: every registry column of t, plus `<col>__label` for each reference column. */
export function selectList(table: TableName): { columns: string; joins: string } {
  const def = tableDef(table)
  const parts: string[] = []
  const joins: string[] = []
  def.columns.forEach((col, i) => {
    parts.push(`t.${ident(col.name)}`)
    if (col.type === 'ref' && col.ref) {
      const alias = `r${i}`
      const refDef = tableDef(col.ref)
      parts.push(`${alias}.${ident(refDef.labelColumn)} AS ${ident(`${col.name}__label`)}`)
      joins.push(`LEFT JOIN ${ident(col.ref)} ${alias} ON ${alias}.id = t.${ident(col.name)}`)
    }
  })
  return { columns: parts.join(', '), joins: joins.join(' ') }
}

/** The SQL expression a filter or sort on this column works on: the label for references, else the column. */
export function columnExpression(table: TableName, column: string): string {
  const def = tableDef(table)
  const index = def.columns.findIndex((c) => c.name === column)
  const col = def.columns[index]
  if (!col) throw new EngineError('invalid_input', `${def.label} has no column "${column.slice(0, 64)}".`)
  if (col.type === 'ref' && col.ref) return `r${index}.${ident(tableDef(col.ref).labelColumn)}`
  return `t.${ident(col.name)}`
}
