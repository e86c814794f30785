// A cell's text two ways: as it reads in the grid (thousands separators, unit with its basis, at the column's shown
// scale) and as it is copied (plain numbers at the shown scale, reference labels, yes/no), so that copying a
// block and pasting it back writes the same values. The shown scale never changes what is stored. A figure's
// value reads as published (NA, ~, >, e, ranges); indicators read as words ("Import share, volume").
import type { Row } from '../../../shared/api'
import { toScale, type ScaleChoice } from '../../../shared/displayUnits'
import type { ColumnDef } from '../../../shared/schema'
import { indicatorLabel } from '../../../shared/indicatorLabels'
import { formatCell, formatNumber, refLabel } from '../data/format'

/** The unit a quantity cell is stored in: its row's unit (a reference label) or the column's fixed unit. */
export function storedUnit(col: ColumnDef, row: Row | undefined): string | null {
  if (col.unit) return col.unit
  if (!col.unitColumn || !row) return null
  return refLabel(row, col.unitColumn)
}

export function isQuantity(col: ColumnDef): boolean {
  return col.type === 'number' && (Boolean(col.unitColumn) || Boolean(col.unit))
}

/** The value and unit as shown at a scale; the stored ones when the row's unit cannot be shown that way. */
export function shownQuantity(col: ColumnDef, row: Row, scale: ScaleChoice | undefined): { value: number; unit: string | null; rescaled: boolean } | null {
  const value = row[col.name]
  if (typeof value !== 'number') return null
  const unit = storedUnit(col, row)
  if (scale && unit) {
    const shown = toScale(value, unit, scale)
    if (shown.ok) return { value: shown.value, unit: shown.unit, rescaled: shown.unit !== unit }
  }
  return { value, unit, rescaled: false }
}

/** A figure's value as published: "NA", "~6 %", "> 90 Mt", "2,900 t e", "1,000–2,000 t" (qualifier and range in the cell). */
function qualified(row: Row, number: string, unit: string, factor: number): string {
  const q = typeof row.qualifier === 'string' ? row.qualifier : ''
  const low = typeof row.value_low === 'number' ? row.value_low * factor : null
  const high = typeof row.value_high === 'number' ? row.value_high * factor : null
  if (q === 'range' || (low !== null && high !== null && number === '')) {
    if (low !== null && high !== null) return `${formatNumber(low)}–${formatNumber(high)}${unit}`
  }
  if (number === '') {
    const text = typeof row.value_text === 'string' && row.value_text ? row.value_text : q === 'NA' ? 'NA' : ''
    return text
  }
  if (q === '~' || q === '>' || q === '<' || q === '>=' || q === '<=')
    return `${q === '>=' ? '≥' : q === '<=' ? '≤' : q}${q === '~' ? '' : ' '}${number}${unit}`
  if (q === 'e' || q === 'r' || q === 'proj') return `${number}${unit} ${q}`
  return `${number}${unit}`
}

/** What the grid shows: "2.5 kt REO" (the unit carries the basis when it states one), "India", "Yes", "NA", "~6 %". */
export function displayText(col: ColumnDef, row: Row | undefined, scale?: ScaleChoice): string {
  if (!row) return ''
  if (col.type === 'ref' && col.ref === 'indicator') {
    const code = refLabel(row, col.name)
    return code ? indicatorLabel(code) : formatCell(col, row)
  }
  if (!isQuantity(col)) return formatCell(col, row)
  const figure = col.name === 'value' && 'qualifier' in row
  const shown = shownQuantity(col, row, scale)
  if (!shown) return figure ? qualified(row, '', '', 1) : formatCell(col, row)
  const unit = shown.unit && !col.unit ? ` ${shown.unit}` : shown.unit && shown.rescaled ? ` ${shown.unit}` : ''
  const raw = row[col.name]
  const factor = typeof raw === 'number' && raw !== 0 ? shown.value / raw : 1
  return figure ? qualified(row, formatNumber(shown.value), unit, factor) : `${formatNumber(shown.value)}${unit}`
}

/** A number without float noise from a conversion (2.4999999999 -> 2.5), with no separators. */
function plainNumber(n: number): string {
  return String(Number(n.toPrecision(12)))
}

/** What copying the cell puts on the clipboard. */
export function copyText(col: ColumnDef, row: Row | undefined, scale?: ScaleChoice): string {
  if (!row) return ''
  const value = row[col.name]
  if (value === null || value === undefined) return ''
  if (col.type === 'ref') return refLabel(row, col.name) ?? String(value)
  if (col.type === 'bool') return value === 1 ? 'yes' : 'no'
  if (typeof value === 'number' && isQuantity(col)) return plainNumber(shownQuantity(col, row, scale)?.value ?? value)
  if (typeof value === 'number') return plainNumber(value)
  return String(value)
}
