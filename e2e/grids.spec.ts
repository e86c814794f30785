// Spreadsheet-grade grids in Chromium against the browser host, each test on its own starter dataset: copy a
// block and paste it elsewhere (refused cells listed), HTML on the clipboard refused, fill down and the fill
// handle, undo after a reload, find, search everything, recently deleted, column state and scales, the status
// bar's sums, two tabs editing the same cell, the row checkboxes and the popup editors, and blocks wider than
// the screen (columns out of view are not drawn).
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('copies a block as TSV and pastes it elsewhere; refused cells are listed, not dropped', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await app.grid.selectBlock([0, 'year'], [1, 'hs_code'])
  await app.grid.copy()
  await expect.poll(() => app.grid.clipboardText()).toBe('2020\t2846\r\n2020\t2846\r\n')

  await app.grid.cell(20, 'year').click()
  await app.grid.paste('2019\t2805.30\n2018\t2805.90\n')
  await expect(app.grid.pasteSummary).toHaveText('Pasted 4 cells.')
  await expect(app.grid.cell(20, 'year')).toHaveText('2019')
  await expect(app.grid.cell(21, 'hs_code')).toHaveText('2805.90')
  await expect(app.grid.cell(21, 'flow')).toHaveText('import')

  await app.grid.cell(3, 'year').click()
  await app.grid.paste('n/a\t2846\n2021\t=SUM(A1:A3)\n')
  await expect(app.grid.pasteSummary).toContainText('1 cell refused')
  await expect(app.grid.pasteRefusals).toContainText('row 4, Year: "n/a" is not a year')
  await expect(app.grid.cell(4, 'hs_code')).toHaveText('=SUM(A1:A3)')
})

test('refuses HTML-only clipboard content and cells beyond the last column, in words', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('country')
  await app.grid.cell(0, 'name').click()
  await app.grid.pasteHtml('<b>India</b>')
  await expect(app.grid.pasteSummary).toContainText('formatted text (HTML)')

  await app.grid.cell(0, 'kind').click()
  await app.grid.paste('country\textra\n')
  await expect(app.grid.pasteRefusals).toContainText('row 1: "extra" is beyond the last column, so it was not pasted.')
})

test('fills down with Ctrl+D and the fill handle, one undo step each, undone after a reload', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await expect(app.grid.cell(1, 'period')).toHaveText('2023')
  await app.grid.selectBlock([0, 'period'], [2, 'period'])
  await app.grid.fillDown()
  await expect(app.grid.pasteSummary).toContainText('Filled 2 cells')
  await expect(app.grid.cell(2, 'period')).toHaveText('n.s. (c.2023-2025)')

  await app.grid.cell(4, 'period').click()
  await app.grid.dragFillHandle(6, 'period')
  await expect(app.grid.pasteSummary).toContainText('Filled 2 cells')
  await expect(app.grid.cell(6, 'period')).toHaveText('2023')

  await page.reload()
  await app.openTable('observation')
  await app.undo()
  await expect(app.grid.cell(6, 'period')).not.toHaveText('2023')
  await app.undo()
  await expect(app.grid.cell(1, 'period')).toHaveText('2023')
  await expect(app.grid.cell(2, 'period')).toHaveText('2023')
})

test('finds a word in the table, highlights the matches and steps through them', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await app.grid.cell(0, 'year').click()
  await app.grid.find('myanmar')
  await expect(app.grid.findCount).toHaveText('1 of 5')
  await expect(app.grid.findHits.first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(app.grid.findCount).toHaveText('2 of 5')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.press('Shift+Enter')
  await expect(app.grid.findCount).toHaveText('5 of 5')
  await page.keyboard.press('Escape')
  await expect(app.grid.root.locator('.ag-cell-focus')).toHaveText('Myanmar')
})

