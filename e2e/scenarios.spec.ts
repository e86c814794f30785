// Scenarios in Chromium against the browser host on a fresh starter dataset: copy the baseline, move the magnet
// scheme's start year and China's licensed Dy share in the assumptions grid, watch the 2030 bottleneck change,
// undo, compare with the baseline on the same axes, look at the sensitivity tornado, then add the Scenarios
// section to the India brief, export the PDF and read it back with pdftotext. And the Sm option: a copy with SmCo
// magnets shows Sm in the results and the chart, and China's licensed Sm share moves its bottleneck.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { test, expect } from './fixtures'
import { BriefsPage } from './pages/BriefsPage'
import { AppPage } from './pages/AppPage'
import { ScenariosPage } from './pages/ScenariosPage'

test('copies the baseline, changes two inputs, sees the 2030 bottleneck move and compares', async ({ page, host }) => {
  test.setTimeout(90_000)
  const s = new ScenariosPage(page)
  await s.open(host.url)
  expect(await s.bottleneck(2030)).toMatch(/^the chain breaks at separation, where no Dy capacity exists/)
  await page.screenshot({ path: 'test-results/scenarios-results.png', fullPage: true })

  await s.copyAs('Scheme late, Dy at a quarter')
  await s.tab('Assumptions')
  await s.setValue('supply.magnet.all.repm-scheme.start', '2031', 'Bids slip by three years')
  await s.setValue('china.Dy.share', '25', 'A quarter of Indian Dy requests licensed', 40)
  await page.screenshot({ path: 'test-results/scenarios-assumptions.png', fullPage: true })
  await s.tab('Results')
  await expect.poll(() => s.bottleneck(2030)).toMatch(/^the chain breaks at metal making, where no capacity exists/)
  expect(await s.bottleneck(2030)).toMatch(/short of [\d.,]+ t of Dy that no supplier provides/)

  const app = new AppPage(page)
  await app.undo()
  await expect.poll(() => s.bottleneck(2030)).not.toMatch(/of Dy that no supplier provides/)
  await app.redo()
  await expect.poll(() => s.bottleneck(2030)).toMatch(/of Dy that no supplier provides/)

  await s.tab('Compare')
  await page.getByRole('checkbox', { name: 'Announced plans as recorded' }).check()
  await expect(page.getByTestId('compare-chart')).toHaveCount(2)
  await expect(page.getByTestId('compare-table')).toContainText('Scheme late, Dy at a quarter: domestic / with imports')
  await page.screenshot({ path: 'test-results/scenarios-compare.png', fullPage: true })

  await s.tab('Sensitivity')
  await expect(page.getByTestId('tornado-chart')).toBeVisible()
  await expect(page.getByTestId('sensitivity-panel')).toContainText('the range of S005')
  await page.screenshot({ path: 'test-results/scenarios-sensitivity.png', fullPage: true })

  // The India brief with the Scenarios section, printed and read back.
  const b = new BriefsPage(page)
  await b.open(host.url)
  await b.create('country', 'India')
  await page.getByTestId('outline-add').selectOption('scenarios')
  await b.expectPreviewContains('Announced plans as recorded')
  await b.expectPreviewContains('Scheme late, Dy at a quarter', false)
  await b.openExport()
  const download = await b.exportAs('pdf')
  const file = path.join(host.dir, download.suggestedFilename())
  await download.saveAs(file)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Scenarios')
  expect(text).toMatch(/2030 14,000 8,603 61% 100% the chain breaks at separation, where no Dy capacity exists/)
  expect(text).toMatch(/Magnet demand in the first year 7000 t\/yr magnet S035 \[\d+\]/)
  expect(text).toContain('labelled assumptions')
  expect(text).toContain('tengele.com (news aggregator)')
})

test('a refused input says why in words and changes nothing', async ({ page, host }) => {
  const s = new ScenariosPage(page)
  await s.open(host.url)
  await s.tab('Assumptions')
  const row = page.locator('tr[data-key="demand.base"]')
  await row.getByRole('button', { name: /^Edit / }).click()
  const editor = page.locator('form.assumption-editor')
  await editor.getByLabel('Figure code').fill('F0032')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('alert')).toContainText('REO equivalent')
  await editor.getByRole('button', { name: 'Cancel' }).click()
  await expect(row).toContainText('S035')
})

test("a copy with Sm shows SmCo magnets in the results and the chart, and China's Sm share moves its bottleneck", async ({ page, host }) => {
  test.setTimeout(60_000)
  const s = new ScenariosPage(page)
  await s.open(host.url)
  const sm = page.getByRole('checkbox', { name: 'Sm (SmCo magnets)', exact: true })
  await expect(sm).toBeDisabled()
  await expect(page.getByTestId('scenario-results')).toContainText('This scenario has no SmCo inputs')

  await s.copyAs('Baseline with SmCo', true)
  await s.tab('Results')
  await expect(sm).toBeChecked()
  await expect(s.results.locator('thead')).toContainText('SmCo demand')
  await expect
    .poll(() => s.smBottleneck(2030))
    .toBe(
      'no Sm separation or Sm metal-making capacity; SmCo magnets depend wholly on imports: plants make 3 t (3% of SmCo demand) from imported Sm; SmCo demand is met with imports.'
    )
  await expect(s.results.locator('tr[data-year="2030"]')).toContainText('120 t')
  await expect(page.getByTestId('coverage-chart')).toContainText('SmCo magnets, with imports')
  await expect(page.getByTestId('smco-tonnes-chart')).toContainText('where the tonnes of SmCo magnets go')
  await page.screenshot({ path: 'test-results/scenarios-smco.png', fullPage: true })

  await sm.uncheck()
  await expect(s.results.locator('thead')).not.toContainText('SmCo demand')
  await expect(page.getByTestId('coverage-chart')).not.toContainText('SmCo magnets')
  await sm.check()

  await s.tab('Assumptions')
  await s.setValue('china.Sm.share', '0', 'No Sm licences for India')
  await s.tab('Results')
  await expect.poll(() => s.smBottleneck(2030)).toMatch(/SmCo plants are short of 0\.9 t of Sm that no supplier provides/)
  expect(await s.bottleneck(2030)).toMatch(/^the chain breaks at separation, where no Dy capacity exists/)
  await s.tab('Compare')
  await page.getByRole('checkbox', { name: 'Announced plans as recorded' }).check()
  await expect(page.getByTestId('compare-table').locator('tr', { hasText: '2030' })).toContainText('SmCo 0.0% / 100.0%')
})
