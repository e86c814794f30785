// Translating AG Grid's sortModel and filterModel into the contract's `sort` and `filters` for 'rows.page'.
// Only the simple options we offer are translated; anything else (unknown types, OR-combined conditions)
// becomes nothing rather than a guess.
import type { Input } from '../../../shared/api'
import type { FILTER_OPS } from '../../../shared/api'
import { columnDef, type ColumnDef, type TableName } from '../../../shared/schema'

export type ContractFilter = NonNullable<Input<'rows.page'>['filters']>[number]
export type ContractSort = NonNullable<Input<'rows.page'>['sort']>[number]
type FilterOp = (typeof FILTER_OPS)[number]

export const TEXT_FILTER_OPTIONS = ['contains', 'equals', 'notEqual', 'startsWith', 'blank', 'notBlank'] as const
export const NUMBER_FILTER_OPTIONS = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'blank', 'notBlank'] as const
export const CHOICE_FILTER_OPTIONS = ['equals', 'notEqual', 'blank', 'notBlank'] as const
/** Figures' "Conflicts only" (on the id column, no value): a custom option of that column's filter. */
export const CONFLICTS_ONLY = 'inConflict'
const KNOWN_OPS: readonly string[] = [...TEXT_FILTER_OPTIONS, ...NUMBER_FILTER_OPTIONS, CONFLICTS_ONLY]

/** One condition as AG Grid's text and number filters describe it. */
export interface SimpleCondition {
  filterType?: string
  type?: string | null
  filter?: string | number | null
}
interface CombinedCondition {
  filterType?: string
  operator: 'AND' | 'OR'
  conditions: SimpleCondition[]
}
export type ColumnFilterModel = SimpleCondition | CombinedCondition

function boolValue(raw: string | number): number | null {
  const text = String(raw).trim().toLowerCase()
  if (['yes', 'y', 'true', '1'].includes(text)) return 1
  if (['no', 'n', 'false', '0'].includes(text)) return 0
  return null
}

function conditionValue(col: ColumnDef, raw: string | number): string | number | null {
  if (col.type === 'bool') return boolValue(raw)
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
  return raw.length > 1000 ? raw.slice(0, 1000) : raw
}

export function toFilter(col: ColumnDef, condition: SimpleCondition): ContractFilter | null {
  const op = condition.type
  if (!op || !KNOWN_OPS.includes(op)) return null
  if (op === 'blank' || op === 'notBlank' || op === CONFLICTS_ONLY) return { column: col.name, op: op as FilterOp }
  const raw = condition.filter
  if (raw === null || raw === undefined || raw === '') return null
  const value = conditionValue(col, raw)
  return value === null ? null : { column: col.name, op: op as FilterOp, value }
}

function conditionsOf(model: ColumnFilterModel): SimpleCondition[] {
  if (!('conditions' in model)) return [model]
  return model.operator === 'AND' ? model.conditions : []
}

export function toFilters(table: TableName, model: Record<string, ColumnFilterModel> | null | undefined): ContractFilter[] {
  const filters: ContractFilter[] = []
  for (const [colId, columnModel] of Object.entries(model ?? {})) {
    const col = columnDef(table, colId)
    if (!col || !columnModel) continue
    for (const condition of conditionsOf(columnModel)) {
      const filter = toFilter(col, condition)
      if (filter) filters.push(filter)
    }
  }
  return filters.slice(0, 32)
}

export function toSort(table: TableName, model: readonly { colId: string; sort: 'asc' | 'desc' }[]): ContractSort[] {
  return model
    .filter((s) => columnDef(table, s.colId) !== undefined && (s.sort === 'asc' || s.sort === 'desc'))
    .slice(0, 4)
    .map((s) => ({ column: s.colId, dir: s.sort }))
}

const OP_WORDS: Record<string, string> = {
  contains: 'contains',
  equals: 'is',
  notEqual: 'is not',
  startsWith: 'starts with',
  lessThan: '<',
  greaterThan: '>',
  blank: 'is empty',
  notBlank: 'is not empty'
}

/** "Country contains ind", for the filter chips above the grid. */
export function describeFilter(col: ColumnDef, filter: ContractFilter): string {
  if (filter.op === CONFLICTS_ONLY) return 'Conflicts only'
  const words = OP_WORDS[filter.op] ?? filter.op
  if (filter.value === undefined) return `${col.label} ${words}`
  const value = col.type === 'bool' ? (filter.value === 1 ? 'yes' : 'no') : String(filter.value)
  return `${col.label} ${words} ${value}`
}
