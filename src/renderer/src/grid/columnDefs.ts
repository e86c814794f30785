// Grid columns from the schema registry (after the row checkbox column): labels as headers (descriptions as their titles, see gridTitles.ts), widths, hidden
// columns hidden, a filter and an editor fitting each type, numbers formatted and right-aligned, quantities
// with their unit and basis at the column's shown scale (a chip in the header picks it). Widths, visibility
// and order are initial values: the analyst's column state (restored per table) wins over them.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import { scaleFamily, SCALE_CHOICES, type ScaleChoice } from '../../../shared/displayUnits'
import { tableDef, type ColumnDef, type TableName } from '../../../shared/schema'
import { displayText, isQuantity } from './cellText'
import { reactInnerHeader } from './columns/reactHeader'
import { ScaleHeader, type ScaleHeaderParams } from './columns/ScaleHeader'
import { ChoiceCellEditor } from './editors/ChoiceCellEditor'
import { reactCellEditor } from './editors/editorHost'
import type { EditorParams } from './editors/editorProps'
import { LongTextCellEditor } from './editors/LongTextCellEditor'
import { RefCellEditor } from './editors/RefCellEditor'
import { TextCellEditor } from './editors/TextCellEditor'
import { conflictOf } from './conflictMarks'
import { VIEW_COLUMN_PREFIX } from './gridView'
import { flowInWords } from '../../../shared/tradeFlows'
import { refLabel } from '../data/format'
import { checkColumnDef } from './rowCheckbox'
import { CHOICE_FILTER_OPTIONS, CONFLICTS_ONLY, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './query'

const NUMERIC = new Set(['number', 'integer', 'year'])

// The React editors and header, each as the component class the plain-DOM grid mounts (made once).
const LongTextEditor = reactCellEditor(LongTextCellEditor)
const ChoiceEditor = reactCellEditor(ChoiceCellEditor)
const RefEditor = reactCellEditor(RefCellEditor)
const TextEditor = reactCellEditor(TextCellEditor)
const ScaleInnerHeader = reactInnerHeader(ScaleHeader)

/** Display settings the grid changes without rebuilding its columns (read when cells are drawn). */
export interface GridSettings {
  scales: Record<string, ScaleChoice>
  onScale(column: string, scale: ScaleChoice | undefined): void
}

/** The id column of Figures also offers "In a conflict group" (set by the Conflicts button; the engine computes it). */
const conflictsOption = { displayKey: CONFLICTS_ONLY, displayName: 'In a conflict group', predicate: () => true, numberOfInputs: 0 as const }

function filterFor(col: ColumnDef, table: TableName): Pick<ColDef<Row>, 'filter' | 'filterParams'> {
  const common = { maxNumConditions: 1, debounceMs: 300, buttons: ['reset'] }
  if (table === 'observation' && col.name === 'id')
    return { filter: 'agNumberColumnFilter', filterParams: { ...common, filterOptions: [...NUMBER_FILTER_OPTIONS, conflictsOption] } }
  if (NUMERIC.has(col.type)) return { filter: 'agNumberColumnFilter', filterParams: { ...common, filterOptions: [...NUMBER_FILTER_OPTIONS] } }
  if (col.type === 'bool') return { filter: 'agTextColumnFilter', filterParams: { ...common, filterOptions: [...CHOICE_FILTER_OPTIONS] } }
  return { filter: 'agTextColumnFilter', filterParams: { ...common, filterOptions: [...TEXT_FILTER_OPTIONS] } }
}

function editorFor(col: ColumnDef): Pick<ColDef<Row>, 'cellEditor' | 'cellEditorPopup' | 'cellEditorPopupPosition'> {
  switch (col.type) {
    case 'longtext':
      return { cellEditor: LongTextEditor, cellEditorPopup: true, cellEditorPopupPosition: 'over' }
    case 'enum':
    case 'bool':
      return { cellEditor: ChoiceEditor, cellEditorPopup: true, cellEditorPopupPosition: 'under' }
    case 'ref':
      return { cellEditor: RefEditor, cellEditorPopup: true, cellEditorPopupPosition: 'under' }
    default:
      return { cellEditor: TextEditor, cellEditorPopup: false }
  }
}

function cellClassFor(col: ColumnDef): string[] {
  const classes = [`cell-${col.type}`]
  if (NUMERIC.has(col.type)) classes.push('cell-num')
  if (col.unitColumn || col.unit) classes.push('cell-quantity')
  return classes
}

/** The scale families a quantity column can be shown in: its fixed unit's, else mass and money. */
function familiesOf(col: ColumnDef): (keyof typeof SCALE_CHOICES)[] {
  const fixed = col.unit ? scaleFamily(col.unit) : null
  return fixed ? [fixed] : ['mass', 'currency']
}

function headerFor(col: ColumnDef, settings: GridSettings): Pick<ColDef<Row>, 'headerComponentParams'> {
  if (!isQuantity(col)) return {}
  const params: ScaleHeaderParams = {
    families: familiesOf(col),
    scale: () => settings.scales[col.name],
    onScale: (scale) => settings.onScale(col.name, scale)
  }
  return { headerComponentParams: { innerHeaderComponent: ScaleInnerHeader, innerHeaderComponentParams: params } }
}

export function columnFor(table: TableName, col: ColumnDef, readOnly: boolean, settings: GridSettings): ColDef<Row> {
  const params: EditorParams = { column: col, table }
  return {
    colId: col.name,
    field: col.name,
    headerName: col.label,
    initialWidth: col.width ?? 140,
    minWidth: 56,
    initialHide: col.hidden === true,
    editable: !readOnly && !col.readOnly,
    type: NUMERIC.has(col.type) ? 'rightAligned' : undefined,
    cellClass: cellClassFor(col),
    valueFormatter: (p: ValueFormatterParams<Row>) => displayText(col, p.data, settings.scales[col.name]),
    cellEditorParams: params,
    ...headerFor(col, settings),
    ...filterFor(col, table),
    ...editorFor(col)
  }
}

/** A figure's marks: a sign on a value that other sources dispute (and on the preferred one), "no source" where its source is missing. */
function figureMarks(col: ColumnDef): Pick<ColDef<Row>, 'cellClassRules'> {
  if (col.name === 'value')
    return {
      cellClassRules: {
        'cell-conflict': (p) => conflictOf(p.data?.id) !== undefined,
        'cell-preferred': (p) => conflictOf(p.data?.id)?.preferred === true
      }
    }
  if (col.name === 'source_id') return { cellClassRules: { 'cell-no-source': (p) => p.data !== undefined && p.data.source_id == null } }
  return {}
}

/**
 * Figures open with what a reader needs in view at 1280 px with the inspector open: the figure, where, what, when,
 * then value, unit and source; the rest follows. Widths and order are only defaults (the analyst's own are kept).
 */
const FIGURE_LAYOUT: Record<string, number> = { code: 76, country_id: 86, indicator_id: 116, period: 70, value: 130, unit_id: 60, source_id: 120 }

function figureOrder(cols: readonly ColumnDef[]): ColumnDef[] {
  const first = Object.keys(FIGURE_LAYOUT)
  const lead = first.map((n) => cols.find((c) => c.name === n)).filter((c): c is ColumnDef => c !== undefined)
  return [...cols.filter((c) => c.name === 'id'), ...lead, ...cols.filter((c) => c.name !== 'id' && !first.includes(c.name))]
}

/** Trade flows open with whose report each row is, in words ("China reports imports from India"). */
const reportedAs: ColDef<Row> = {
  colId: `${VIEW_COLUMN_PREFIX}reported_as`,
  headerName: 'Reported as',
  headerTooltip: "Whose report the row is: a flow is the reporter's own statement; the partner's report of the same trade is another row.",
  initialWidth: 300,
  minWidth: 120,
  editable: false,
  sortable: false,
  filter: false,
  suppressHeaderMenuButton: true,
  cellClass: 'cell-view',
  valueGetter: (p) =>
    p.data
      ? (flowInWords({ reporter: refLabel(p.data, 'reporter_id'), partner: refLabel(p.data, 'partner_id'), flow: (p.data.flow as string | null) ?? null }) ??
        '')
      : ''
}

export function buildColumnDefs(table: TableName, readOnly: boolean, settings: GridSettings): ColDef<Row>[] {
  const def = tableDef(table)
  const ordered = table === 'observation' ? figureOrder(def.columns) : def.columns
  const columns = ordered.map((col) => {
    const column = columnFor(table, col, readOnly, settings)
    if (col.name === def.labelColumn && !col.hidden) column.initialPinned = 'left'
    if (table !== 'observation') return column
    const width = FIGURE_LAYOUT[col.name]
    return { ...column, ...figureMarks(col), ...(width ? { initialWidth: width } : {}) }
  })
  if (table === 'trade_flow') return [checkColumnDef, columns[0]!, reportedAs, ...columns.slice(1)]
  return [checkColumnDef, ...columns]
}
