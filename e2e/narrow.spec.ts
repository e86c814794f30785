// A narrow window (issue #15): at 800x600 the page never scrolls sideways, no control sits on another, every
// toolbar action is reachable, and the inspector is a drawer over the grid (opened by choosing a row or the
// title-bar button; closed by its × or Escape).
import { test, expect } from './fixtures'
import type { Locator, Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'

test.use({ viewport: { width: 800, height: 600 } })

const fitsWidth = (page: Page): Promise<unknown> => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

test('at 800x600 the page does not scroll sideways and every toolbar action is on screen, apart', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.grid.waitForRows()
  expect(await fitsWidth(page)).toBe(true)

  const actions = page.locator('.pane-header').getByRole('button')
  const count = await actions.count()
  expect(count).toBeGreaterThanOrEqual(7)
  const boxes = []
  for (let i = 0; i < count; i++) {
    const button = actions.nth(i)
    await expect(button).toBeInViewport({ ratio: 1 })
    boxes.push(await box(button))
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false)

  await page.screenshot({ path: test.info().outputPath('narrow-800x600-figures.png') })
  await page.getByTestId('add-row').click()
  await expect(page.getByTestId('new-row-form')).toBeVisible()
  await expect(app.inspector).toBeInViewport()
  expect(await fitsWidth(page)).toBe(true)
})

test('at 800x600 the inspector is a drawer: a chosen row opens it, × and Escape close it', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.grid.waitForRows()
  await expect(app.inspector).toHaveCount(0)

  await app.grid.cell(0, 'code').click()
  await expect(app.inspector).toBeVisible()
  await expect(app.inspector).toContainText('F0001')
  const drawer = await box(app.inspector)
  expect(drawer.x + drawer.width).toBeLessThanOrEqual(800)
  expect(await fitsWidth(page)).toBe(true)
  // Over the grid, not beside it: the grid keeps the width it had.
  const pane = await box(page.locator('.table-pane'))
  expect(pane.x + pane.width).toBeGreaterThan(drawer.x + 10)
  await page.screenshot({ path: test.info().outputPath('narrow-800x600-drawer.png') })

  await page.getByTestId('inspector-close').click()
  await expect(app.inspector).toHaveCount(0)

  await page.getByRole('button', { name: 'Inspector' }).click()
  await expect(app.inspector).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(app.inspector).toHaveCount(0)

  await app.grid.cell(2, 'code').click()
  await expect(app.inspector).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(app.inspector).toHaveCount(0)
})

test('at 800x600 the other views fit the width too', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('start-view')).toBeVisible()
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: test.info().outputPath('narrow-800x600-start.png') })
  for (const view of ['assessments', 'indicators', 'scenarios', 'briefs', 'import', 'files', 'deleted']) {
    await page.getByTestId(`nav-view-${view}`).click()
    await expect(page.locator('main')).toBeVisible()
    await page.waitForTimeout(300)
    expect(await fitsWidth(page), view).toBe(true)
  }
  // A brief open: outline, preview and settings, and the bar with Export.
  await page.getByTestId('nav-view-briefs').click()
  await page.getByTestId('create-brief').click()
  await expect(page.getByTestId('brief-preview')).toBeVisible()
  expect(await fitsWidth(page)).toBe(true)
  await expect(page.getByTestId('export-brief')).toBeInViewport({ ratio: 1 })
  await page.screenshot({ path: test.info().outputPath('narrow-800x600-brief.png') })
})
