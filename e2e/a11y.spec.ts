// Accessibility (issue #15): axe (WCAG 2.0/2.1 A and AA) on every view of the app, the inspector, the new-row form
// and the Ctrl+K palette, with no serious or critical violation allowed and a table of counts by impact printed;
// then Tab through two views: each stop is a real control with a visible focus ring.
import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'

type Impact = 'critical' | 'serious' | 'moderate' | 'minor'
const IMPACTS: Impact[] = ['critical', 'serious', 'moderate', 'minor']
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const SHOTS = '/tmp/lodestone-shots'

interface ViewCheck {
  name: string
  open(page: Page, url: string): Promise<void>
}

async function go(page: Page, url: string, hash: string, testId: string): Promise<void> {
  await page.goto(`${url}${hash}`)
  await expect(page.getByTestId(testId)).toBeVisible()
}

async function table(page: Page, url: string, slug: string): Promise<void> {
  await go(page, url, `#/tables/${slug}`, 'grid')
  await expect(page.getByTestId('grid').locator('.ag-row .ag-cell').first()).toBeVisible()
}

const VIEWS: ViewCheck[] = [
  { name: 'Start', open: (p, u) => go(p, u, '#/start', 'start-view') },
  ...['figures', 'trade-flows', 'facilities', 'sources', 'countries', 'units'].map((slug) => ({
    name: `Table ${slug}`,
    open: (p: Page, u: string) => table(p, u, slug)
  })),
  {
    name: 'Inspector on a row',
    open: async (p, u) => {
      await table(p, u, 'figures')
      await p.getByTestId('grid').locator('.ag-row[row-index="0"] .ag-cell[col-id="subject"]').click()
      await expect(p.getByTestId('inspector').getByRole('heading').first()).toBeVisible()
    }
  },
  {
    name: 'New-row form',
    open: async (p, u) => {
      await table(p, u, 'figures')
      await p.getByTestId('add-row').click()
      await expect(p.getByTestId('new-row-form')).toBeVisible()
    }
  },
  {
    name: 'Ctrl+K palette',
    open: async (p, u) => {
      await table(p, u, 'figures')
      await p.keyboard.press('ControlOrMeta+K')
      await p.getByTestId('search-palette').getByRole('textbox').fill('lynas')
      await expect(p.getByTestId('search-palette').getByRole('option').first()).toBeVisible()
    }
  },
  { name: 'Assessment board', open: (p, u) => go(p, u, '#/assessments', 'assessment-board') },
  {
    name: 'Assessment editor',
    open: async (p, u) => {
      await go(p, u, '#/assessments', 'assessment-board')
      await p.getByTestId('assessment-board').locator('button[title]').first().click()
      await expect(p.getByTestId('assessment-editor')).toBeVisible()
    }
  },
  { name: 'Indicators', open: (p, u) => go(p, u, '#/indicators', 'indicators-view') },
  { name: 'Scenarios', open: (p, u) => go(p, u, '#/scenarios', 'scenarios-view') },
  { name: 'Scenario 1', open: (p, u) => go(p, u, '#/scenarios/1', 'results-table') },
  { name: 'New brief', open: (p, u) => go(p, u, '#/briefs/new', 'new-brief') },
  {
    name: 'Brief',
    open: async (p, u) => {
      await go(p, u, '#/briefs/new', 'new-brief')
      await p.getByTestId('create-brief').click()
      await expect(p.getByTestId('brief-preview')).toBeVisible()
      await expect(p).toHaveURL(/#\/briefs\/\d+$/)
    }
  },
  { name: 'Briefs list', open: (p, u) => go(p, u, '#/briefs', 'briefs-view') },
  {
    name: 'Import, file chosen',
    open: async (p, u) => {
      await go(p, u, '#/import', 'import-view')
      const csv = path.join(test.info().outputPath(), 'a11y.csv')
      fs.mkdirSync(path.dirname(csv), { recursive: true })
      fs.writeFileSync(csv, 'country,indicator,subject,period,value,unit,basis,source\nIND,reserves,REO,2024,6900000,t,REO,USGS-MCS-2025\n')
      await new ImportPage(p).chooseFile(csv, 'observation')
    }
  },
  { name: 'File & backups', open: (p, u) => go(p, u, '#/files', 'files-view') },
  { name: 'Recently deleted', open: (p, u) => go(p, u, '#/deleted', 'deleted-view') }
]

interface Finding {
  view: string
  counts: Record<Impact, number>
  bad: string[]
}

async function audit(page: Page, view: string): Promise<Finding> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  const bad: string[] = []
  for (const v of violations) {
    const impact = (v.impact ?? 'minor') as Impact
    counts[impact] += v.nodes.length
    if (impact !== 'serious' && impact !== 'critical') continue
    for (const n of v.nodes) bad.push(`${view}: [${impact}] ${v.id} at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ') ?? v.help}`)
  }
  return { view, counts, bad }
}

