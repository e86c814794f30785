// How values read on screen: thousands separators, units after quantities, labels for references, Yes/No.
// One formatter for the grid, the inspector and the history list, so a value never reads two ways.
import type { Row } from '../../../shared/api'
import type { ColumnDef } from '../../../shared/schema'

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })

export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let size = bytes / 1024
  let unit = 0
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024
    unit += 1
  }
  return `${size < 10 ? size.toFixed(1) : Math.round(size)} ${units[unit]}`
}

/** The label the engine sends beside a reference column. */
export function refLabel(row: Row, column: string): string | null {
  const label = row[`${column}__label`]
  return label === null || label === undefined || label === '' ? null : String(label)
}

/** A bare stored value, without the row around it (history entries, filters). */
export function formatValue(col: ColumnDef | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (!col) return String(value)
  switch (col.type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? formatNumber(value) : String(value)
    case 'bool':
      return value === 1 || value === true || value === '1' ? 'Yes' : 'No'
    case 'ref':
      return `#${String(value)}`
    default:
      return String(value)
  }
}

/** A cell as the analyst reads it: "3,000 kg/yr", "India", "Yes". */
export function formatCell(col: ColumnDef, row: Row | undefined): string {
  if (!row) return ''
  const value = row[col.name]
  if (value === null || value === undefined || value === '') return ''
  if (col.type === 'ref') return refLabel(row, col.name) ?? `#${String(value)}`
  const text = formatValue(col, value)
  if (col.unitColumn && typeof value === 'number') {
    const unit = refLabel(row, col.unitColumn)
    return unit ? `${text} ${unit}` : text
  }
  return text
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** "28 Nov 2025, 14:02" for an ISO timestamp; the text itself when it is not one. */
export function formatWhen(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d)
}
