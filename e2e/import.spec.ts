// Import and backups in Chromium against the browser host, each test on its own starter dataset: import the
// USGS MCS 2026 CSV through the wizard (only the valid rows, with the shipped mapping chosen by name; skipped when
// ../shared/data/real is absent), cancel a big import half-way (nothing written), watch it build its indexes one
// by one, undo and redo a big import (run in the worker), and restore a backup.
import fs from 'node:fs'
import path from 'node:path'
import { test, expect } from './fixtures'
import { AppPage } from './pages/AppPage'
import { FilesPage, ImportPage } from './pages/ImportPage'

const REPO = path.resolve(__dirname, '..')
const REAL_CSV = path.resolve(REPO, '../shared/data/real/usgs_mcs2026_commodities_data.csv')
const MCS_MAPPING = path.join(REPO, 'resources/mappings/usgs-mcs2026-rare-earths.json')

test('imports the USGS MCS 2026 rare-earth rows through the wizard, only the valid ones', async ({ page, host }) => {
  test.skip(!fs.existsSync(REAL_CSV), `${REAL_CSV} is not there`)
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await wizard.open()
  await wizard.chooseFile(REAL_CSV, 'observation')
  await expect(page.getByTestId('read-encoding')).toContainText('Auto (Windows-1252)')
  // The wizard names the layout it recognised and offers the shipped mappings by name; choose the chapter's own.
  const choice = page.getByTestId('mapping-choice')
  await expect(choice.locator('option:checked')).toHaveText(/^Recognised: USGS/)
  await expect(choice.locator('option[value="saved:usgs-mcs2026-rare-earths"]')).toHaveText('usgs-mcs2026-rare-earths')
  await choice.selectOption('saved:usgs-mcs2026-rare-earths')
  await expect(choice.locator('option:checked')).toHaveText('Based on usgs-mcs2026-rare-earths')
  // Figures the starter holds from the chapter PDF, repeated value for value: stored in the starter's words, so
  // they meet in one group (Brazil's reserves meet the starter's own row of this release: 1 updated).
  const subjects = page.getByTestId('import-subjects')
  await expect(subjects).toContainText('mine_production: \u201cMine production\u201d \u2192 \u201cREO total (rare-earth-oxide equivalent)\u201d')
  await expect(page.getByTestId('preview-second-sources')).toContainText(
    '42 would add a second source for an existing figure: 42 repeat a figure of another source (same value), 0 differ.'
  )
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 1 updated, 153 new')
  await page.getByTestId('keep-file-words').click()
  await expect(subjects).toContainText('Subjects are kept as the file words them.')
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 0 updated, 154 new')
  await subjects.getByRole('button', { name: /Use the dataset/ }).click()
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 1 updated, 153 new')
  await expect(wizard.counts).toContainText('164 rows')
  await expect(wizard.counts).toContainText('10 invalid')
  await expect(page.getByTestId('import-problems')).toContainText('"Employment" is not a known indicator')
  await expect(page.getByTestId('import-all')).toBeDisabled()

  const download = page.waitForEvent('download')
  await page.getByTestId('save-report').click()
  const report = fs.readFileSync(await (await download).path(), 'utf8').split('\n')
  expect(report[0]).toBe('row,column,field,value,problem')
  expect(report[1]).toMatch(/^5979,Statistics,indicator_id,Employment,/)

  await wizard.importOnlyValid()
  await expect(wizard.summary).toHaveText('Figures: 0 unchanged, 1 updated, 153 new.', { timeout: 30_000 })
  await expect(page.getByTestId('skipped-rows')).toContainText('5979')
  await expect(page.getByTestId('nav-count-observation')).toHaveText('633')

  // the same file again: nothing new
  await page.getByTestId('import-another').click()
  await wizard.chooseFile(REAL_CSV, 'observation')
  await wizard.loadMapping(MCS_MAPPING)
  await expect(wizard.wouldGive).toHaveText('154 unchanged, 0 updated, 0 new')
  await wizard.importOnlyValid()
  await expect(wizard.summary).toHaveText('Figures: 154 unchanged, 0 updated, 0 new.', { timeout: 30_000 })
  await expect(page.getByTestId('no-backup')).toHaveText('Nothing changed, so no backup was taken.')
})

