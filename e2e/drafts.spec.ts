// Typed judgement is never lost: an assessment's rationale is saved as it is typed (one undo step per pause),
// kept as a local draft until saved (a reload at once brings it back and saves it), and closing the window with
// text not yet saved asks first.
import { test, expect } from './fixtures'
import { AssessmentsPage } from './pages/AssessmentsPage'

/** Back in Recycling's editor after a reload: the address brings it back; else open it from the board. */
async function reopen(a: AssessmentsPage): Promise<void> {
  await expect(a.editor.or(a.board).or(a.page.getByTestId('start-view'))).toBeVisible()
  if (await a.editor.isVisible()) return
  await a.page.getByTestId('nav-view-assessments').click()
  await a.open('Recycling')
}

const TEXT = 'Processing capacity outside China is thin: IREL separates oxide, but metal and alloy steps depend on imports.'

test('text typed into the rationale survives a reload at once, and is saved', async ({ page, host }) => {
  const a = new AssessmentsPage(page)
  await a.openBoard(host.url)
  await a.open('Recycling')
  const source = page.getByTestId('md-rationale-source')
  await source.click()
  await source.press('ControlOrMeta+A')
  await source.pressSequentially(TEXT, { delay: 0 })
  // Reload at once (before the pause that saves): the page asks first; the analyst leaves anyway.
  page.once('dialog', (d) => void d.accept())
  await page.reload()
  await reopen(a)
  await expect(source).toHaveValue(TEXT)
  await expect(page.getByTestId('md-rationale-note')).toHaveText('Restored the text typed before the page closed; it is saved now.')
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved')
  // Saved in the dataset, not only in the browser's draft.
  await page.evaluate('localStorage.clear()')
  await page.reload()
  await reopen(a)
  await expect(source).toHaveValue(TEXT)
  await expect(page.getByTestId('md-rationale-preview')).toContainText('IREL separates oxide')
})

test('saves as it is typed, one undo step per pause, and asks before closing with unsaved text', async ({ page, host }) => {
  const a = new AssessmentsPage(page)
  await a.openBoard(host.url)
  await a.open('Recycling')
  const source = page.getByTestId('md-rationale-source')
  await source.click()
  await source.press('ControlOrMeta+A')
  await source.pressSequentially('First thought.', { delay: 20 })
  await page.waitForTimeout(1200)
  await source.pressSequentially(' Second thought.', { delay: 20 })
  await page.waitForTimeout(1200)
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved')
  await page.getByTestId('undo').click()
  await expect(source).toHaveValue('First thought.')

  await source.pressSequentially(' Unsaved', { delay: 0 })
  const dialog = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const d = await dialog
  expect(d.type()).toBe('beforeunload')
  await d.dismiss()
})
