// The India acceptance brief printed to PDF by headless Chromium (the browser host's Printer) and read back with
// pdfjs-dist: its figures and citation numbers, page count, metadata, dataset hash and brief id; a corpus of HTML
// and script in notes printed as inert text; no Chromium and a failing printer answered in words, nothing logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brief, ExportResult } from '../shared/briefs'
import type { Engine } from '../core/engine'
import { countryId, indiaBrief, starterEngine } from '../core/briefs/testing'
import { ok, removeDir, tempDir } from '../core/testing/tempDataset'
import { computeDatasetHash } from '../core/briefs/hash'
import { createChromiumPrinter, findChromium } from './printer'
import { flatText, haveChromium as chromiumHere, readPdf, type PdfRead } from './pdfTesting'

const haveChromium = chromiumHere()

const flat = flatText

let dir: string
let engine: Engine
const printer = createChromiumPrinter()

beforeAll(() => {
  dir = tempDir()
  engine = starterEngine(dir, { printer })
})
afterAll(async () => {
  await printer.close?.()
  engine.close()
  removeDir(dir)
})

async function exportPdf(id: number): Promise<{ result: ExportResult; pdf: PdfRead }> {
  const result = await ok(engine, 'briefs.exportPdf', { id })
  return { result, pdf: await readPdf(Buffer.from(result.base64 ?? '', 'base64')) }
}

describe.skipIf(!haveChromium)('the India brief as a PDF', () => {
  let brief: Brief
  let read: { result: ExportResult; pdf: PdfRead }
  beforeAll(async () => {
    brief = await indiaBrief(engine)
    read = await exportPdf(brief.id)
  }, 60_000)

  it('prints the acceptance figures with their citation numbers', () => {
    const all = flat(read.pdf.pages.join('\n'))
    expect(all).toContain('China supplied 90% [1] of India')
    expect(all).toContain('81% [1] by value in 2023')
    expect(all).toContain('3,000 kg/yr [1] compares with more than 160,000 t/yr [1] of Chinese magnet')
    expect(all).toContain('about two-thirds [1] of world mining and 85% [1] of mine-to-metal capacity')
    expect(all).toMatch(/270,000 t REO \(est\.\) \[(\d+)\] of 390,000 t REO \(est\.\) \[\1\] worldwide/)
    expect(all).toMatch(/samarium-\s?cobalt/)
    expect(all).toContain('[1] Rare Earth Exchanges, 27 May 2025.')
  })

  it('fits the note on two pages with the source list ending on the third', () => {
    expect(read.pdf.pages.length).toBeLessThanOrEqual(3)
    expect(flat(read.pdf.pages[1])).toContain('Takeaway')
    expect(flat(read.pdf.pages[0])).toContain(`Page 1 of ${read.pdf.pages.length}`)
  })

  it('carries title, author, subject, date, the dataset hash and the brief id in its metadata and on its last page', () => {
    const hash = computeDatasetHash(engine.db)
    expect(read.result.datasetHash).toBe(hash)
    expect(read.pdf.info).toMatchObject({ Title: brief.title, Author: 'A. Analyst', Subject: 'Country dependence brief: India' })
    expect(String(read.pdf.info.Keywords)).toBe(`Lodestone brief ${brief.id}; dataset sha256 ${hash}`)
    expect(String(read.pdf.info.CreationDate)).toMatch(/^D:\d{14}Z$/)
    const last = flat(read.pdf.pages[read.pdf.pages.length - 1]).replace(/\s/g, '')
    expect(last).toContain(hash)
    expect(last).toContain(`Brief${brief.id}`)
  })

  it('logs the export with its hash in the brief history', async () => {
    const history = await ok(engine, 'briefs.history', { id: brief.id })
    expect(history[0]).toMatchObject({ format: 'pdf', datasetHash: read.result.datasetHash, fileName: read.result.fileName })
    expect(history[0].bytes).toBe(read.result.bytes)
  })
})

describe.skipIf(!haveChromium)('a note with HTML and script', () => {
  it('prints the markup as text and runs none of it', async () => {
    const payloads = [
      '<script>document.body.innerHTML="PWNED"</script>',
      '<img src=x onerror="document.title=\'PWNED\'">',
      '<iframe src="https://example.com"></iframe>'
    ]
    const brief = await ok(engine, 'briefs.create', { template: 'country', countryId: countryId(engine, 'IND') })
    await ok(engine, 'briefs.update', {
      id: brief.id,
      patch: { title: 'XSS <script>x</script>', config: { ...brief.config, takeaway: payloads.join('\n\n') } }
    })
    engine.db.prepare("UPDATE facility SET description = ? WHERE code = 'E02'").run(`${payloads[0]} Plant.`)
    const { pdf } = await exportPdf(brief.id)
    const all = flat(pdf.pages.join('\n'))
    for (const p of payloads) expect(all).toContain(p)
    expect(all.split('PWNED').length - 1).toBe(payloads.filter((p) => p.includes('PWNED')).length + 1)
    expect(pdf.info.Title).toBe('XSS <script>x</script>')
  }, 60_000)
})

describe('no Chromium', () => {
  it('answers in words, writes nothing and logs nothing', async () => {
    const missing = createChromiumPrinter({ ...process.env, LODESTONE_CHROMIUM: '/nonexistent/chromium' })
    const other = starterEngine(tempDir(), { printer: missing })
    try {
      const brief = await ok(other, 'briefs.create', { template: 'country', countryId: countryId(other, 'IND') })
      const result = await other.call('briefs.exportPdf', { id: brief.id })
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('LODESTONE_CHROMIUM is set to /nonexistent/chromium') } })
      expect(await ok(other, 'briefs.history', { id: brief.id })).toEqual([])
      const html = await ok(other, 'briefs.exportHtml', { id: brief.id })
      expect(html.format).toBe('html')
    } finally {
      other.close()
    }
  })

  it('says what to install when no browser is configured or found', () => {
    const found = findChromium({}, ['/nonexistent/a', '/nonexistent/b'])
    expect(found).toEqual({ error: expect.stringMatching(/needs a Chromium-based browser.*LODESTONE_CHROMIUM/) })
  })
})
