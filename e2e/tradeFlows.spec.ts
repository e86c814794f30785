// Trade flows say whose report each row is, in the grid and the inspector ("China reports imports from India"),
// so a mirror flow is never read as the partner's own figure; and indicators in the inspector in words, as in the grid.
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'

test("trade flows say whose report each row is, and the partner's report is named as another row", async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  const words = app.grid.cell(0, 'view:reported_as')
  await expect(words).toHaveText(/^China reports (imports from|exports to) [A-Z]/)
  const text = (await words.textContent()) ?? ''
  await words.click()
  const inspector = page.getByTestId('flow-words')
  await expect(inspector).toContainText(text)
  await expect(inspector).toContainText("This is China's report.")
  await expect(inspector).toContainText('would be a separate row')

  // The column is for reading: Ctrl+C of a block leaves it out, and it takes no edit.
  await words.dblclick()
  await expect(page.locator('.ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('trade-flows.png') })
})

test('the inspector shows an indicator in words, as the grid does, with its code on hover', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.grid.cell(0, 'code').click()
  const field = page.getByTestId('inspector').getByRole('button', { name: 'Indicator', exact: true })
  await expect(field).toHaveText('Import share, volume')
  await expect(field.locator('[title="import_share_volume"]')).toHaveCount(1)
})
