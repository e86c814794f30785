// Issue 5 bench: a 10-page brief with 4 charts (the India country brief, every chart, and an appendix of figures).
//  1. PDF export through the browser host's printer (engine render + warm headless Chromium + Info metadata),
//     median after a warm-up; target < 1.5 s.
//  2. Baseline in the same run: a bare Chromium page.pdf of the same HTML (fresh page, no engine); target ratio <= 3x.
//  3. Preview refresh after an edit (briefs.update then briefs.render, the HTML the preview shows); target < 200 ms.
import { expect, it } from 'vitest'
import { chromium } from 'playwright-core'
import { countryId, starterEngine } from '../src/core/briefs/testing'
import { ok, removeDir, tempDir } from '../src/core/testing/tempDataset'
import type { BriefConfigInput } from '../src/shared/briefs'
import { createChromiumPrinter } from '../src/web/printer'
import { median, round, summary, writeResult } from './stats'

const RUNS = 7
const EDITS = 20
const CHROMIUM = process.env.LODESTONE_CHROMIUM ?? '/usr/bin/chromium'

const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now()
  const value = await work()
  return [performance.now() - start, value]
}

it('measures PDF export of a 10-page brief with 4 charts, and preview refresh after an edit', async () => {
  const dir = tempDir('lodestone-bench-brief-')
  const printer = createChromiumPrinter()
  const engine = starterEngine(dir, { printer })
  const bare = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const created = await ok(engine, 'briefs.create', { template: 'country', countryId: countryId(engine, 'IND') })
    const config: BriefConfigInput = {
      ...created.config,
      charts: ['world_production', 'import_shares', 'magnet_output', 'reserves'],
      sections: [...created.config.sections.filter((s) => s.kind !== 'sources'), { kind: 'tables', include: true }, { kind: 'sources', include: true }],
      tables: [{ table: 'observation', title: 'Figures', filters: [], sort: [{ column: 'year', dir: 'desc' }], limit: 190 }]
    }
    const brief = await ok(engine, 'briefs.update', { id: created.id, patch: { config } })

    const pdf: number[] = []
    let pages = 0
    for (let i = 0; i <= RUNS; i++) {
      const [ms, result] = await timed(() => ok(engine, 'briefs.exportPdf', { id: brief.id }))
      pages = pageCount(Buffer.from(result.base64 ?? '', 'base64'))
      if (i > 0) pdf.push(ms) // the first export launches Chromium: the warm-up
    }

    const html = (await ok(engine, 'briefs.render', { id: brief.id })).html
    const baseline: number[] = []
    for (let i = 0; i <= RUNS; i++) {
      const [ms] = await timed(async () => {
        const page = await bare.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true })
        await page.close()
        return bytes
      })
      if (i > 0) baseline.push(ms)
    }

    const refresh: number[] = []
    const renderOnly: number[] = []
    for (let i = 0; i < EDITS; i++) {
      const [ms, rendered] = await timed(async () => {
        const current = await ok(engine, 'briefs.get', { id: brief.id })
        await ok(engine, 'briefs.update', {
          id: brief.id,
          patch: { config: { ...current.config, takeaway: `Edit number ${i}: the steep part of the trek is the midstream.` } }
        })
        return ok(engine, 'briefs.render', { id: brief.id })
      })
      refresh.push(ms)
      renderOnly.push(rendered.ms)
    }

    const result = {
      pages,
      charts: 4,
      pdfExport: { ...summary(pdf), samples: pdf.map((n) => round(n, 1)) },
      bareChromiumPagePdf: { ...summary(baseline), samples: baseline.map((n) => round(n, 1)) },
      ratioToBare: round(median(pdf) / median(baseline), 2),
      previewRefreshAfterEdit: summary(refresh),
      renderHtmlOnly: summary(renderOnly),
      htmlBytes: html.length,
      targets: { pdfMedianMs: 1500, ratioToBare: 3, previewRefreshMs: 200 }
    }
    console.log(JSON.stringify(result), '->', writeResult('brief', result))
    expect(pages).toBeGreaterThanOrEqual(9)
    expect(pdf).toHaveLength(RUNS)
  } finally {
    await bare.close()
    await printer.close?.()
    engine.close()
    removeDir(dir)
  }
})