test('search everything jumps to a row of another table, and lists commands', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  const palette = await app.searchEverything('Lynas')
  await expect(palette.getByTestId('palette-item').filter({ hasText: 'Organisations' }).first()).toBeVisible()
  await palette.getByTestId('palette-item').filter({ hasText: 'Organisations' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible()
  await expect(app.inspector).toContainText('Lynas')

  const commands = await app.searchEverything('recently')
  await commands.getByTestId('palette-item').filter({ hasText: 'Go to Recently deleted' }).click()
  await expect(page.getByTestId('deleted-view')).toBeVisible()
})

test('restores a deleted facility from Recently deleted, and Undo takes the restore back', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('facility')
  await expect(app.rowCount).toContainText('6 rows')
  const name = (await app.grid.cell(0, 'name').textContent()) ?? ''
  await app.grid.cell(0, 'name').click()
  await page.getByTestId('delete-rows').click()
  await expect(app.rowCount).toContainText('5 rows')

  await app.openView('deleted')
  const item = page.getByTestId('deleted-item').filter({ hasText: name })
  await item.getByTestId('restore-row').click()
  await expect(page.getByTestId('deleted-message')).toContainText('Restored facility')
  await app.openTable('facility')
  await expect(app.rowCount).toContainText('6 rows')
  await app.undo()
  await expect(app.rowCount).toContainText('5 rows')
})

test('keeps hidden columns and a shown scale per table after a reload; the status bar sums in one unit', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await page.getByTestId('columns-menu').click()
  await page.getByRole('group', { name: 'Shown columns' }).getByLabel('Note').uncheck()
  await page.keyboard.press('Escape')
  await page.getByTestId('scale-quantity').click()
  await page.getByTestId('scale-option-t').click()
  await expect(app.grid.cell(0, 'quantity')).toHaveText('35,453.64 t')

  await app.grid.selectBlock([0, 'quantity'], [1, 'quantity'])
  await expect(page.getByTestId('selection-summary')).toHaveText(
    '2 cells · 2 numbers · sum 35,614.279 t · average 17,807.1395 t · min 160.639 t · max 35,453.64 t'
  )

  await page.reload()
  await app.openTable('trade_flow')
  await expect(app.grid.cell(0, 'quantity')).toHaveText('35,453.64 t')
  await expect(app.grid.root.locator('.ag-header-cell[col-id="note"]')).toHaveCount(0)

  await app.openTable('observation')
  await app.grid.selectBlock([0, 'value'], [4, 'value'])
  await expect(page.getByTestId('selection-summary')).toContainText('Cannot add them')
})

test('a column change made just before a reload or another table is kept (the waiting save goes at once)', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await page.getByTestId('scale-quantity').click()
  await page.getByTestId('scale-option-t').click()
  await expect(app.grid.cell(0, 'quantity')).toHaveText('35,453.64 t')
  // At machine speed: no pause for the save's 400 ms before the page goes.
  await page.reload()
  await app.openTable('trade_flow')
  await expect(app.grid.cell(0, 'quantity')).toHaveText('35,453.64 t')

  await page.getByTestId('columns-menu').click()
  await page.getByRole('group', { name: 'Shown columns' }).getByLabel('Note').uncheck()
  await page.keyboard.press('Escape')
  await app.openTable('observation')
  await app.openTable('trade_flow')
  await expect(app.grid.cell(0, 'quantity')).toHaveText('35,453.64 t')
  await expect(app.grid.root.locator('.ag-header-cell[col-id="note"]')).toHaveCount(0)
})

test('two tabs: an edit shows in the other, and a conflicting edit of the same cell is refused with both values', async ({ page, host, context }) => {
  const a = new AppPage(page)
  const b = new AppPage(await context.newPage())
  await a.open(host.url)
  await b.open(host.url)
  await a.openTable('country')
  await b.openTable('country')

  await a.grid.editCell(1, 'name', 'India (edited in tab A)')
  await expect(b.grid.cell(1, 'name')).toHaveText('India (edited in tab A)')

  await b.grid.cell(2, 'name').dblclick()
  const input = b.grid.root.locator('.ag-cell-inline-editing input').first()
  await expect(input).toBeFocused()
  await a.grid.editCell(2, 'name', 'Written first in A')
  await a.expectSaved()
  await input.fill('Written second in B')
  await input.press('Enter')
  await expect(b.page.getByTestId('cell-error')).toContainText('Someone else changed this country')
  await expect(b.page.getByTestId('cell-error')).toContainText('Current value: Written first in A; yours: Written second in B')
  await expect(b.grid.cell(2, 'name')).toHaveText('Written first in A')
})

test('keeps every key of values typed fast, edit after edit, into the same cell', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await app.grid.cell(2, 'value_usd').click()
  for (let i = 0; i < 15; i++) {
    const value = 20_000 + i
    await page.keyboard.type(String(value))
    await page.keyboard.press('Enter')
    await expect(app.grid.cell(2, 'value_usd')).toHaveText(value.toLocaleString('en-US'))
  }
})