function report(findings: Finding[]): string {
  const head = `| view | ${IMPACTS.join(' | ')} |\n|---|${IMPACTS.map(() => '---').join('|')}|`
  return [head, ...findings.map((f) => `| ${f.view} | ${IMPACTS.map((i) => f.counts[i]).join(' | ')} |`)].join('\n')
}

test('axe finds no serious or critical violation on any view', async ({ page, host }) => {
  test.setTimeout(300_000)
  const findings: Finding[] = []
  for (const view of VIEWS) {
    await view.open(page, host.url)
    findings.push(await audit(page, view.name))
  }
  const table = report(findings)
  console.log(`\naxe violations (nodes) by impact:\n${table}\n`)
  fs.mkdirSync(SHOTS, { recursive: true })
  const bad = findings.flatMap((f) => f.bad)
  fs.writeFileSync(path.join(SHOTS, 'a11y-axe.md'), `${table}\n\n${bad.join('\n')}\n`)
  expect(bad, bad.join('\n')).toEqual([])
})

/** In the page (a string: e2e code has no DOM types): the focused element, and whether it shows a ring. */
const FOCUS_STOP = `(() => {
  const el = document.activeElement
  if (!el || el === document.body) return { label: 'body', ring: false, inGrid: false }
  const s = getComputedStyle(el)
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
  const shadow = s.boxShadow !== 'none' && s.boxShadow !== ''
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)
  const id = el.getAttribute('data-testid') ?? String(el.className).split(' ')[0]
  return { label: el.tagName.toLowerCase() + '[' + id + '] "' + name + '"', ring: outline || shadow, inGrid: Boolean(el.closest('[data-testid="grid"]')) }
})()`
const BLUR = '(document.activeElement instanceof HTMLElement) && document.activeElement.blur()'

async function focusStop(page: Page): Promise<{ label: string; ring: boolean; inGrid: boolean }> {
  return page.evaluate(FOCUS_STOP)
}

/** Tab up to `max` times (or until `done` says so); every stop must show a ring. The stops, in order. */
async function tabThrough(page: Page, max: number, done: (stop: { label: string; inGrid: boolean }) => boolean = () => false): Promise<string[]> {
  const seen: string[] = []
  const ringless: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const stop = await focusStop(page)
    seen.push(stop.label)
    if (!stop.ring) ringless.push(`stop ${i + 1}: ${stop.label}`)
    if (done(stop)) break
  }
  console.log(`Tab stops:\n  ${seen.join('\n  ')}`)
  expect(ringless, `Tab stops without a visible focus ring:\n${ringless.join('\n')}`).toEqual([])
  return seen
}

test('Tab walks the Figures view through nav, toolbar and grid, each stop with a visible ring', async ({ page, host }) => {
  await table(page, host.url, 'figures')
  await page.evaluate(BLUR)
  let inGrid = false
  const seen = await tabThrough(page, 50, (stop) => (inGrid = stop.inGrid))
  expect(seen.some((s) => s.includes('[nav-observation]'))).toBe(true)
  expect(seen.some((s) => s.includes('[open-find]'))).toBe(true)
  expect(seen.some((s) => s.includes('[add-row]'))).toBe(true)
  expect(inGrid, 'Tab reaches the grid').toBe(true)
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, 'a11y-figures-grid-focus.png') })
  await page.keyboard.press('Shift+Tab')
  await page.screenshot({ path: path.join(SHOTS, 'a11y-figures-focus.png') })
})

test('the new-row form takes the focus into its first field and gives it back to "+ Row"', async ({ page, host }) => {
  await table(page, host.url, 'figures')
  await page.getByTestId('add-row').focus()
  await page.keyboard.press('Enter')
  const form = page.getByTestId('new-row-form')
  await expect(form).toBeVisible()
  await expect.poll(() => page.evaluate(`Boolean(document.activeElement?.closest('[data-testid="new-row-form"]'))`)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(page.getByTestId('add-row')).toBeFocused()
})

test('Tab walks an assessment editor, each stop with a visible ring', async ({ page, host }) => {
  await go(page, host.url, '#/assessments', 'assessment-board')
  await page.getByTestId('assessment-board').locator('button[title]').first().click()
  await expect(page.getByTestId('assessment-editor')).toBeVisible()
  await page.evaluate(BLUR)
  await tabThrough(page, 40)
  await page.getByTestId('severity-3').focus()
  await page.screenshot({ path: path.join(SHOTS, 'a11y-assessment-focus.png') })
})
