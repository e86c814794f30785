// The Foundation journey in Chromium against the browser host, each test on its own starter dataset:
// open the starter data, find a figure, edit it, reload and see it kept, undo; refused values; add and delete rows;
// filter a column; a request without the token is refused.
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'

test('edits a figure, keeps it after a reload, and undoes it', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await expect(app.rowCount).toContainText('480')

  await app.grid.filter('code', 'F0005')
  await expect(app.rowCount).toContainText('1 ')
  await expect(app.grid.cell(0, 'value')).toHaveText('3,000 kg/yr')

  await app.grid.editCell(0, 'value', '3500')
  await expect(app.grid.cell(0, 'value')).toHaveText('3,500 kg/yr')
  await app.expectSaved()

  await page.reload()
  await app.openTable('observation')
  await app.grid.filter('code', 'F0005')
  await expect(app.grid.cell(0, 'value')).toHaveText('3,500 kg/yr')

  await app.undo()
  await expect(app.grid.cell(0, 'value')).toHaveText('3,000 kg/yr')
})

test('refuses an invalid value in place and writes nothing', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await app.grid.editCell(0, 'year', '3020')
  await expect(page.getByTestId('cell-error')).toContainText('between 1900 and 2100')
  await page.keyboard.press('Escape')
  await page.reload()
  await app.openTable('observation')
  await expect(app.grid.cell(0, 'year')).not.toHaveText('3020')
})

test('adds a facility and deletes two rows after confirming', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('facility')
  await expect(app.rowCount).toContainText('6')

  await page.getByTestId('add-row').click()
  const form = page.getByTestId('new-row-form')
  await form.getByLabel('Name').fill('Test magnet plant')
  await form.getByLabel('Country').click()
  await page.getByRole('combobox', { name: 'Choose country' }).fill('India')
  await page.getByRole('option', { name: /India/ }).first().click()
  await form.getByLabel('Stage').selectOption('magnet')
  await form.getByLabel('Status').selectOption('planned')
  await page.getByTestId('create-row').click()
  await expect(app.rowCount).toContainText('7')
  await expect(app.grid.rowWith('name', 'Test magnet plant')).toHaveCount(1)

  await app.grid.cell(0, 'name').click()
  await app.grid.cell(1, 'name').click({ modifiers: ['Control'] })
  await page.getByTestId('delete-rows').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('2')
  await page.getByTestId('confirm-ok').click()
  await expect(app.rowCount).toContainText('5')
  await app.undo()
  await expect(app.rowCount).toContainText('7')
})

test('filters a column by a reference label', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await app.grid.filter('country_id', 'Kazakhstan')
  await expect(page.getByLabel('Active filters')).toContainText('Kazakhstan')
  await expect(app.rowCount).not.toContainText('480')
  const count = await app.rowCount.textContent()
  expect(Number(count?.replace(/\D/g, ''))).toBeLessThan(480)
  await expect(app.grid.cell(0, 'country_id')).toHaveText('Kazakhstan')
})

test('refuses API calls without the token and changes nothing', async ({ request, host }) => {
  const response = await request.post(`${host.origin}/api/call`, {
    headers: { 'content-type': 'application/json' },
    data: { method: 'edits.apply', args: { changes: [{ kind: 'delete', table: 'observation', id: 1 }] } }
  })
  expect(response.status()).toBe(401)
  const page = await request.get(`${host.origin}/`)
  expect(page.status()).toBe(401)
})
