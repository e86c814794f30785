// The India brief's PDF read back with poppler (pdftotext, pdfinfo -url), as a ministry reader gets it: a share
// computed from a bound printed as a bound and marked computed, sources with bibliographic fields only (no analyst
// notes), every source URL a link, unrated gaps written "not rated". Skipped without Chromium or poppler-utils.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../core/engine'
import { indiaBrief, starterEngine } from '../core/briefs/testing'
import { ok, removeDir, tempDir } from '../core/testing/tempDataset'
import { createChromiumPrinter } from './printer'
import { flatText, haveChromium } from './pdfTesting'

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const ready = haveChromium() && hasPoppler()
const flat = flatText

describe.skipIf(!ready)('the India brief PDF, read back with pdftotext', () => {
  let dir: string
  let engine: Engine
  const printer = createChromiumPrinter()
  let text = ''
  let urls: string[] = []
  let sourceUrls: string[] = []

  beforeAll(async () => {
    dir = tempDir()
    engine = starterEngine(dir, { printer })
    const brief = await indiaBrief(engine)
    const result = await ok(engine, 'briefs.exportPdf', { id: brief.id })
    const file = path.join(dir, 'india.pdf')
    fs.writeFileSync(file, Buffer.from(result.base64 ?? '', 'base64'))
    text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
    urls = execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' })
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/).pop() ?? '')
      .filter(Boolean)
    const html = (await ok(engine, 'briefs.render', { id: brief.id })).html
    sourceUrls = [...html.matchAll(/<a class="url" href="([^"]+)">/g)].map((m) => m[1].replace(/&amp;/g, '&'))
  }, 90_000)
  afterAll(async () => {
    await printer.close?.()
    engine?.close()
    removeDir(dir)
  })

  it('prints the reserves share as a bound with the inputs\u2019 precision, marked as computed', () => {
    expect(text).toMatch(/a share of at most 7\.7% \(computed from \[\d+\]\)/)
    expect(text).toMatch(/a share of 69% \(computed from \[\d+\]\)/)
    expect(text).not.toMatch(/7\.67|69\.2/)
  })

  it('prints bibliographic fields only in the source list', () => {
    const sources = text.slice(text.lastIndexOf('Sources'))
    expect(sources).toContain('U.S. Geological Survey, February 2026. Rare Earths')
    expect(sources).toContain('ThePrint / ANI, n.d.')
    for (const note of ['year not shown', 'likely 2024', 'retrieved 2026-07-10', 'repo author', 'v1.3 reposted']) expect(sources).not.toContain(note)
  })

  it('makes every source URL a link in the PDF, long ones included', () => {
    expect(sourceUrls.length).toBeGreaterThan(20)
    for (const u of sourceUrls) expect(urls).toContain(u)
    expect(sourceUrls.some((u) => u.length > 90)).toBe(true)
  })

  it('writes "not rated" in the gaps table', () => {
    expect(text).toContain('not rated')
    expect(text).not.toMatch(/\u2013\s+draft/)
  })
})
