// Briefs in Chromium against the browser host, on a fresh starter dataset: build the India country dependence
// brief, edit its takeaway and outline and watch the preview follow, export the PDF through the pre-flight check
// (a real download) and read it back; and export a filtered grid as CSV with formula injection neutralised.
import fs from 'node:fs'
import path from 'node:path'
import { test, expect } from './fixtures'
import { BriefsPage } from './pages/BriefsPage'
import { FilesPage } from './pages/ImportPage'

const TAKEAWAY = 'The dependence is real whichever figure is used; the steep part of the trek is the midstream.'

async function pdfText(file: string): Promise<{ text: string; pages: number; title: unknown }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), disableFontFace: true, isEvalSupported: false }).promise
  const parts: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  const { info } = await doc.getMetadata()
  const pages = doc.numPages
  await doc.destroy()
  return { text: parts.join('\n').replace(/\s+/g, ' '), pages, title: (info as { Title?: unknown }).Title }
}

test('builds the India brief, previews it, exports the PDF and reads it back', async ({ page, host }) => {
  test.setTimeout(90_000)
  const b = new BriefsPage(page)
  await b.open(host.url)
  await b.create('country', 'India')
  await b.expectPreviewContains("China supplied 90% [1] of India's rare-earth imports by volume")
  await b.expectPreviewContains('Carries the substance of Rare Earth Exchanges')

  await b.section('takeaway')
  const box = page.getByTestId('brief-takeaway')
  await box.fill(TAKEAWAY)
  await box.blur()
  await b.expectPreviewContains(TAKEAWAY)

  await b.section('figures')
  await page.getByRole('button', { name: 'Move Context figures up' }).click()
  await expect(page.locator('.outline-row').nth(2)).toHaveAttribute('data-testid', 'outline-figures')
  const order = async (): Promise<boolean> => {
    const html = (await b.preview.getAttribute('srcdoc')) ?? ''
    return html.indexOf('<h2>Context figures</h2>') < html.indexOf('<h2>Gaps</h2>')
  }
  await expect.poll(order, { message: 'figures now come before gaps in the preview' }).toBe(true)
  await page.getByTestId('outline-strategy').getByRole('checkbox').uncheck()
  await b.expectPreviewContains('INTERNATIONAL PARTNERSHIPS', false)
  await b.expectPreviewContains('Minerals Security Partnership', false)
  await page.getByTestId('outline-strategy').getByRole('checkbox').check()
  await b.expectPreviewContains('Minerals Security Partnership')
  await page.screenshot({ path: 'test-results/briefs-view.png' })

  await b.openExport()
  await expect(b.preflight).toContainText('6 of the 6 assessments shown are drafts')
  await expect(b.preflight).toContainText('Figure F0098 (2024: 6.9 million t REO, USGS-MCS2025-RE)')
  await expect(b.preflight).toContainText('has a newer conflicting figure: F0033 (2025: not available, USGS-MCS2026-RE)')
  await page.screenshot({ path: 'test-results/briefs-export.png' })
  const download = await b.exportAs('pdf')
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const file = path.join(host.dir, download.suggestedFilename())
  await download.saveAs(file)
  await expect(page.getByTestId('export-status')).toContainText('Downloaded')
  await expect(page.getByText(/History \(1\)/)).toBeVisible()

  const pdf = await pdfText(file)
  expect(pdf.text).toContain('China supplied 90% [1]')
  expect(pdf.text).toMatch(/a share of at most 7\.7% \(computed from \[\d+\]\)/)
  expect(pdf.text).toContain('3,000 kg/yr [1]')
  expect(pdf.text).toContain(TAKEAWAY)
  expect(pdf.pages).toBeLessThanOrEqual(3)
  expect(pdf.title).toBe("India's rare-earth dependence: where the plan stands")
})

test('exports the filtered Figures grid as CSV', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('nav-observation').click()
  await page.getByTestId('export-table').click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-table-csv').click()])
  const file = path.join(host.dir, download.suggestedFilename())
  await download.saveAs(file)
  const text = fs.readFileSync(file, 'utf8')
  expect(text.split('\r\n')[0]).toContain('Figure,Country')
  expect(text).toContain('F0001,India')
  expect(text.split('\r\n').length).toBeGreaterThan(480)
})

test('after restoring a backup from before the brief existed, Briefs falls back to its list quietly', async ({ page, host }) => {
  test.setTimeout(90_000)
  const files = new FilesPage(page)
  const b = new BriefsPage(page)
  await page.goto(host.url)
  await files.open()
  await files.takeBackup('before any brief')
  await page.getByTestId('nav-view-briefs').click()
  await b.create('country', 'India')
  await expect(page.getByTestId('brief-picker')).not.toHaveValue('')

  await files.open()
  await files.restore('before any brief')
  await page.getByTestId('nav-view-briefs').click()
  const view = page.getByTestId('briefs-view')
  await expect(view).toBeVisible()
  await expect(page.getByTestId('new-brief')).toBeVisible()
  await expect(view).not.toContainText('There is no brief')
  await expect(view).not.toContainText('deleted')
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem('lodestone.brief')))
    .toBe('null')

  await page.reload()
  await page.getByTestId('nav-view-briefs').click()
  await expect(page.getByTestId('new-brief')).toBeVisible()
  await expect(view).not.toContainText('There is no brief')
})
