// A million rows in Chromium: the starter dataset plus 1,000,000 generated trade flows (bench/generate.ts, about
// 15 s here) behind one browser host for the file. The grid shows the count, jumps to the last row (Ctrl+End)
// with its cells filled, sorted or not, and finds a row near the end.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { test, expect } from '@playwright/test'
import { generateDataset } from '../bench/generate'
import { startHost, stopHost } from './host'
import { AppPage } from './pages/AppPage'

const ROWS = 1_000_000
let dir: string
let host: { child: ChildProcess; url: string }

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-e2e-1m-'))
  const file = path.join(dir, 'million.lodestone')
  generateDataset(file, ROWS)
  host = await startHost(file)
})

test.afterAll(async () => {
  if (host) await stopHost(host.child)
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

test('shows a million trade flows and scrolls to the last row with its cells filled', async ({ page }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await expect(app.rowCount).toHaveText('1,000,023 rows')

  await app.grid.cell(0, 'year').click()
  await page.keyboard.press('ControlOrMeta+End')
  const last = app.grid.root.locator('.ag-row[row-index="1000022"]')
  await expect(last.locator('.ag-cell[col-id="year"]')).toHaveText(/^\d{4}$/)
  await expect(last.locator('.ag-cell[col-id="partner_id"]')).not.toBeEmpty()

  await app.grid.root.locator('.ag-header-cell[col-id="year"] .ag-header-cell-label').click()
  await app.grid.root.locator('.ag-header-cell[col-id="year"] .ag-header-cell-label').click()
  await app.grid.cell(0, 'quantity').click()
  await expect(app.grid.cell(0, 'year')).toHaveText('2024')
  await page.keyboard.press('ControlOrMeta+End')
  await expect(last.locator('.ag-cell[col-id="year"]')).toHaveText('1985')
})

test('finds a row near the end of the million and jumps to it', async ({ page }) => {
  const app = new AppPage(page)
  await app.open(host.url)
  await app.openTable('trade_flow')
  await app.grid.cell(0, 'year').click()
  await app.grid.find('synthetic row 999')
  await expect(app.grid.findCount).toHaveText(/^1 of \d+/, { timeout: 30_000 })
  await expect(app.grid.root.locator('.ag-cell.find-current')).toContainText('synthetic row 999')
})
