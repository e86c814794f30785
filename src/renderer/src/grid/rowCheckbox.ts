// The row checkbox column: one plain checkbox per row in AG Grid's checkbox style. AG Grid's own selection column
// builds a full checkbox component per row (about a quarter of the cost of drawing a row, paid again on every
// jump); this one is two elements and one listener. A click toggles the row in the selection, Shift+click sets
// the rows from the last clicked one the same way; the box follows the row's selection however it changes
// (Ctrl+click, Space, delete, reload).
import type { ColDef, GridApi, ICellRendererComp, ICellRendererParams, IRowNode } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import './rows.css'

/** The column's id: 'ag-Grid' first, so block selection, copy and find leave it out like AG Grid's own columns. */
export const CHECK_COLUMN = 'ag-Grid-RowCheck'

/** The row last clicked in each grid, where a Shift+click range starts. */
const anchors = new WeakMap<GridApi<Row>, number>()

/** Sets every loaded row from `from` to `to` (either order) to `on`. */
function setRange(api: GridApi<Row>, from: number, to: number, on: boolean): void {
  for (let i = Math.min(from, to); i <= Math.max(from, to); i += 1) api.getDisplayedRowAtIndex(i)?.setSelected(on)
}

export class RowCheckbox implements ICellRendererComp<Row> {
  private readonly gui = document.createElement('div')
  private readonly box = document.createElement('input')
  private node: IRowNode<Row> | null = null
  private api: GridApi<Row> | null = null
  private readonly sync = (): void => {
    const on = this.node?.isSelected() === true
    this.box.checked = on
    this.gui.classList.toggle('ag-checked', on)
  }
  private readonly toggle = (e: MouseEvent): void => {
    e.stopPropagation()
    const { node, api } = this
    if (!node || !api) return
    const index = node.rowIndex
    const anchor = anchors.get(api)
    if (e.shiftKey && anchor !== undefined && index !== null) setRange(api, anchor, index, this.box.checked)
    else node.setSelected(this.box.checked)
    if (index !== null) anchors.set(api, index)
  }

  init(params: ICellRendererParams<Row>): void {
    this.gui.className = 'ag-wrapper ag-input-wrapper ag-checkbox-input-wrapper row-check'
    this.box.type = 'checkbox'
    this.box.className = 'ag-input-field-input ag-checkbox-input'
    this.box.tabIndex = -1
    this.box.setAttribute('aria-label', 'Select row')
    this.gui.append(this.box)
    this.box.addEventListener('click', this.toggle)
    this.node = params.node
    this.api = params.api
    this.node.addEventListener('rowSelected', this.sync)
    this.sync()
  }

  getGui(): HTMLElement {
    return this.gui
  }

  refresh(): boolean {
    this.sync()
    return true
  }

  destroy(): void {
    this.box.removeEventListener('click', this.toggle)
    this.node?.removeEventListener('rowSelected', this.sync)
    this.node = null
    this.api = null
  }
}

export const checkColumnDef: ColDef<Row> = {
  colId: CHECK_COLUMN,
  // A name for screen readers (an empty header is an axe finding); rows.css keeps it out of sight.
  headerName: 'Selected',
  headerClass: 'row-check-header',
  width: 40,
  minWidth: 40,
  maxWidth: 40,
  pinned: 'left',
  lockPinned: true,
  lockPosition: 'left',
  suppressMovable: true,
  suppressNavigable: true,
  resizable: false,
  sortable: false,
  filter: false,
  editable: false,
  suppressHeaderMenuButton: true,
  cellClass: 'row-check-cell',
  cellClassRules: {},
  cellRenderer: RowCheckbox
}
