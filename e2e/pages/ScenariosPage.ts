// Page object for the Scenarios view: choose a scenario, copy it, edit one input in the assumptions grid (typed
// at machine speed then Enter, or at a person's pace), read the per-year results table, and compare scenarios.
import { expect, type Locator, type Page } from '@playwright/test'

export class ScenariosPage {
  readonly view: Locator
  readonly results: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('scenarios-view')
    this.results = page.getByTestId('results-table')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByTestId('nav-view-scenarios').click()
    await expect(this.view).toBeVisible()
    await expect(this.results).toBeVisible()
  }

  async choose(name: string): Promise<void> {
    await this.view
      .getByRole('navigation', { name: 'Scenarios' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .click()
    await expect(this.view.getByRole('heading', { level: 2 })).toHaveText(name)
  }

  async copyAs(name: string, withSm = false): Promise<void> {
    await this.page.getByLabel('Name of the copy').fill(name)
    if (withSm) await this.page.getByRole('checkbox', { name: 'with Sm (SmCo magnets)' }).check()
    await this.page.getByRole('button', { name: 'Copy', exact: true }).click()
    await expect(this.view.getByRole('heading', { level: 2 })).toHaveText(name)
  }

  async tab(name: 'Results' | 'Assumptions' | 'Compare' | 'Sensitivity'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** Set an input to a value with a note; `delay` 0 types at machine speed, a person's pace otherwise. */
  async setValue(key: string, value: string, note: string, delay = 0): Promise<void> {
    const row = this.page.locator(`tr[data-key="${key}"]`)
    await row.getByRole('button', { name: /^Edit / }).click()
    const editor = this.page.locator('form.assumption-editor')
    await editor.getByText('Assumption (value and note)').click()
    await editor.getByRole('textbox', { name: 'Value' }).fill('')
    await editor.getByRole('textbox', { name: 'Value' }).pressSequentially(value, { delay })
    await editor.getByRole('textbox', { name: 'Note' }).fill('')
    await editor.getByRole('textbox', { name: 'Note' }).pressSequentially(note, { delay })
    await editor.getByRole('textbox', { name: 'Note' }).press('Enter')
    await expect(editor).toHaveCount(0)
    await expect(row).toHaveClass(/own/)
  }

  async bottleneck(year: number): Promise<string> {
    return (await this.results.locator(`tr[data-year="${year}"] .bottleneck-cell`).textContent()) ?? ''
  }

  /** The Sm option's bottleneck of a year (SmCo magnets), '' when Sm is not shown. */
  async smBottleneck(year: number): Promise<string> {
    const cell = this.results.locator(`tr[data-year="${year}"] .sm-bottleneck-cell`)
    return (await cell.count()) ? ((await cell.textContent()) ?? '') : ''
  }
}
