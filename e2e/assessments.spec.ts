// Gap assessments in Chromium against the browser host, each test on its own starter dataset: review a draft
// (refused until it has a severity), cite evidence, publish, change the severity and read the diff; the
// computed indicators with a conflict preferred; and an XSS corpus in the rationale that stays inert.
import { test, expect } from './fixtures'
import { AssessmentsPage } from './pages/AssessmentsPage'
import { XSS_CORPUS } from '../src/shared/xssCorpus'

test('reviews a draft, cites evidence, publishes, changes the severity and shows the diff', async ({ page, host }) => {
  const a = new AssessmentsPage(page)
  await a.openBoard(host.url)
  await expect(page.getByTestId('board-status')).toHaveCount(6)
  await a.open('Midstream processing')
  await expect(a.status).toHaveText('draft')

  await a.markReviewed()
  await expect(page.getByTestId('status-error')).toContainText('has no severity yet')
  await expect(a.versions).toHaveCount(0)

  await page.getByRole('button', { name: 'edit what the levels mean' }).click()
  await page.getByLabel('Severity 4 means').fill('Severe: separated oxide and metal come almost only from China.')
  await page.getByRole('button', { name: 'Save rubric' }).click()
  await expect(page.getByTestId('severity-4')).toContainText('come almost only from China. (this theme)')

  await a.chooseSeverity(4)
  await page.getByTestId('field-trend').selectOption('worsening')
  await a.markReviewed('Checked against IREL output figures.')
  await expect(a.status).toHaveText('reviewed')
  await expect(a.versions).toHaveCount(1)

  await a.cite('F0197', 'Metals share from China fell to 62% in FY2024-25.')
  const cited = a.evidence.filter({ hasText: 'F0197' })
  await expect(cited).toContainText('62 %')
  await expect(cited).toContainText('BS-DATANOMICS-2025')
  await expect(a.evidence).toHaveCount(10)

  await a.publish()
  await expect(a.versions).toHaveCount(2)

  await a.chooseSeverity(5)
  await expect(page.getByText('edited since version 2')).toBeVisible()
  await expect(page.getByTestId('diff-field-severity')).toHaveText('Severity 4 → 5')

  await a.backToBoard()
  const cell = a.cell('Midstream processing')
  await expect(cell.getByTestId('severity-chip')).toHaveText('5')
  await expect(cell.getByTestId('board-status')).toHaveText('published · edited')
  await expect(page.getByTestId('changed-since')).toContainText('severity – → 5 · draft → published')
  await expect(page.getByTestId('changed-since')).toContainText('severity 4 → 5')

  await page.reload()
  await a.open('Midstream processing')
  await expect(page.getByTestId('severity-5')).toHaveAttribute('aria-checked', 'true')
  await page.screenshot({ path: test.info().outputPath('assessment-editor.png') })
})

test('shows indicators with their rows, and uses the figure the analyst prefers', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('nav-view-indicators').click()
  const hhi = page.getByTestId('indicator-supplier_hhi')
  await expect(hhi.getByTestId('indicator-value')).toContainText('4,050.7')
  await hhi.getByTestId('computed-from').click()
  await expect(hhi.locator('.rows-table tbody tr')).toHaveCount(23)
  const share = page.getByTestId('indicator-supplier_share_of_imports')
  await expect(share.getByTestId('indicator-value')).toContainText('90')
  await share.getByTestId('prefer-alternative').first().click()
  await expect(share.getByTestId('indicator-choices')).toContainText('marked preferred by the analyst')
  await expect(page.getByTestId('indicator-magnet_capacity_vs_china').locator('.echart')).toHaveAttribute('data-log', 'true')
  await page.screenshot({ path: test.info().outputPath('indicators.png') })
})

test('renders an XSS corpus in the rationale inert: no dialog, no foreign request, no script', async ({ page, host }) => {
  const dialogs: string[] = []
  const foreign: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (!r.url().startsWith(host.origin) && !r.url().startsWith('data:')) foreign.push(r.url())
  })
  await page.addInitScript(() => {
    ;(globalThis as unknown as { __xss: number }).__xss = 0
  })
  const a = new AssessmentsPage(page)
  await a.openBoard(host.url)
  await a.open('Recycling')
  const payload = [...XSS_CORPUS, '<img src=x onerror="window.__xss = 1">', '[x](javascript:window.__xss=2)'].join('\n\n')
  await a.writeRationale(payload)
  const preview = page.getByTestId('md-rationale-preview')
  await expect(preview).toContainText('<script>alert(1)</script>')
  // Saved before the reload: with the save still in flight the page asks first, and this test dismisses dialogs.
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved')
  await page.reload()
  await expect(preview).toContainText('<iframe src="https://evil.example"></iframe>')
  // The preview's DOM as the browser serialises it (text '<' comes back as '&lt;', so every '<' opens a real
  // element): no dangerous element, no event attribute, only safe links.
  const html = await preview.innerHTML()
  expect(html).not.toMatch(/<(script|iframe|img|svg|style|object|embed|form|video|source|math|meta|link|base)\b/i)
  const attributeNames = (tag: string): string => tag.replace(/"[^"]*"/g, '""')
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    expect(attributeNames(tag)).not.toMatch(/\son[a-z]+\s*=/i)
    for (const href of tag.matchAll(/\shref="([^"]*)"/g)) expect(href[1]).toMatch(/^(https?:\/\/|mailto:)/)
  }
  expect(await page.evaluate(() => (globalThis as unknown as { __xss: number }).__xss)).toBe(0)
  expect(dialogs).toEqual([])
  expect(foreign).toEqual([])
})
