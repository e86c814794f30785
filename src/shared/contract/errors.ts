// The contract's errors: a code, a sentence for the analyst, and details (the refused cells of a batch).
import type { TableName } from '../schema'

export const ERROR_CODES = ['invalid_input', 'validation', 'not_found', 'conflict', 'constraint', 'read_only', 'unknown_method', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]
export interface CellProblem {
  /** 0-based index of the change in the batch. */
  change: number
  table: TableName
  id?: number
  column?: string
  message: string
  current?: string | number | null
  attempted?: string | number | boolean | null
}
export interface ApiError {
  code: ErrorCode
  message: string
  details?: { problems?: CellProblem[]; path?: string; [key: string]: unknown }
}
