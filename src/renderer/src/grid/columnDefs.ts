// Grid columns from the schema registry: labels as headers, descriptions as header tooltips, widths,
// hidden columns hidden, a filter and an editor fitting each type, and numbers formatted and right-aligned.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import { tableDef, type ColumnDef, type TableName } from '../../../shared/schema'
import { formatCell } from '../data/format'
import { ChoiceCellEditor } from './editors/ChoiceCellEditor'
import type { EditorParams } from './editors/editorProps'
import { LongTextCellEditor } from './editors/LongTextCellEditor'
import { RefCellEditor } from './editors/RefCellEditor'
import { TextCellEditor } from './editors/TextCellEditor'
import { CHOICE_FILTER_OPTIONS, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './query'

const NUMERIC = new Set(['number', 'integer', 'year'])

function filterFor(col: ColumnDef): Pick<ColDef<Row>, 'filter' | 'filterParams'> {
  const common = { maxNumConditions: 1, debounceMs: 300, buttons: ['reset'] }
  if (NUMERIC.has(col.type)) return { filter: 'agNumberColumnFilter', filterParams: { ...common, filterOptions: [...NUMBER_FILTER_OPTIONS] } }
  if (col.type === 'bool') return { filter: 'agTextColumnFilter', filterParams: { ...common, filterOptions: [...CHOICE_FILTER_OPTIONS] } }
  return { filter: 'agTextColumnFilter', filterParams: { ...common, filterOptions: [...TEXT_FILTER_OPTIONS] } }
}

function editorFor(col: ColumnDef): Pick<ColDef<Row>, 'cellEditor' | 'cellEditorPopup' | 'cellEditorPopupPosition'> {
  switch (col.type) {
    case 'longtext':
      return { cellEditor: LongTextCellEditor, cellEditorPopup: true, cellEditorPopupPosition: 'over' }
    case 'enum':
    case 'bool':
      return { cellEditor: ChoiceCellEditor, cellEditorPopup: true, cellEditorPopupPosition: 'under' }
    case 'ref':
      return { cellEditor: RefCellEditor, cellEditorPopup: true, cellEditorPopupPosition: 'under' }
    default:
      return { cellEditor: TextCellEditor, cellEditorPopup: false }
  }
}

function cellClassFor(col: ColumnDef): string[] {
  const classes = [`cell-${col.type}`]
  if (NUMERIC.has(col.type)) classes.push('cell-num')
  if (col.unitColumn) classes.push('cell-quantity')
  return classes
}

export function columnFor(table: TableName, col: ColumnDef, readOnly: boolean): ColDef<Row> {
  const params: EditorParams = { column: col, table }
  return {
    colId: col.name,
    field: col.name,
    headerName: col.label,
    headerTooltip: col.description ? `${col.label}: ${col.description}` : col.label,
    width: col.width ?? 140,
    minWidth: 56,
    hide: col.hidden === true,
    editable: !readOnly && !col.readOnly,
    type: NUMERIC.has(col.type) ? 'rightAligned' : undefined,
    cellClass: cellClassFor(col),
    valueFormatter: (p: ValueFormatterParams<Row>) => formatCell(col, p.data),
    tooltipValueGetter: col.type === 'longtext' ? (p) => (typeof p.value === 'string' && p.value.length > 40 ? p.value.slice(0, 600) : undefined) : undefined,
    cellEditorParams: params,
    ...filterFor(col),
    ...editorFor(col)
  }
}

export function buildColumnDefs(table: TableName, readOnly: boolean): ColDef<Row>[] {
  const def = tableDef(table)
  return def.columns.map((col) => {
    const column = columnFor(table, col, readOnly)
    if (col.name === def.labelColumn && !col.hidden) column.pinned = 'left'
    return column
  })
}
