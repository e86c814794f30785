// Page object for the table grid (AG Grid Community, infinite row model): cells by row and column,
// editing a cell, filtering a column through its header filter, selecting rows and blocks of cells,
// copy and paste through the clipboard, fill down and the fill handle, find, and the paste report. Columns
// off-screen are not drawn (column virtualisation): asking for a cell scrolls its column into view, as a user
// looking for it would (through the app's one test hook, api.ensureColumnVisible); the helpers that act on a
// cell or header wait until it is drawn.
import { expect, type Locator, type Page } from '@playwright/test'

type HookWindow = { __lodestoneShowColumn?: (colId: string) => boolean }

/** In the page: brings the column into view once the grid is ready (it may still be mounting); true if it has it. */
const SHOW_COLUMN = (column: string): Promise<boolean> =>
  new Promise((resolve) => {
    const until = Date.now() + 5000
    const attempt = (): void => {
      const show = (globalThis as unknown as HookWindow).__lodestoneShowColumn
      if (show) resolve(show(column))
      else if (Date.now() > until) resolve(false)
      else globalThis.setTimeout(attempt, 30)
    }
    attempt()
  })

export class GridPage {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('grid')
  }

  async waitForRows(): Promise<void> {
    await expect(this.root.locator('.ag-row .ag-cell').first()).toBeVisible()
  }

  /** The cell (its column is scrolled into view now; the locator's own waiting covers the drawing). */
  cell(rowIndex: number, column: string): Locator {
    void this.page.evaluate(SHOW_COLUMN, column).catch(() => undefined)
    return this.root.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${column}"]`)
  }

  header(column: string): Locator {
    return this.root.locator(`.ag-header-cell[col-id="${column}"]`)
  }

  /** Scroll the grid sideways until the column is drawn (the app's one test hook: api.ensureColumnVisible). */
  async showColumn(column: string): Promise<void> {
    const shown = await this.page.evaluate(SHOW_COLUMN, column)
    if (!shown) throw new Error(`the grid has no column "${column}" to show`)
    await expect(this.header(column)).toBeVisible()
  }

  /** The first row whose cell in `column` reads exactly `text`. */
  rowWith(column: string, text: string): Locator {
    return this.root.locator('.ag-row').filter({ has: this.page.locator(`.ag-cell[col-id="${column}"]`, { hasText: new RegExp(`^${text}$`) }) })
  }

  async editCell(rowIndex: number, column: string, text: string): Promise<void> {
    await this.showColumn(column)
    const cell = this.cell(rowIndex, column)
    await cell.dblclick()
    const input = this.root.locator('.ag-cell-editor input, .ag-cell-inline-editing input, .ag-popup-editor input').first()
    await expect(input).toBeFocused()
    await input.fill(text)
    await input.press('Enter')
  }

  async filter(column: string, text: string): Promise<void> {
    await this.showColumn(column)
    const header = this.header(column)
    await header.hover()
    await header.locator('.ag-header-cell-filter-button, .ag-header-icon.ag-filter-icon, [ref="eFilterButton"]').first().click()
    const input = this.page.locator('.ag-filter-body input:visible').first()
    await input.fill(text)
    await this.page.keyboard.press('Escape')
  }

  /** Click the first cell, shift+click the last: the block between them. */
  async selectBlock(from: [number, string], to: [number, string]): Promise<void> {
    await this.showColumn(from[1])
    await this.cell(from[0], from[1]).click()
    await this.showColumn(to[1])
    await this.cell(to[0], to[1]).click({ modifiers: ['Shift'] })
  }

  async copy(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+C')
  }

  /** Put text on the clipboard (as a spreadsheet would) and paste it at the active cell. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`)
    await this.page.keyboard.press('ControlOrMeta+V')
  }

  async clipboardText(): Promise<string> {
    return String(await this.page.evaluate('navigator.clipboard.readText()'))
  }

  /** Put only HTML on the clipboard (what some web pages copy), then paste. */
  async pasteHtml(html: string): Promise<void> {
    await this.page.evaluate(`navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([${JSON.stringify(html)}], { type: 'text/html' }) })])`)
    await this.page.keyboard.press('ControlOrMeta+V')
  }

  async fillDown(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+D')
  }

  /** Drag the block's fill handle down onto the given row. */
  async dragFillHandle(toRow: number, column: string): Promise<void> {
    await this.showColumn(column)
    const handle = this.page.getByTestId('fill-handle')
    const from = await handle.boundingBox()
    const to = await this.cell(toRow, column).boundingBox()
    if (!from || !to) throw new Error('fill handle or target cell not visible')
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 })
    await this.page.mouse.up()
  }

  get pasteSummary(): Locator {
    return this.page.getByTestId('paste-summary')
  }

  get pasteRefusals(): Locator {
    return this.page.getByTestId('paste-refusals')
  }

  async find(query: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+F')
    await this.page.getByRole('searchbox', { name: 'Find in this table' }).fill(query)
  }

  get findCount(): Locator {
    return this.page.getByTestId('find-count')
  }

  /** Cells highlighted by find; the current match is also `.find-current`. */
  get findHits(): Locator {
    return this.root.locator('.ag-cell.find-hit')
  }
}
