// Page object for the Start view: the dataset's name and file, its question and gap themes, what it holds,
// the three ways in and the recent files.
import { expect, type Locator, type Page } from '@playwright/test'

export class StartPage {
  readonly view: Locator
  readonly name: Locator
  readonly file: Locator
  readonly question: Locator
  readonly holdings: Locator
  readonly recent: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('start-view')
    this.name = page.getByTestId('start-dataset-name')
    this.file = page.getByTestId('start-dataset-file')
    this.question = page.getByTestId('start-question')
    this.holdings = page.getByTestId('start-holdings')
    this.recent = page.getByTestId('start-recent')
  }

  way(id: 'assessments' | 'brief' | 'import'): Locator {
    return this.page.getByTestId(`start-way-${id}`)
  }

  count(table: string): Locator {
    return this.page.getByTestId(`start-count-${table}`)
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-view-start').click()
    await expect(this.view).toBeVisible()
  }
}
