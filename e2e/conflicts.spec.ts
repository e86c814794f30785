// Conflicts and gaps in plain sight in Figures: a disputed value carries a mark in its cell, the inspector opens
// with the figure's group (which is preferred, or used by rule) above its fields, and preferring one marks it in
// the grid; NA and qualifiers read in the Value cell; indicators read as words; "Conflicts" shows only disputed figures.
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'

test('a reserves conflict shows in the grid and beside the figure, and preferring one marks it', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await app.grid.filter('indicator_id', 'reserves')
  const f22 = app.grid.rowWith('code', 'F0022')
  const f60 = app.grid.rowWith('code', 'F0060')
  await expect(f22.locator('.ag-cell[col-id="value"]')).toHaveClass(/cell-conflict/)
  await expect(f60.locator('.ag-cell[col-id="value"]')).toHaveClass(/cell-conflict/)
  await expect(f22.locator('.ag-cell[col-id="indicator_id"]')).toHaveText('Reserves')
  await expect(app.grid.rowWith('code', 'F0025').locator('.ag-cell[col-id="value"]')).toHaveText(/^NA/)

  await f22.locator('.ag-cell[col-id="code"]').click()
  const group = app.inspector.getByTestId('inspector-conflict')
  await expect(group).toContainText('2 figures disagree')
  // The starter ships each conflict group with a preferred figure: F0022 (MCS 2026 v1.3) over the superseded F0060.
  await expect(group.getByTestId('preferred-line')).toContainText('Preferred: F0022')
  await expect(group).toBeInViewport()
  await page.screenshot({ path: '/work/shots/reserves-conflict-grid.png' })
  await group.getByTestId('inspector-prefer-F0060').click()
  await expect(group.getByTestId('preferred-line')).toContainText('Preferred: F0060')
  await expect(f60.locator('.ag-cell[col-id="value"]')).toHaveClass(/cell-preferred/)
  await page.screenshot({ path: '/work/shots/reserves-conflict-preferred.png' })
  await app.undo()
  await expect(group.getByTestId('preferred-line')).toContainText('Preferred: F0022')
})

test('at 1280 px with the inspector open, Figures shows value, unit and source', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await expect(app.inspector).toBeVisible()
  for (const column of ['code', 'country_id', 'indicator_id', 'period', 'value', 'unit_id', 'source_id'])
    await expect(app.grid.root.locator(`.ag-header-cell[col-id="${column}"]`)).toBeInViewport({ ratio: 0.9 })
  await page.screenshot({ path: '/work/shots/figures-1280.png' })
})

test('Conflicts shows only the figures other sources dispute, as a removable filter', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('observation')
  await expect(app.grid.cell(0, 'value')).not.toHaveClass(/cell-conflict/)
  const toggle = page.getByTestId('conflicts-only')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('Active filters')).toContainText('Conflicts only')
  await expect(app.rowCount).not.toHaveText('480 rows')
  const shown = Number((await app.rowCount.textContent())?.replace(/\D/g, ''))
  expect(shown).toBeGreaterThan(10)
  expect(shown).toBeLessThan(480)
  // Every row shown carries the conflict mark (the engine filters by the same groups the marks come from).
  for (let i = 0; i < Math.min(shown, 12); i++) await expect(app.grid.cell(i, 'value')).toHaveClass(/cell-conflict/)
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(app.rowCount).toHaveText('480 rows')
})