test('imports the OEC 2022 workbook and the UN Comtrade 2022 answer through the wizard: each source keeps its own row', async ({ page, host }) => {
  const oec = path.resolve(REPO, '../shared/data/real/oec_hs2846/net_trade_2022.xlsx')
  const comtrade = path.resolve(REPO, '../shared/data/real/un_comtrade_china_2846/2022.json')
  test.skip(!fs.existsSync(oec) || !fs.existsSync(comtrade), 'the OEC and Comtrade files of ../shared/data/real are not there')
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await wizard.open()
  await wizard.chooseFile(oec, 'trade_flow')
  const choice = page.getByTestId('mapping-choice')
  await expect(choice.locator('option:checked')).toHaveText('Recognised: OEC net trade by country, 2022')
  // the browser gives the file's name only, not its folder (oec_hs2846/): the product is asked for in words
  const problems = page.getByTestId('import-problems')
  await expect(problems).toContainText("HS code: OEC's net trade files do not say which product they cover, and neither does the name net_trade_2022.xlsx.")
  await expect(page.getByTestId('map-value_usd').getByRole('combobox')).toHaveText(/the values of the columns below/)
  await expect(page.getByTestId('map-flow').getByRole('combobox')).toHaveText(/the headers of the columns below/)
  await page.getByTestId('import-view').screenshot({ path: test.info().outputPath('oec-asks-product.png') })
  await page.getByTestId('map-hs_code').getByRole('combobox').selectOption({ label: 'One value for every row…' })
  await page.getByTestId('map-hs_code').getByRole('textbox').fill('2846')
  await expect(problems).toHaveCount(0)
  // China's 2022 imports from the World: the starter has Comtrade's figure, OEC's is another row beside it
  await expect(page.getByTestId('preview-second-sources')).toContainText(
    '1 would add a second source for an existing flow: 0 repeat a flow of another source (same value), 1 differs.'
  )
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 0 updated, 154 new')
  await wizard.importAll()
  await expect(wizard.summary).toHaveText('Trade flows: 0 unchanged, 0 updated, 154 new.', { timeout: 30_000 })

  await page.getByTestId('import-another').click()
  await wizard.chooseFile(comtrade, 'trade_flow')
  await expect(choice.locator('option:checked')).toHaveText('Recognised: UN Comtrade API answer (JSON)')
  await expect(wizard.wouldGive).toHaveText('3 unchanged, 2 updated, 22 new')
  await page.getByTestId('import-view').screenshot({ path: test.info().outputPath('comtrade-answer.png') })
  await wizard.importAll()
  await expect(wizard.summary).toHaveText('Trade flows: 3 unchanged, 2 updated, 22 new.', { timeout: 30_000 })

  await app.openTable('trade_flow')
  await app.grid.filter('reporter_id', 'China')
  await app.grid.filter('partner_id', 'World')
  await app.grid.filter('year', '2022')
  await app.grid.filter('flow', 'import')
  await expect(app.rowCount).toContainText('2 rows')
  await app.grid.showColumn('source_id')
  await expect(app.grid.rowWith('source_id', '.*OEC.*')).toHaveCount(1)
  await expect(app.grid.rowWith('source_id', '.*UNCOMTRADE-CHN-2846.*')).toHaveCount(1)
  await page.screenshot({ path: test.info().outputPath('two-sources.png') })
})

test('asks for the source of a file whose mapping gives none, proposing the publisher, before anything can be imported', async ({ page, host }) => {
  // An analyst's own extract of MCS 2026 figures, with no source column: no recognised layout names its source
  // (the full MCS 2026 release is recognised and cites USGS-MCS2026-DR itself), so the wizard must ask.
  const csv = path.join(host.dir, 'mcs2026_india_extract.csv')
  fs.writeFileSync(
    csv,
    [
      'country,indicator,subject,period,year,value,unit',
      'India,Mine production,REO total,2024,2024,2900,t REO',
      'China,Mine production,REO total,2024,2024,270000,t REO'
    ].join('\n')
  )
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await wizard.open()
  await wizard.chooseFile(csv, 'observation')
  const ask = page.getByTestId('file-source')
  await expect(ask).toContainText('Which source is mcs2026_india_extract.csv?')
  await expect(ask).toContainText('Every figure needs a source')
  await expect(wizard.counts).toContainText('0 valid: no source')
  await expect(wizard.counts).toContainText('Name the file\u2019s source')
  await expect(page.getByTestId('import-all')).toBeDisabled()
  // Every row is fine but for its source, so there is no "only the valid rows" choice to offer either.
  await expect(page.getByTestId('import-valid')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('import-asks-source.png') })
  await page.getByTestId('file-source-proposed').click()
  await expect(ask).toHaveCount(0)
  await expect(wizard.counts).not.toContainText('no source')
  await expect(page.getByTestId('map-source_id').getByRole('textbox')).toHaveValue('USGS-MCS2026-DR')
  await expect(page.getByTestId('nav-count-observation')).toHaveText('480')
})

