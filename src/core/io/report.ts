// The problem report an analyst saves from the import wizard: CSV with row, column, field, value and the
// problem in words. Fields go through the exports' CSV rules (shared/spreadsheetSafe.ts), so opening the report
// in a spreadsheet, with any separator, can never run a formula.
import type { ImportProblem } from '../../shared/dataFiles'
import { csvLine } from '../../shared/spreadsheetSafe'
import { MAX_REPORTED } from './tally'

export function reportCsv(problems: readonly ImportProblem[], total: number): string {
  const lines = ['row,column,field,value,problem', ...problems.map((p) => csvLine([p.row, p.column, p.field, p.value, p.message]))]
  if (total > problems.length)
    lines.push(
      `,,,,"The report lists the first ${Math.min(problems.length, MAX_REPORTED).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} problems."`
    )
  return `${lines.join('\n')}\n`
}
