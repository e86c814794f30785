// Page object for the Assessment board and editor, and the Indicators view: specs read "open the board,
// open Midstream processing, choose severity 4, mark it reviewed, cite F0197, publish".
import { expect, type Locator, type Page } from '@playwright/test'

export class AssessmentsPage {
  readonly board: Locator
  readonly editor: Locator
  readonly status: Locator
  readonly versions: Locator
  readonly evidence: Locator
  readonly diff: Locator

  constructor(readonly page: Page) {
    this.board = page.getByTestId('assessment-board')
    this.editor = page.getByTestId('assessment-editor')
    this.status = page.getByTestId('status')
    this.versions = page.getByTestId('version')
    this.evidence = page.getByTestId('evidence-item')
    this.diff = page.getByTestId('diff')
  }

  async openBoard(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByTestId('nav-view-assessments').click()
    await expect(this.board).toBeVisible()
  }

  cell(titleStart: string): Locator {
    return this.board.locator(`button[title^="${titleStart}"]`)
  }

  async open(titleStart: string): Promise<void> {
    await this.cell(titleStart).click()
    await expect(this.editor).toBeVisible()
  }

  async chooseSeverity(level: number): Promise<void> {
    await this.page.getByTestId(`severity-${level}`).click()
    await expect(this.page.getByTestId(`severity-${level}`)).toHaveAttribute('aria-checked', 'true')
  }

  async markReviewed(note = ''): Promise<void> {
    if (note) await this.page.getByLabel('Version note').fill(note)
    await this.page.getByTestId('mark-reviewed').click()
  }

  async publish(): Promise<void> {
    await this.page.getByTestId('publish').click()
    await expect(this.status).toHaveText('published')
  }

  async cite(search: string, note: string): Promise<void> {
    await this.page.getByTestId('add-evidence-button').click()
    await this.page.getByTestId('evidence-search').fill(search)
    await this.page.getByTestId('evidence-note').fill(note)
    await this.page.getByTestId('evidence-hit').first().click()
  }

  async writeRationale(text: string): Promise<void> {
    const source = this.page.getByTestId('md-rationale-source')
    await source.fill(text)
    await source.blur()
  }

  async backToBoard(): Promise<void> {
    await this.page.getByTestId('back-to-board').click()
    await expect(this.board).toBeVisible()
  }
}
