// Page object for the app frame: navigation, title, status bar, undo/redo. Specs read like what a user does.
import { expect, type Locator, type Page } from '@playwright/test'
import { GridPage } from './GridPage'

export class AppPage {
  readonly grid: GridPage
  readonly inspector: Locator
  readonly saveState: Locator
  readonly rowCount: Locator

  constructor(readonly page: Page) {
    this.grid = new GridPage(page)
    this.inspector = page.getByTestId('inspector')
    this.saveState = page.getByTestId('save-state')
    this.rowCount = page.getByTestId('row-count')
  }

  /** Opens the app on the Figures grid (by its address: a first open without one shows Start). */
  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/tables/figures`)
    await expect(this.page.getByTestId('nav-observation')).toBeVisible()
  }

  async openTable(table: string): Promise<void> {
    await this.page.getByTestId(`nav-${table}`).click()
    await this.grid.waitForRows()
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('undo').click()
    await expect(this.saveState).toHaveText('All changes saved')
  }

  async redo(): Promise<void> {
    await this.page.getByTestId('redo').click()
    await expect(this.saveState).toHaveText('All changes saved')
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('All changes saved')
  }

  /** Ctrl+K: search rows, tables and commands; returns the palette. */
  async searchEverything(query: string): Promise<Locator> {
    await this.page.keyboard.press('ControlOrMeta+K')
    const palette = this.page.getByTestId('search-palette')
    await palette.getByRole('textbox', { name: 'Search everything' }).fill(query)
    return palette
  }

  async openView(id: string): Promise<void> {
    await this.page.getByTestId(`nav-view-${id}`).click()
  }
}
