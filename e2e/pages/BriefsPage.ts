// Page object for the Briefs view: make a brief, pick a section in the outline, edit its settings, read the
// preview's HTML (the sandboxed iframe's srcdoc) and export through the pre-flight dialog.
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class BriefsPage {
  readonly preview: Locator
  readonly dialog: Locator
  readonly preflight: Locator

  constructor(readonly page: Page) {
    this.preview = page.getByTestId('brief-preview')
    this.dialog = page.getByTestId('export-dialog')
    this.preflight = page.getByTestId('preflight')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByTestId('nav-view-briefs').click()
    await expect(this.page.getByTestId('briefs-view')).toBeVisible()
  }

  async create(template: string, countryCode: string): Promise<void> {
    const form = this.page.getByTestId('new-brief')
    if (!(await form.isVisible())) await this.page.getByTestId('new-brief-button').click()
    await this.page.getByTestId('new-brief-template').selectOption(template)
    await this.page.getByTestId('new-brief-country').selectOption({ label: countryCode })
    await this.page.getByTestId('create-brief').click()
    await expect(this.preview).toBeVisible()
  }

  async section(kind: string): Promise<void> {
    await this.page.getByTestId(`outline-${kind}`).getByRole('button').first().click()
  }

  /** The preview's text (the iframe's srcdoc without tags): what the page will print. */
  async previewText(): Promise<string> {
    const html = (await this.preview.getAttribute('srcdoc')) ?? ''
    return html
      .replace(/<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  }

  async expectPreviewContains(text: string, present = true): Promise<void> {
    await expect.poll(async () => (await this.previewText()).includes(text), { message: `preview ${present ? 'shows' : 'omits'} "${text}"` }).toBe(present)
  }

  async openExport(): Promise<void> {
    await this.page.getByTestId('export-brief').click()
    await expect(this.dialog).toBeVisible()
  }

  async exportAs(format: 'pdf' | 'html' | 'md'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), this.page.getByTestId(`export-${format}`).click()])
    return download
  }
}
