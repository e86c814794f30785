// Page object for the table grid (AG Grid Community, infinite row model): cells by row and column,
// editing a cell, filtering a column through its header filter, selecting rows.
import { expect, type Locator, type Page } from '@playwright/test'

export class GridPage {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('grid')
  }

  async waitForRows(): Promise<void> {
    await expect(this.root.locator('.ag-row .ag-cell').first()).toBeVisible()
  }

  cell(rowIndex: number, column: string): Locator {
    return this.root.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${column}"]`)
  }

  /** The first row whose cell in `column` reads exactly `text`. */
  rowWith(column: string, text: string): Locator {
    return this.root.locator('.ag-row').filter({ has: this.page.locator(`.ag-cell[col-id="${column}"]`, { hasText: new RegExp(`^${text}$`) }) })
  }

  async editCell(rowIndex: number, column: string, text: string): Promise<void> {
    const cell = this.cell(rowIndex, column)
    await cell.dblclick()
    const input = this.root.locator('.ag-cell-editor input, .ag-cell-inline-editing input, .ag-popup-editor input').first()
    await expect(input).toBeFocused()
    await input.fill(text)
    await input.press('Enter')
  }

  async filter(column: string, text: string): Promise<void> {
    const header = this.root.locator(`.ag-header-cell[col-id="${column}"]`)
    await header.hover()
    await header.locator('.ag-header-cell-filter-button, .ag-header-icon.ag-filter-icon, [ref="eFilterButton"]').first().click()
    const input = this.page.locator('.ag-filter-body input:visible').first()
    await input.fill(text)
    await this.page.keyboard.press('Escape')
  }
}
