// Questions before changes the analyst cannot see: a paste with more lines than rows in view asks first (how
// many rows, from where); deleting a figure cited as evidence names the assessments that cite it; an Undo that
// changes another view says what it undid and where.
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('a paste of more lines than rows in view asks first, and Cancel pastes nothing', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  const before = await app.grid.cell(0, 'value').textContent()
  await app.grid.cell(0, 'value').click()
  await app.grid.paste(Array.from({ length: 5000 }, (_, i) => String(i + 1)).join('\n'))
  const dialog = page.getByTestId('confirm-dialog')
  await expect(dialog).toContainText('Paste over 480 figures?')
  await expect(dialog).toContainText('changes 480 figures (rows 1 to 480)')
  await expect(dialog).toContainText('4,520 lines go beyond the last row')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByTestId('grid-notice')).toHaveText('Nothing was pasted.')
  await expect(app.grid.cell(0, 'value')).toHaveText(before ?? '')

  // A paste that fits in view goes ahead without a question.
  await app.grid.cell(0, 'year').click()
  await app.grid.paste('2023\n2023\n')
  await expect(app.grid.pasteSummary).toContainText('Pasted 2 cells')
  await expect(dialog).toHaveCount(0)
})

test('deleting a figure cited as evidence names the assessment first', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await app.grid.rowWith('code', 'F0008').locator('.ag-cell[col-id="code"]').click()
  await page.getByTestId('delete-rows').click()
  const dialog = page.getByTestId('confirm-dialog')
  await expect(dialog).toContainText('Delete figure F0008, which is cited as evidence?')
  await expect(dialog).toContainText('F0008 is evidence in "')
  await expect(dialog).toContainText('any brief that quotes them')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.grid.rowWith('code', 'F0008')).toHaveCount(1)
})

test('an Undo that changes another view says what it undid and where', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('facility')
  await app.grid.editCell(0, 'name', 'Renamed plant')
  await app.expectSaved()
  await app.openTable('country')
  await app.undo()
  await expect(page.getByTestId('undo-notice')).toContainText('Undid “')
  await expect(page.getByTestId('undo-notice')).toContainText('in Facilities')
  await app.openTable('facility')
  await expect(app.grid.cell(0, 'name')).not.toHaveText('Renamed plant')
})

test('a new figure hidden by the filters is said so, with a way to show it', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await app.grid.filter('country_id', 'Kazakhstan')
  await expect(app.grid.cell(0, 'country_id')).toHaveText('Kazakhstan')
  await page.getByTestId('add-row').click()
  const form = page.getByTestId('new-row-form')
  await form.getByRole('button', { name: 'Country', exact: true }).focus()
  await page.keyboard.type('India', { delay: 0 })
  await page.keyboard.press('Enter')
  await form.getByRole('button', { name: 'Indicator', exact: true }).focus()
  await page.keyboard.type('reserves', { delay: 0 })
  await page.keyboard.press('Enter')
  await form.getByLabel('Element or product').fill('Total rare earths')
  await form.getByLabel('Period').fill('2031')
  await form.getByRole('button', { name: 'Unit', exact: true }).focus()
  await page.keyboard.type('t', { delay: 0 })
  await page.keyboard.press('Enter')
  await form.getByLabel('Basis').selectOption('REO equivalent')
  await page.getByTestId('create-row').click()
  const notice = page.getByTestId('hidden-row-notice')
  await expect(notice).toContainText(/Figure F\d{4} is hidden by the filters/)
  await notice.getByRole('button', { name: 'Clear filters and show it' }).click()
  await expect(app.grid.rowWith('period', '2031')).toHaveCount(1)
  await expect(app.grid.rowWith('period', '2031').locator('.ag-cell[col-id="source_id"]')).toHaveClass(/cell-no-source/)
  await expect(page.getByLabel('Active filters')).toHaveCount(0)
})
