// The Start view (issue #15, "An analyst's first hour"): a dataset opened for the first time lands on Start, not
// on a bare grid: its name and file, what it holds, the question it serves, and three ways in that work (the
// assessment board, the India brief, the import wizard). Opened again, the app returns to where the analyst was.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page, Response } from '@playwright/test'
import { test, expect } from './fixtures'
import { startHost, stopHost } from './host'
import { StartPage } from './pages/StartPage'

test('a first open shows Start: the dataset, what it holds and the question it serves', async ({ page, host }) => {
  const start = new StartPage(page)
  await page.goto(host.url)
  await expect(start.view).toBeVisible()
  await expect(page).toHaveURL(/#\/start$/)
  await expect(page.getByTestId('nav-view-start')).toHaveAttribute('aria-current', 'page')
  await expect(start.name).toHaveText('india-ree.lodestone')
  await expect(start.file).toHaveText(host.datasetPath)
  await expect(start.count('observation')).toContainText('480')
  await expect(start.count('observation')).toContainText('Figures')
  await expect(start.holdings).toContainText('155 sources')
  await expect(start.holdings).toContainText('23 HS codes')
  await expect(start.question).toContainText('India depend on China for rare earths')
  const themes = page.getByRole('list', { name: 'Gap themes and their latest severity' })
  for (const theme of ['Midstream processing', 'Recycling', 'Heavy rare earths', 'Partner concentration']) await expect(themes).toContainText(theme)
  await expect(start.recent).toBeVisible()
  await expect(page.locator('.ag-root')).toHaveCount(0)

  await start.count('observation').click()
  await expect(page).toHaveURL(/#\/tables\/figures$/)
  await expect(page.getByTestId('row-count')).toContainText('480')
})

test('the three ways in open the board, the India brief and the import wizard', async ({ page, host }) => {
  const start = new StartPage(page)
  await page.goto(host.url)
  await expect(start.view).toBeVisible()

  await start.way('assessments').click()
  await expect(page.getByTestId('assessment-board')).toBeVisible()
  await expect(page).toHaveURL(/#\/assessments$/)

  await start.open()
  await expect(start.way('brief')).toContainText('The India brief')
  await expect(start.way('brief')).toContainText('Draft a cited country brief for India')
  await start.way('brief').click()
  await expect(page.getByTestId('new-brief')).toBeVisible()
  await expect(page.getByTestId('new-brief-template')).toHaveValue('country')
  await expect(page.getByTestId('new-brief-country').locator('option:checked')).toHaveText('India')
  await page.getByTestId('create-brief').click()
  await expect(page.getByTestId('brief-preview')).toBeVisible()
  await expect(page).toHaveURL(/#\/briefs\/\d+$/)
  const briefUrl = page.url()

  // With the brief made, the same way in opens it.
  await start.open()
  await expect(start.way('brief')).toContainText('Open “')
  await start.way('brief').click()
  await expect(page.getByTestId('brief-preview')).toBeVisible()
  expect(page.url()).toBe(briefUrl)

  await start.open()
  await start.way('import').click()
  await expect(page.getByTestId('import-view')).toBeVisible()
  await expect(page).toHaveURL(/#\/import$/)
})

test('a dataset opened before returns to the view last shown, and Start stays one click away', async ({ page, host }) => {
  const start = new StartPage(page)
  await page.goto(host.url)
  await expect(start.view).toBeVisible()
  await page.getByTestId('nav-facility').click()
  await expect(page.getByTestId('row-count')).toContainText('6')

  await page.goto(host.url)
  await expect(page).toHaveURL(/#\/tables\/facilities$/)
  await expect(page.getByTestId('row-count')).toContainText('6')
  await expect(start.view).toHaveCount(0)

  await page.getByTestId('brand-start').click()
  await expect(start.view).toBeVisible()
})

test("recent files go to the test host's own user-data folder, never the real ~/.config/Lodestone", async ({ page, host }) => {
  const start = new StartPage(page)
  await page.goto(host.url)
  // Other tests' datasets (as the real folder held) are not offered: this host has opened only its own.
  await expect(start.recent).toContainText('No other dataset file to reopen')
  const recent = JSON.parse(fs.readFileSync(path.join(host.userData, 'recent.json'), 'utf8')) as { path: string }[]
  expect(recent.map((r) => r.path)).toEqual([host.datasetPath])
  const real = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'Lodestone', 'recent.json')
  if (fs.existsSync(real)) expect(fs.readFileSync(real, 'utf8')).not.toContain(host.datasetPath)
})

/** The host's answer to "is this the file's first opening?", which decides whether Start shows. */
const welcomed = (page: Page): Promise<Response> =>
  page.waitForResponse((r) => r.url().endsWith('/api/call') && (r.request().postData() ?? '').includes('datasets.welcome'))

test('Start shows once per dataset, not again for a host on a new port (the mark is kept beside recent files)', async ({ page, host }) => {
  const start = new StartPage(page)
  await page.goto(host.url)
  await expect(start.view).toBeVisible()
  const again = await startHost(host.datasetPath) // a new port: a new origin, with empty localStorage
  try {
    const answer = welcomed(page)
    await page.goto(again.url)
    await answer
    await expect(page).toHaveURL(/#\/tables\/figures$/)
    await expect(start.view).toHaveCount(0)
  } finally {
    await stopHost(again.child)
  }
})

test('Save As keeps the analyst on the view they were on; the copy does not open on Start', async ({ page, host }) => {
  const start = new StartPage(page)
  await page.goto(`${host.url}#/files`)
  await expect(page.getByTestId('files-view')).toBeVisible()
  await page.getByTestId('file-saveAs').click()
  await expect(page.getByTestId('file-path')).toHaveValue(/india-ree copy\.lodestone$/)
  const answer = welcomed(page)
  await page.getByRole('button', { name: 'Save copy and open it' }).click()
  await answer
  await expect(page.getByTestId('dataset-file')).toContainText('india-ree copy.lodestone')
  await expect(page).toHaveURL(/#\/files$/)
  await expect(page.getByTestId('files-view')).toBeVisible()
  await expect(start.view).toHaveCount(0)
})

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 }
]) {
  test(`Start at ${size.width}x${size.height} fits the window`, async ({ page, host }) => {
    await page.setViewportSize(size)
    const start = new StartPage(page)
    await page.goto(host.url)
    await expect(start.count('observation')).toContainText('480')
    await expect(page.getByRole('list', { name: 'Gap themes and their latest severity' })).toContainText('Recycling')
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true)
    for (const way of ['assessments', 'brief', 'import'] as const) await expect(start.way(way)).toBeInViewport()
    await page.screenshot({ path: test.info().outputPath(`start-${size.width}x${size.height}.png`) })
  })
}