test("reads a dash in a value cell as the source's legend says, chosen in the wizard", async ({ page, host }) => {
  const csv = path.join(host.dir, 'legend.csv')
  fs.writeFileSync(csv, ['country,indicator,subject,period,value,unit,source', 'India,mine_production,Xenotime,2031,--,t REO,USGS-MCS2026-RE'].join('\n'))
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await wizard.open()
  await wizard.chooseFile(csv, 'observation')
  const choice = page.getByTestId('import-dash-choice')
  await expect(choice).toHaveValue('not available')
  const headers = await page.getByTestId('preview-table').locator('thead th').allInnerTexts()
  const value = page.getByTestId('preview-row').first().locator('td').nth(headers.indexOf('Value'))
  await expect(value).toHaveText('--')
  await choice.selectOption('zero')
  await expect(value).toHaveText('0')
  await wizard.importAll()
  await expect(wizard.summary).toHaveText('Figures: 0 unchanged, 0 updated, 1 new.', { timeout: 30_000 })
})

test('cancels a big import half-way and writes nothing', async ({ page, host }) => {
  const rows = Array.from({ length: 200_000 }, (_, i) => `IND,CHN,${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i}`)
  const csv = path.join(host.dir, 'big-trade.csv')
  fs.writeFileSync(csv, ['reporter,partner,year,hs_code,flow,quantity', ...rows].join('\n'))
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await expect(page.getByTestId('nav-count-trade_flow')).toHaveText('23')
  await wizard.open()
  await wizard.chooseFile(csv, 'trade_flow')
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 0 updated, 200,000 new', { timeout: 60_000 })
  await wizard.importAll()
  await expect(wizard.progressRows).not.toHaveText('0 rows', { timeout: 30_000 })
  await wizard.cancel()
  await expect(wizard.result).toContainText('Import cancelled', { timeout: 30_000 })
  await expect(wizard.result).toContainText('Nothing was written')
  await page.getByTestId('nav-trade_flow').click()
  await expect(page.getByTestId('nav-count-trade_flow')).toHaveText('23')
  await expect(app.rowCount).toContainText('23 rows')
})

test('says which index it is building while a big import ends', async ({ page, host }) => {
  // 400,000 rows: the nine indexes take a second or more to build, long enough to be seen.
  const rows = Array.from({ length: 400_000 }, (_, i) => `IND,CHN,${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i}`)
  const csv = path.join(host.dir, 'trade-400k.csv')
  fs.writeFileSync(csv, ['reporter,partner,year,hs_code,flow,quantity', ...rows].join('\n'))
  const wizard = new ImportPage(page)
  await new AppPage(page).open(host.url)
  await wizard.open()
  await wizard.chooseFile(csv, 'trade_flow')
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 0 updated, 400,000 new', { timeout: 60_000 })
  await wizard.importAll()
  const phase = page.getByTestId('import-phase')
  await expect(phase).toHaveText(/^Building the indexes \([0-9] of 9\)…$/, { timeout: 60_000 })
  await page.getByTestId('import-progress').screenshot({ path: test.info().outputPath('indexing.png') })
  await expect(wizard.summary).toHaveText('Trade flows: 0 unchanged, 0 updated, 400,000 new.', { timeout: 60_000 })
})

