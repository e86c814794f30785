// Pickers at machine speed: country, indicator, unit and source, in the grid, the inspector and the new-figure
// form, typed with no delay between keys and Enter at once, and pasted then Enter. Enter takes the best match of
// what is typed at that moment, whatever the timing, or nothing with a message when nothing matches.
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'
import type { Page } from '@playwright/test'

const PICKS = [
  { column: 'country_id', text: 'India', expected: 'India' },
  { column: 'indicator_id', text: 'reserves', expected: /^reserves$/i },
  { column: 'unit_id', text: 'kg', expected: /^kg$/ },
  { column: 'source_id', text: 'USGS-MCS2025', expected: /USGS-MCS2025/ }
] as const

async function pasteInto(page: Page, text: string): Promise<void> {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`)
  await page.keyboard.press('ControlOrMeta+V')
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

for (const how of ['typed', 'pasted'] as const) {
  test(`grid pickers take the best match of what was ${how} when Enter comes at once`, async ({ page, host }) => {
    const app = new AppPage(page)
    await app.open(host.url)
    await app.openTable('observation')
    for (const [i, p] of PICKS.entries()) {
      const row = 10 + i
      await app.grid.showColumn(p.column)
      await app.grid.cell(row, p.column).click()
      if (how === 'typed') await page.keyboard.type(p.text, { delay: 0 })
      else {
        await page.keyboard.press('Enter')
        await expect(page.locator('.ag-popup-editor input')).toBeFocused()
        await pasteInto(page, p.text)
      }
      await page.keyboard.press('Enter')
      await expect(app.grid.cell(row, p.column)).toHaveText(p.expected)
    }
    await app.expectSaved()
  })
}

test('a fast Enter on text that matches nothing chooses nothing and says so', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  const before = await app.grid.cell(3, 'country_id').textContent()
  await app.grid.cell(3, 'country_id').click()
  await page.keyboard.type('Atlantis', { delay: 0 })
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('picker-notice')).toHaveText('No countries match "Atlantis"; nothing was chosen.')
  await page.keyboard.press('Escape')
  await expect(app.grid.cell(3, 'country_id')).toHaveText(before ?? '')
})

for (const how of ['typed', 'pasted'] as const) {
  test(`inspector and new-figure pickers take the best match of what was ${how} when Enter comes at once`, async ({ page, host }) => {
    const app = new AppPage(page)
    await app.open(host.url)
    await app.openTable('observation')
    await app.grid.cell(5, 'code').click()
    for (const p of PICKS) {
      const label = { country_id: 'Country', indicator_id: 'Indicator', unit_id: 'Unit', source_id: 'Source' }[p.column]
      const field = app.inspector.getByRole('button', { name: label, exact: true })
      await field.focus()
      if (how === 'typed') await page.keyboard.type(p.text, { delay: 0 })
      else {
        await page.keyboard.press('Enter')
        await expect(page.getByRole('combobox', { name: `Choose ${label.toLowerCase()}` })).toBeFocused()
        await pasteInto(page, p.text)
      }
      await page.keyboard.press('Enter')
      await expect(field).toHaveText(p.expected)
    }
    await app.expectSaved()
    await expect(app.grid.cell(5, 'country_id')).toHaveText('India')
  })
}

test('the new figure form asks for value, unit and source; its pickers take a fast Enter; focus starts in the form', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await page.getByTestId('add-row').click()
  const form = page.getByTestId('new-row-form')
  await expect(form.getByRole('button', { name: 'Country', exact: true })).toBeFocused()
  for (const p of PICKS) {
    const label = { country_id: 'Country', indicator_id: 'Indicator', unit_id: 'Unit', source_id: 'Source (optional)' }[p.column]
    const field = form.getByRole('button', { name: label, exact: true })
    await field.focus()
    await page.keyboard.type(p.text, { delay: 0 })
    await page.keyboard.press('Enter')
    await expect(field).toHaveText(p.expected)
  }
  await form.getByLabel('Element or product').fill('Total rare earths')
  await form.getByLabel('Period').fill('2031')
  await form.getByLabel('Value').fill('1234')
  await form.getByLabel('Basis').selectOption('REO equivalent')
  await page.getByTestId('create-row').click()
  await app.expectSaved()
  const row = app.grid.rowWith('period', '2031')
  await expect(row.locator('.ag-cell[col-id="country_id"]')).toHaveText('India')
  await expect(row.locator('.ag-cell[col-id="value"]')).toContainText('1,234')
})

test('a source picker adds a new source when nothing matches, and chooses it', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await page.getByTestId('add-row').click()
  const form = page.getByTestId('new-row-form')
  const source = form.getByRole('button', { name: 'Source (optional)', exact: true })
  await source.focus()
  await page.keyboard.type('Ministry of Mines annual report 2025', { delay: 0 })
  const add = page.getByRole('option', { name: /^Add a new source "Ministry of Mines annual report 2025"…/ })
  await expect(add).toBeVisible()
  await add.click()
  const sourceForm = page.getByTestId('new-source-form')
  await expect(sourceForm.getByTestId('new-source-code')).toHaveValue('MINISTRY-OF-MINES-ANNUAL-REPORT-2025')
  await expect(sourceForm.getByTestId('new-source-title')).toHaveValue('Ministry of Mines annual report 2025')
  await sourceForm.getByTestId('new-source-code').fill('MOM-AR-2025')
  await sourceForm.getByTestId('new-source-publisher').fill('Ministry of Mines, India')
  await sourceForm.getByTestId('new-source-date').fill('2025')
  await sourceForm.getByTestId('new-source-save').click()
  await expect(source).toHaveText('MOM-AR-2025')
  await expect(page.getByTestId('nav-count-source')).toHaveText('156')

  // A code already used is refused in words and nothing is added.
  const again = form.getByRole('button', { name: 'Source (optional)', exact: true })
  await again.focus()
  await page.keyboard.type('Another report', { delay: 0 })
  await page.getByRole('option', { name: /^Add a new source "Another report"…/ }).click()
  await page.getByTestId('new-source-code').fill('MOM-AR-2025')
  await page.getByTestId('new-source-save').click()
  await expect(page.getByTestId('new-source-form').getByRole('alert')).toContainText('MOM-AR-2025')
  await expect(page.getByTestId('nav-count-source')).toHaveText('156')
})
