// Page object for the import wizard and the File & backups view: choose a file, load a mapping, read the
// preview's counts, import all or only the valid rows, watch the progress, cancel; take and restore backups.
import { expect, type Locator, type Page } from '@playwright/test'

export class ImportPage {
  readonly counts: Locator
  readonly wouldGive: Locator
  readonly summary: Locator
  readonly progressRows: Locator
  readonly result: Locator

  constructor(readonly page: Page) {
    this.counts = page.getByTestId('import-counts')
    this.wouldGive = page.getByTestId('preview-summary')
    this.summary = page.getByTestId('import-summary')
    this.progressRows = page.getByTestId('progress-rows')
    this.result = page.getByTestId('import-result')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-view-import').click()
    await expect(this.page.getByTestId('import-view')).toBeVisible()
  }

  async chooseFile(file: string, table?: string): Promise<void> {
    if (table) await this.page.getByTestId('import-table').selectOption(table)
    await this.page.getByTestId('file-input').setInputFiles(file)
    await expect(this.counts).toBeVisible({ timeout: 60_000 })
  }

  async loadMapping(file: string): Promise<void> {
    await this.page.getByTestId('mapping-input').setInputFiles(file)
  }

  async importOnlyValid(): Promise<void> {
    await this.page.getByTestId('import-valid').click()
  }

  async importAll(): Promise<void> {
    await this.page.getByTestId('import-all').click()
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('cancel-import').click()
  }
}

export class FilesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-view-files').click()
    await expect(this.page.getByTestId('files-view')).toBeVisible()
  }

  row(text: string): Locator {
    return this.page.getByTestId('backup-row').filter({ hasText: text })
  }

  async takeBackup(name: string): Promise<void> {
    await this.page.getByTestId('backup-name').fill(name)
    await this.page.getByTestId('backup-create').click()
    await expect(this.row(name)).toHaveCount(1)
  }

  async restore(name: string): Promise<void> {
    await this.row(name).getByTestId('backup-restore').click()
    await expect(this.page.getByTestId('confirm-dialog')).toContainText('Lodestone first takes a backup of the dataset as it is now')
    await this.page.getByTestId('confirm-ok').click()
    await expect(this.page.getByTestId('files-message')).toContainText('Restored the backup')
  }
}