test('warns before a re-import replaces a value edited in the grid, offers to keep it, and the import says Undo restores it', async ({ page, host }) => {
  const file = (value: number): string => {
    const csv = path.join(host.dir, `flows-${value}.csv`)
    fs.writeFileSync(csv, `reporter,partner,year,hs_code,flow,quantity,value_usd\nIND,CHN,2021,280001,import,10,${value}\nIND,CHN,2022,280001,import,12,600\n`)
    return csv
  }
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await wizard.open()
  await wizard.chooseFile(file(500), 'trade_flow')
  await wizard.importAll()
  await expect(wizard.summary).toHaveText('Trade flows: 0 unchanged, 0 updated, 2 new.', { timeout: 30_000 })

  await app.openTable('trade_flow')
  await app.grid.filter('hs_code', '280001')
  const row2021 = app.grid.rowWith('year', '2021')
  await expect(row2021).toHaveCount(1)
  const index = Number(await row2021.getAttribute('row-index'))
  await app.grid.editCell(index, 'value_usd', '650')
  await app.expectSaved()

  await wizard.open()
  await wizard.chooseFile(file(700), 'trade_flow')
  await expect(wizard.wouldGive).toHaveText('1 unchanged, 1 updated, 0 new')
  const warning = page.getByTestId('analyst-edits-message')
  await expect(warning).toHaveText(
    "The file would replace values edited in Lodestone since they were imported, in 1 row: row 2, Value (USD). Importing takes the file's values (Undo brings the edits back)."
  )
  const editedCell = page.getByTestId('preview-row').first().locator('td.cell-edited')
  await expect(editedCell).toHaveText('700')
  await expect(editedCell).toHaveAttribute('title', 'Replaces 650, edited in Lodestone')
  // keep them: the row is left as it is; then take the file's values after all
  const choice = page.getByTestId('analyst-edits-choice')
  await choice.click()
  await expect(wizard.wouldGive).toHaveText('2 unchanged, 0 updated, 0 new')
  await expect(warning).toHaveText(
    'Values edited in Lodestone since they were imported are kept, in 1 row: row 2, Value (USD); the rest of each row comes from the file.'
  )
  await expect(editedCell).toHaveText('650')
  await page.getByTestId('import-view').screenshot({ path: test.info().outputPath('analyst-edits-kept.png') })
  await expect(choice).toHaveText('Take the file\u2019s values instead')
  await choice.click()
  await expect(wizard.wouldGive).toHaveText('1 unchanged, 1 updated, 0 new')
  await page.getByTestId('import-view').screenshot({ path: test.info().outputPath('analyst-edits.png') })
  await wizard.importAll()
  await expect(wizard.summary).toHaveText('Trade flows: 1 unchanged, 1 updated, 0 new.', { timeout: 30_000 })
  await expect(page.getByTestId('result-analyst-edits')).toContainText(
    'The file replaced values edited in Lodestone, in 1 row: row 2, Value (USD). Undo takes the import back and restores them.'
  )
})

test('undoes a big import in one step (in the worker) and redoes it', async ({ page, host }) => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `IND,CHN,${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i}`)
  const csv = path.join(host.dir, 'trade-30k.csv')
  fs.writeFileSync(csv, ['reporter,partner,year,hs_code,flow,quantity', ...rows].join('\n'))
  const app = new AppPage(page)
  const wizard = new ImportPage(page)
  await app.open(host.url)
  await wizard.open()
  await wizard.chooseFile(csv, 'trade_flow')
  await expect(wizard.wouldGive).toHaveText('0 unchanged, 0 updated, 30,000 new', { timeout: 60_000 })
  await wizard.importAll()
  await expect(wizard.summary).toHaveText('Trade flows: 0 unchanged, 0 updated, 30,000 new.', { timeout: 60_000 })
  await page.getByTestId('nav-trade_flow').click()
  await expect(page.getByTestId('nav-count-trade_flow')).toHaveText('30,023')
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Import trade-30k\.csv into Trade flows \(30,000 new, 0 updated\)/)
  await app.undo()
  await expect(page.getByTestId('nav-count-trade_flow')).toHaveText('23', { timeout: 30_000 })
  await expect(app.rowCount).toContainText('23 rows')
  await app.redo()
  await expect(page.getByTestId('nav-count-trade_flow')).toHaveText('30,023', { timeout: 30_000 })
  await expect(app.rowCount).toContainText('30,023 rows')
})

test('restores a named backup after an edit, keeping the state before it', async ({ page, host }) => {
  const app = new AppPage(page)
  const files = new FilesPage(page)
  await app.open(host.url)
  await files.open()
  await files.takeBackup('before the Q3 review')

  await app.openTable('country')
  await app.grid.filter('code', 'IND')
  await app.grid.editCell(0, 'name', 'Bharat')
  await expect(app.grid.cell(0, 'name')).toHaveText('Bharat')
  await app.expectSaved()

  await files.open()
  await files.restore('before the Q3 review')
  await expect(files.row('Automatic, before a restore')).toHaveCount(1)

  await app.openTable('country')
  await app.grid.filter('code', 'IND')
  await expect(app.grid.cell(0, 'name')).toHaveText('India')
})
