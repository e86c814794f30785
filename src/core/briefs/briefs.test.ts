// Briefs through the contract, on a real starter dataset: saving and versions, the India acceptance brief's HTML
// (figures, citation numbers by first use, source list), the pre-flight check, and every kind of bad input
// answered in words with nothing changed. PDF printing is tested in src/web (it needs Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brief } from '../../shared/briefs'
import type { Engine } from '../engine'
import { ok, removeDir, tempDir } from '../testing/tempDataset'
import { countryId, htmlText, indiaBrief, starterEngine } from './testing'

let dir: string
let engine: Engine
let brief: Brief
let html: string

beforeAll(async () => {
  dir = tempDir()
  engine = starterEngine(dir)
  brief = await indiaBrief(engine)
  html = (await ok(engine, 'briefs.render', { id: brief.id })).html
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const text = htmlText
const update = (patch: Record<string, unknown>, id = brief.id): Promise<Brief> => ok(engine, 'briefs.update', { id, patch })

describe('the India country dependence brief (acceptance)', () => {
  it('carries the REX article figures, each with its citation number, REX numbered first', () => {
    const t = text(html)
    expect(t).toContain("China supplied 90% [1] of India's rare-earth imports by volume and 81% [1] by value in 2023")
    expect(t).toContain('magnet capacity of 3,000 kg/yr [1] compares with more than 160,000 t/yr [1] of Chinese magnet output')
    expect(t).toContain('China holds about two-thirds [1] of world mining and 85% [1] of mine-to-metal capacity')
    expect(t).toMatch(/\[1\]\s*Rare Earth Exchanges, 27 May 2025\. India's Bid to Break Rare Earth Dependence on China/)
  })

  it('sets the stronger USGS figures beside them, cited to the USGS release', () => {
    const t = text(html)
    const usgs = /\[(\d+)\]\s*U\.S\. Geological Survey, February 2026\. Rare Earths, in Mineral Commodity Summaries 2026/.exec(t)
    expect(usgs).not.toBeNull()
    const n = usgs?.[1]
    expect(t).toContain(`China's mine output at 270,000 t REO (est.) [${n}] of 390,000 t REO (est.) [${n}] worldwide, a share of 69% (computed from [${n}])`)
  })

  it('lists the three pillars with their initiatives and the six gaps', () => {
    const t = text(html)
    for (const pillar of ['recycling', 'domestic development', 'international partnerships']) expect(t).toContain(pillar)
    for (const name of [
      'REE recovery from e-waste',
      'Visakhapatnam',
      'samarium-cobalt',
      '3,000 kg/yr',
      'Kazakhstan',
      'India-Central Asia Rare Earths Forum',
      'Minerals Security Partnership'
    ])
      expect(t).toContain(name)
    for (const gap of ['Midstream processing', 'Recycling', 'Scale of magnet output', 'Heavy rare earths', 'Partner concentration', 'Measurement gap'])
      expect(t).toContain(gap)
  })

  it('numbers sources by first use, lists each once, and prints the dataset hash and brief id', async () => {
    const rendered = await ok(engine, 'briefs.render', { id: brief.id })
    const t = text(rendered.html)
    const cited = [...t.matchAll(/\[(\d+)(?:[,–\d\s]*)\]/g)].map((m) => Number(m[1]))
    expect(Math.max(...cited)).toBe(rendered.citations)
    const listed = [...rendered.html.matchAll(/<span class="n">\[(\d+)\]<\/span>/g)].map((m) => Number(m[1]))
    expect(listed).toEqual(Array.from({ length: rendered.citations }, (_, i) => i + 1))
    expect(t).toContain(`Brief ${brief.id}`)
    expect(t).toContain(rendered.datasetHash)
    expect(rendered.datasetHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('uses no script and loads nothing: a strict CSP, inline fonts and SVG charts', () => {
    expect(/<script/i.test(html)).toBe(false)
    expect(html).toContain(
      'content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:; font-src data:; script-src &#x27;none&#x27;'
    )
    expect(html).not.toMatch(/src="https?:/)
    expect(html).toContain('data:font/woff2;base64')
    expect((html.match(/<svg/g) ?? []).length).toBe(2)
    expect(/src="(?!data:)/.test(html)).toBe(false)
    // The only links are the source list's URLs (clickable in the PDF); nothing loads them.
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0])
    expect(links.length).toBeGreaterThan(20)
    expect(links.every((a) => /^<a class="url" href="https?:\/\/[^"]+">$/.test(a))).toBe(true)
    expect(html.slice(0, html.indexOf('data-section="sources"'))).not.toContain('<a ')
  })

  it('pre-flight lists the draft assessments and the stale figure in the charts', async () => {
    const items = await ok(engine, 'briefs.preflight', { id: brief.id })
    expect(items.find((i) => i.kind === 'draft')?.message).toMatch(/6 of the 6 assessments shown are drafts/)
    expect(items.every((i) => i.message.length > 20)).toBe(true)
  })
})

describe('a brief that flags its own weak figures', () => {
  it('prints a share computed from a bound as a bound, rounded to its inputs, and marked as computed', () => {
    const t = text(html)
    const mcs2025 = /\[(\d+)\]\s*U\.S\. Geological Survey, January 2025\. Rare Earths, in Mineral Commodity Summaries 2025/.exec(t)?.[1]
    expect(mcs2025).toBeDefined()
    expect(t).toContain(
      `India held 6.9 million t REO [${mcs2025}] of reserves against more than 90 million t REO [${mcs2025}] worldwide, a share of at most 7.7% (computed from [${mcs2025}])`
    )
    expect(t).not.toMatch(/7\.67|69\.2/)
    expect(t).not.toMatch(/\d%\s*\[\d+\]\s*[),]/)
  })

  it('pre-flight lists the cited reserves figure that the newer MCS 2026 edition contradicts (NA)', async () => {
    const items = await ok(engine, 'briefs.preflight', { id: brief.id })
    const conflicts = items.filter((i) => i.kind === 'conflict')
    const india = conflicts.find((i) => i.message.startsWith('Figure F0098'))
    expect(india?.message).toContain('newer conflicting figure: F0033 (2025: not available, USGS-MCS2026-RE)')
    expect(india?.section).toBe('highlights')
    const world = conflicts.find((i) => i.message.startsWith('Figure F0120'))
    expect(world?.message).toContain('F0059 (2025: >75 million t REO, USGS-MCS2026-RE)')
    expect(world?.message).not.toContain('F0061')
  })

  it('pre-flight names the preferred figure when the brief cites another of its group', async () => {
    const [rival] = engine.db.prepare("SELECT id FROM observation WHERE code = 'F0127'").all() as { id: number }[]
    engine.db.prepare("UPDATE observation SET preferred = CASE code WHEN 'F0127' THEN 1 ELSE 0 END WHERE code IN ('F0098', 'F0127')").run()
    try {
      const items = await ok(engine, 'briefs.preflight', { id: brief.id })
      expect(items.some((i) => i.kind === 'conflict' && i.message.includes('is not the preferred figure') && i.message.includes('F0127'))).toBe(true)
      expect(rival).toBeDefined()
    } finally {
      engine.db.prepare("UPDATE observation SET preferred = NULL WHERE code IN ('F0098', 'F0127')").run()
    }
  })

  it('lists sources with bibliographic fields only: the date part of the date field, no analyst notes', () => {
    const sources = text(html.slice(html.indexOf('data-section="sources"')))
    expect(sources).toContain('ThePrint / ANI, n.d. India-Central Asia collaboration')
    expect(sources).toContain('United Nations Statistics Division, n.d. UN Comtrade')
    for (const note of ['year not shown', 'likely 2024', 'retrieved 2026-07-10', 'repo author', 'v1.3 reposted']) expect(sources).not.toContain(note)
    expect(sources).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b(?![^ ]*\/)/)
  })

  it('breaks long URLs only after "/" or before ".", and keeps each a link', () => {
    const anchors = [...html.matchAll(/<a class="url" href="([^"]+)">([\s\S]*?)<\/a>/g)]
    expect(anchors.length).toBeGreaterThan(20)
    for (const [, href, inner] of anchors) {
      expect(inner.replace(/<wbr\/?>/g, '').replace(/&amp;/g, '&')).toBe(href.replace(/&amp;/g, '&'))
      for (const m of inner.matchAll(/<wbr\/?>/g)) {
        const before = inner.slice(0, m.index)
        const after = inner.slice((m.index ?? 0) + m[0].length)
        expect(before.endsWith('/') || after.startsWith('.')).toBe(true)
      }
    }
    expect(anchors.some(([, href]) => href.startsWith('https://www.daily8.com/en/article/7a1c'))).toBe(true)
  })

  it('writes "not rated" for an unrated gap and dates in one format', () => {
    const gaps = text(html.slice(html.indexOf('data-section="gaps"'), html.indexOf('data-section="figures"')))
    expect(gaps).toContain('not rated')
    expect(gaps).not.toContain('\u2013 draft')
    const colophon = text(html.slice(html.indexOf('class="colophon"')))
    expect(colophon).toMatch(/dated \d{1,2} [A-Z][a-z]+ \d{4} · printed \d{1,2} [A-Z][a-z]+ \d{4}/)
  })
})

describe('saving briefs', () => {
  it('lists, duplicates, renames with a version check, and deletes', async () => {
    const copy = await ok(engine, 'briefs.duplicate', { id: brief.id })
    expect(copy.title).toBe(`${brief.title} (copy)`)
    const renamed = await update({ title: 'Renamed' }, copy.id)
    expect(renamed.version).toBe(copy.version + 1)
    const stale = await engine.call('briefs.update', { id: copy.id, patch: { title: 'Other' }, expectedVersion: copy.version })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const list = await ok(engine, 'briefs.list', {})
    expect(list.map((b) => b.title)).toContain('Renamed')
    await ok(engine, 'briefs.delete', { id: copy.id })
    expect(await engine.call('briefs.get', { id: copy.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('no brief') }
    })
  })

  it('refuses bad input in words and changes nothing', async () => {
    const before = await ok(engine, 'briefs.get', { id: brief.id })
    const cases: [string, unknown][] = [
      ['briefs.update', { id: brief.id, patch: { title: '   ' } }],
      ['briefs.update', { id: brief.id, patch: { date: '28/11/2025' } }],
      ['briefs.update', { id: brief.id, patch: { countryId: 999_999 } }],
      ['briefs.update', { id: brief.id, patch: { config: { ...brief.config, sections: [...brief.config.sections, { kind: 'gaps', include: true }] } } }],
      ['briefs.update', { id: brief.id, patch: { config: { ...brief.config, takeaway: 'x'.repeat(20_001) } } }],
      ['briefs.create', { template: 'memo' }],
      ['briefs.render', { id: 424242 }]
    ]
    for (const [method, args] of cases) {
      const result = await engine.call(method, args)
      expect(result.ok, `${method} ${JSON.stringify(args).slice(0, 80)}`).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/\w+ \w+ \w+/)
    }
    expect(await ok(engine, 'briefs.get', { id: brief.id })).toEqual(before)
  })
})

describe('bad content still renders, and the pre-flight says what is wrong', () => {
  it('a note full of HTML and script prints as text', async () => {
    const corpus = [
      '<script>document.body.innerHTML="PWNED"</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '</style><b>bold?</b>',
      'javascript:alert(1)'
    ]
    const b = await update({
      title: `Brief </title><script>x</script>`,
      config: { ...brief.config, takeaway: corpus.join('\n\n'), highlights: corpus.join('\n') }
    })
    const out = (await ok(engine, 'briefs.render', { id: b.id })).html
    const tags = out.match(/<[a-z][^>]*>/gi) ?? []
    expect(tags.filter((t) => /^<(script|img|iframe|object)|\son\w+=/i.test(t))).toEqual([])
    expect(out).toContain('&lt;script&gt;document.body.innerHTML=&quot;PWNED&quot;&lt;/script&gt;')
    expect(out).toContain('&lt;/style&gt;&lt;b&gt;bold?&lt;/b&gt;')
    expect(out.split('</style>').length).toBe(1 + (out.match(/<style/g) ?? []).length)
    await update({ title: brief.title, config: brief.config })
  })

  it('flags an uncited figure, a missing figure, typed numbers and a very long text', async () => {
    const unsourced = engine.db.prepare('SELECT code FROM observation WHERE source_id IS NULL').get() as { code: string } | undefined
    const code = unsourced?.code ?? 'F0005'
    if (!unsourced) engine.db.prepare('UPDATE observation SET source_id = NULL WHERE code = ?').run(code)
    const long = `India imports 3,600 t a year. ${'Long text. '.repeat(1500)}`
    await update({ config: { ...brief.config, highlights: `- uses {${code}} and {F9999}`, takeaway: long } })
    const items = await ok(engine, 'briefs.preflight', { id: brief.id })
    const kinds = items.map((i) => i.kind)
    expect(kinds).toEqual(expect.arrayContaining(['uncited', 'missing', 'long']))
    expect(items[0].level).toBe('error')
    expect(items.find((i) => i.kind === 'missing')?.message).toContain('{F9999}')
    expect(items.some((i) => i.message.includes('"3,600 t"'))).toBe(true)
    expect((await ok(engine, 'briefs.render', { id: brief.id })).html).toContain('[missing figure F9999]')
    await update({ config: brief.config })
  })

  it('a gap brief shows evidence pointing at a deleted row as deleted', async () => {
    const gap = await ok(engine, 'briefs.create', { template: 'gaps', countryId: countryId(engine, 'IND') })
    const link = engine.db.prepare("SELECT e.target_id AS id FROM assessment_evidence e WHERE e.target_table = 'observation' LIMIT 1").get() as { id: number }
    engine.db.pragma('foreign_keys = OFF')
    engine.db.prepare('DELETE FROM observation WHERE id = ?').run(link.id)
    engine.db.pragma('foreign_keys = ON')
    const out = text((await ok(engine, 'briefs.render', { id: gap.id })).html)
    expect(out).toContain(`Deleted observation row ${link.id}`)
    const items = await ok(engine, 'briefs.preflight', { id: gap.id })
    expect(items.some((i) => i.kind === 'missing' && i.message.includes(`row ${link.id}, which was deleted`))).toBe(true)
  })

  it('a brief with no assessments says so', async () => {
    const china = await ok(engine, 'briefs.create', { template: 'gaps', countryId: countryId(engine, 'CHN') })
    expect(text((await ok(engine, 'briefs.render', { id: china.id })).html)).toContain('No assessments chosen')
    const items = await ok(engine, 'briefs.preflight', { id: china.id })
    expect(items.find((i) => i.kind === 'empty')?.message).toMatch(/shows no assessments/)
  })
})