test('pastes 100,000 cells with progress, adding 10,000 rows as one undo step', async ({ page, host }) => {
  test.setTimeout(180_000)
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  const lines = Array.from({ length: 10_000 }, (_, i) =>
    ['India', 'China', String(1990 + (i % 30)), `P${i}`, 'import', `${i},5`, 'kg', String(i * 10), 'CIF', i % 1000 === 999 ? 'n/a' : 'no'].join('\t')
  )
  await app.grid.cell(22, 'reporter_id').click()
  await app.grid.paste(lines.join('\n'))
  await expect(page.getByTestId('paste-progress')).toBeVisible()
  await expect(app.grid.pasteSummary).toHaveText(/^Pasted 99,900 cells .*added 9,989 rows to Trade flows; 100 cells refused\.$/, { timeout: 120_000 })
  await expect(app.grid.pasteRefusals).toContainText('row 1022, Estimated: "n/a" is not yes or no')
  await expect(app.grid.pasteRefusals).toContainText('row 1022, Reporter: Not written: the new row was not added (another cell of this new row was refused).')
  await expect(app.rowCount).toContainText('10,012 rows')
  await app.undo()
  await expect(app.rowCount).toContainText('23 rows')
})

test('checks rows in the checkbox column: a click, Shift+click for a range, and Ctrl+click shows in the boxes', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  const box = (row: number) => app.grid.root.locator(`.ag-row[row-index="${row}"] .row-check input[type=checkbox]`)
  const deleteRows = page.getByTestId('delete-rows')
  await box(1).click()
  await box(4).click({ modifiers: ['Shift'] })
  await expect(deleteRows).toHaveText(/Delete 4$/)
  for (const row of [1, 2, 3, 4]) await expect(box(row)).toBeChecked()
  await expect(box(5)).not.toBeChecked()
  await app.grid.cell(6, 'partner_id').click({ modifiers: ['Control'] })
  await expect(box(6)).toBeChecked()
  await box(2).click()
  await expect(box(2)).not.toBeChecked()
  await expect(deleteRows).toHaveText(/Delete 4$/)
})

test('edits through the popup editors: a choice, a referenced row, and long text saved with Ctrl+Enter', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await app.grid.cell(0, 'flow').dblclick()
  await page.locator('.ag-popup-editor').getByRole('option', { name: 'export', exact: true }).click()
  await expect(app.grid.cell(0, 'flow')).toHaveText('export')

  await app.grid.cell(0, 'partner_id').dblclick()
  await page.keyboard.type('Lao')
  await page.locator('.ag-popup-editor').getByRole('option', { name: /Laos/ }).first().click()
  await expect(app.grid.cell(0, 'partner_id')).toHaveText('Laos')

  await app.grid.cell(0, 'note').dblclick()
  const area = page.locator('.ag-popup-editor textarea')
  await area.fill('Checked against the customs release.')
  await area.press('ControlOrMeta+Enter')
  await expect(app.grid.cell(0, 'note')).toHaveText('Checked against the customs release.')
})

test('copies and fills a block wider than the screen: columns scrolled out of view (not drawn) are included', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  const year0 = (await app.grid.cell(0, 'year').textContent())?.trim() ?? ''
  // The block starts at the first column and ends at the last, scrolled into view: the columns between are not all
  // drawn at any one time; copy and fill work on the rows' data.
  await app.grid.selectBlock([0, 'country_id'], [1, 'year'])
  await expect(app.grid.root.locator('.ag-row[row-index="0"] .ag-cell[col-id="country_id"]')).not.toBeInViewport()
  await app.grid.copy()
  await expect.poll(async () => (await app.grid.clipboardText()).split('\r\n')[0]?.split('\t').at(-1)).toBe(year0)
  const lines = (await app.grid.clipboardText()).split('\r\n').filter(Boolean)
  expect(lines).toHaveLength(2)
  expect(lines[0]!.split('\t').length).toBeGreaterThanOrEqual(9)

  await app.grid.selectBlock([0, 'period'], [2, 'year'])
  await app.grid.fillDown()
  await expect(app.grid.pasteSummary).toContainText('Filled')
  await expect(app.grid.cell(2, 'year')).toHaveText(year0)
  await expect(app.grid.cell(2, 'period')).toHaveText((await app.grid.cell(0, 'period').textContent()) ?? '')
})
