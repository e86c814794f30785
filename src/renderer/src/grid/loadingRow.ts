// Rows the infinite model has not filled yet are drawn as one light full-width element (a faint bar), not as a
// row of empty cells: AG Grid throws a loading row away when its page arrives, so drawing its cells would build
// every row of a jump twice. Plain DOM, no React, so a jump to the far end of a million rows stays cheap.
import type { ICellRendererComp, IsFullWidthRowParams } from 'ag-grid-community'
import type { Row } from '../../../shared/api'
import './rows.css'

/** A row is a loading row while its page has not arrived. */
export const isLoadingRow = (p: IsFullWidthRowParams<Row>): boolean => p.rowNode.data === undefined

export class LoadingRow implements ICellRendererComp<Row> {
  private readonly gui: HTMLElement

  constructor() {
    this.gui = document.createElement('div')
    this.gui.className = 'grid-loading-row'
    this.gui.setAttribute('aria-busy', 'true')
  }

  init(): void {
    // Nothing per row: the element is the same for every loading row.
  }

  getGui(): HTMLElement {
    return this.gui
  }

  refresh(): boolean {
    return false
  }
}
