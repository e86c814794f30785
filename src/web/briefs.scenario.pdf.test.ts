// The scenario brief printed to PDF by headless Chromium and read back: drafted highlights for each starter
// scenario, the results table with the bottleneck, labelled assumptions listed as such, the source list, and its
// metadata naming the template. LODESTONE_KEEP_PDF=FILE keeps the PDF to look at (pdftoppm).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import type { Engine } from '../core/engine'
import { starterEngine } from '../core/briefs/testing'
import { ok, removeDir, tempDir } from '../core/testing/tempDataset'
import { createChromiumPrinter } from './printer'
import { flatText as flat, haveChromium, readPdf } from './pdfTesting'

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

describe.skipIf(!haveChromium())('the scenario brief as a PDF', () => {
  it('reads as a note on the scenarios, every input cited or labelled', async () => {
    const brief = await ok(engine, 'briefs.create', { template: 'scenario', author: 'A. Analyst' })
    const result = await ok(engine, 'briefs.exportPdf', { id: brief.id })
    const bytes = Buffer.from(result.base64 ?? '', 'base64')
    if (process.env.LODESTONE_KEEP_PDF) fs.writeFileSync(process.env.LODESTONE_KEEP_PDF, bytes)
    const pdf = await readPdf(bytes)
    const all = flat(pdf.pages.join('\n'))
    expect(pdf.info).toMatchObject({ Title: 'Magnet supply scenarios: how much of demand each stage of the chain could cover', Subject: 'Scenario brief' })
    expect(all).toContain('Announced plans as recorded. In 2030, magnets made in India from domestic stages would cover 61% of demand (8,603 of 14,000 t)')
    expect(all).toContain('China restricts heavy REE exports')
    expect(all).toMatch(/Year Demand, t Made in India, t Domestic With imports Bottleneck 2025/)
    expect(all).toContain('labelled assumptions')
    expect(all).toContain('not figures any source published')
    expect(all).toMatch(/Sources \[1\]/)
  }, 60_000)
})
