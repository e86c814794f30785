// The problem report an analyst saves from the import wizard: CSV with row, column, field, value and the
// problem in words. Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with ' so
// opening the report can never execute anything.
import type { ImportProblem } from '../../shared/dataFiles'
import { MAX_REPORTED } from './tally'

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function reportCsv(problems: readonly ImportProblem[], total: number): string {
  const lines = ['row,column,field,value,problem', ...problems.map((p) => [p.row, p.column, p.field, p.value, p.message].map(cell).join(','))]
  if (total > problems.length)
    lines.push(
      `,,,,"The report lists the first ${Math.min(problems.length, MAX_REPORTED).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} problems."`
    )
  return `${lines.join('\n')}\n`
}
