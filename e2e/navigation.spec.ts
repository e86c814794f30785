// Views are addressable (issue #15): every view has an address in the URL hash, in-app navigation pushes a
// history entry so Back and Forward move between views, a reload keeps the view, an unknown address falls back
// to Figures quietly, and a view whose object is gone (deleted, or a restored backup predates it) falls back to
// its list without an error.
import { test, expect } from './fixtures'
import { AssessmentsPage } from './pages/AssessmentsPage'
import { BriefsPage } from './pages/BriefsPage'
import { FilesPage } from './pages/ImportPage'

test('Back and Forward move between Start, Figures, the board and an assessment; a reload keeps the view', async ({ page, host }) => {
  const a = new AssessmentsPage(page)
  const start = page.getByTestId('start-view')
  await page.goto(host.url)
  await expect(start).toBeVisible()
  await page.getByTestId('nav-observation').click()
  await expect(page.getByTestId('row-count')).toContainText('480')
  await page.getByTestId('nav-view-assessments').click()
  await expect(a.board).toBeVisible()
  await a.open('Recycling')
  await expect(page).toHaveURL(/#\/assessments\/\d+$/)
  const editorUrl = page.url()

  await page.reload()
  await expect(a.editor).toBeVisible()
  await expect(page.getByTestId('assessment-editor')).toContainText('Recycling')

  await page.goBack()
  await expect(a.board).toBeVisible()
  await expect(page).toHaveURL(/#\/assessments$/)
  await page.goBack()
  await expect(page).toHaveURL(/#\/tables\/figures$/)
  await expect(page.getByTestId('row-count')).toContainText('480')
  await expect(page.getByTestId('nav-observation')).toHaveAttribute('aria-current', 'page')
  await page.goBack()
  await expect(start).toBeVisible()

  await page.goForward()
  await expect(page.getByTestId('row-count')).toContainText('480')
  await page.goForward()
  await expect(a.board).toBeVisible()
  await page.goForward()
  await expect(a.editor).toBeVisible()
  expect(page.url()).toBe(editorUrl)

  await page.reload()
  await expect(a.editor).toBeVisible()
})

test('Back returns to the table shown before, with its own rows', async ({ page, host }) => {
  await page.goto(`${host.url}#/tables/facilities`)
  await expect(page.getByTestId('row-count')).toContainText('6')
  await page.getByTestId('nav-initiative').click()
  await expect(page).toHaveURL(/#\/tables\/initiatives$/)
  await expect(page.getByTestId('row-count')).toContainText('16')
  await page.goBack()
  await expect(page.getByTestId('row-count')).toContainText('6')
  await expect(page.getByTestId('nav-facility')).toHaveAttribute('aria-current', 'page')
})

test('an unknown address falls back quietly: on opening as if there were none, later to Figures', async ({ page, host }) => {
  await page.goto(`${host.url}#/no-such-view/7`)
  await expect(page.getByTestId('start-view')).toBeVisible()
  await expect(page).toHaveURL(/#\/start$/)
  await page.getByTestId('nav-facility').click()
  await expect(page.getByTestId('row-count')).toContainText('6')

  await page.goto(`${host.url}#/tables/nothing`)
  await expect(page).toHaveURL(/#\/tables\/facilities$/)
  await expect(page.getByTestId('row-count')).toContainText('6')

  await page.evaluate('location.hash = "#/nowhere"')
  await expect(page).toHaveURL(/#\/tables\/figures$/)
  await expect(page.getByTestId('row-count')).toContainText('480')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('an address whose object is gone falls back to its list without an error', async ({ page, host }) => {
  await page.goto(`${host.url}#/assessments/9999`)
  await expect(page.getByTestId('assessment-board')).toBeVisible()
  await expect(page).toHaveURL(/#\/assessments$/)
  await expect(page.getByTestId('assessments-view')).not.toContainText('There is no assessment')

  await page.goto(`${host.url}#/scenarios/9999`)
  await expect(page).toHaveURL(/#\/scenarios$/)
  await expect(page.getByTestId('scenarios-view')).toContainText('baseline')
  await expect(page.getByTestId('scenarios-view')).not.toContainText('There is no scenario')

  await page.goto(`${host.url}#/briefs/9999`)
  await expect(page).toHaveURL(/#\/briefs$/)
  await expect(page.getByTestId('new-brief')).toBeVisible()
  await expect(page.getByTestId('briefs-view')).not.toContainText('There is no brief')
})

test('Back to a brief a restored backup predates shows the briefs list, quietly, and a reload keeps it', async ({ page, host }) => {
  test.setTimeout(90_000)
  const files = new FilesPage(page)
  const b = new BriefsPage(page)
  await page.goto(host.url)
  await files.open()
  await files.takeBackup('before the brief')
  await page.getByTestId('nav-view-briefs').click()
  await b.create('country', 'India')
  await expect(page).toHaveURL(/#\/briefs\/\d+$/)

  await files.open()
  await files.restore('before the brief')
  await page.goBack()
  const view = page.getByTestId('briefs-view')
  await expect(page.getByTestId('new-brief')).toBeVisible()
  await expect(page).toHaveURL(/#\/briefs$/)
  await expect(view).not.toContainText('There is no brief')
  await expect(view).not.toContainText('deleted')

  await page.reload()
  await expect(page.getByTestId('new-brief')).toBeVisible()
  await expect(page).toHaveURL(/#\/briefs$/)
  await expect(view).not.toContainText('There is no brief')
})

test('every navigation entry has its own name; the scenario table is "Scenario definitions", old address kept', async ({ page, host }) => {
  await page.goto(`${host.url}#/tables/figures`)
  const names = (await page.getByRole('navigation', { name: 'Tables' }).locator('.nav-label').allTextContents()).map((n) => n.trim())
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  expect(names.filter((n) => n === 'Scenarios')).toHaveLength(1)

  await page.getByTestId('nav-scenario').click()
  await expect(page).toHaveURL(/#\/tables\/scenario-definitions$/)
  await expect(page.getByRole('heading', { name: 'Scenario definitions' })).toBeVisible()
  await page.getByTestId('nav-view-scenarios').click()
  await expect(page.getByTestId('scenarios-view')).toBeVisible()

  await page.goto(`${host.url}#/tables/scenarios`)
  await expect(page.getByRole('heading', { name: 'Scenario definitions' })).toBeVisible()
  await expect(page.getByTestId('nav-scenario')).toHaveAttribute('aria-current', 'page')
})
