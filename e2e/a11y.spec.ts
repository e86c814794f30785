// Accessibility (issue #15): axe (WCAG 2.0/2.1 A and AA, and axe's best-practice rules) on every view of the app
// in the light and the dark theme, with no serious or critical violation allowed and a table of counts by impact
// printed; a skip link as the first Tab stop; then Tab through two views: each stop is a real control with a ring.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { audit, go, report, table, VIEWS, type Finding } from './axe'

const SHOTS = '/tmp/lodestone-shots'

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on any view in the ${theme} theme`, async ({ page, host }) => {
    test.setTimeout(300_000)
    await page.emulateMedia({ colorScheme: theme })
    const findings: Finding[] = []
    fs.mkdirSync(SHOTS, { recursive: true })
    for (const view of VIEWS) {
      await view.open(page, host.url)
      findings.push(await audit(page, view.name))
      const file = `a11y-${theme}-${view.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`
      if (theme === 'dark') await page.screenshot({ path: path.join(SHOTS, file) })
    }
    const table = report(findings)
    console.log(`\naxe violations (nodes) by impact, ${theme} theme:\n${table}\n`)
    fs.mkdirSync(SHOTS, { recursive: true })
    const bad = findings.flatMap((f) => f.bad)
    fs.writeFileSync(path.join(SHOTS, `a11y-axe-${theme}.md`), `${table}\n\n${bad.join('\n')}\n`)
    expect(bad, bad.join('\n')).toEqual([])
  })
}

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

test('the first Tab stop is "Skip to content", shown when focused; Enter moves the focus into the view', async ({ page, host }) => {
  for (const [hash, testId] of [
    ['#/tables/figures', 'grid'],
    ['#/assessments', 'assessment-board']
  ] as const) {
    await go(page, host.url, hash, testId)
    const skip = page.getByTestId('skip-link')
    await expect(skip).not.toBeInViewport()
    await page.keyboard.press('Tab')
    await expect(skip).toBeFocused()
    await expect(skip).toHaveText('Skip to content')
    await expect(skip).toBeInViewport()
    if (testId === 'grid') await page.screenshot({ path: path.join(SHOTS, 'a11y-skip-link.png') })
    await page.keyboard.press('Enter')
    expect(await page.evaluate(`document.activeElement?.tagName`)).toBe('MAIN')
    await expect(page).toHaveURL(new RegExp(`${hash}$`))
    await page.keyboard.press('Tab')
    const stop = await focusStop(page)
    expect(stop.ring, stop.label).toBe(true)
    expect(await page.evaluate(`Boolean(document.activeElement?.closest('main'))`), `${stop.label} is in the main region`).toBe(true)
    expect(stop.label).not.toContain('nav-')
  }
})

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
