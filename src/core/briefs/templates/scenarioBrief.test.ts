// The scenario brief template on a starter dataset: created with no country, its highlights and takeaway drafted
// from the scenarios' 2030 results (marked as computed, not quoted), the Scenarios section with every chosen
// scenario, and the source list. Also the migration that lets saved briefs use it, on a file with briefs and exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import path from 'node:path'
import type { Engine } from '../../engine'
import { createEngine } from '../../engine'
import { APPLICATION_ID, MIGRATIONS } from '../../db/migrations'
import { ok, removeDir, tempDir } from '../../testing/tempDataset'
import { htmlText, starterEngine } from '../testing'

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = starterEngine(dir)
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const text = htmlText

describe('the scenario brief', () => {
  it('is a template of its own, needs no country, and drafts its highlights and takeaway from the results', async () => {
    const brief = await ok(engine, 'briefs.create', { template: 'scenario' })
    expect(brief).toMatchObject({
      template: 'scenario',
      title: 'Magnet supply scenarios: how much of demand each stage of the chain could cover',
      countryId: null
    })
    expect(brief.config.sections.map((s) => s.kind)).toEqual(['highlights', 'scenarios', 'takeaway', 'sources'])
    const { html } = await ok(engine, 'briefs.render', { id: brief.id })
    const t = text(html)
    // One highlight per starter scenario, for 2030, with the bottleneck in words (numbers as the Scenarios table has them).
    for (const name of ['Announced plans as recorded', 'Scheme delivered on time', 'China restricts heavy REE exports', 'Recycling and partnerships at scale'])
      expect(t).toMatch(
        new RegExp(
          `${name}\\. In 2030, magnets made in India from domestic stages would cover \\d+% of demand \\([\\d,]+ of 14,000 t\\), \\d+% with imports\\.`
        )
      )
    expect(t).toContain('Announced plans as recorded. In 2030, magnets made in India from domestic stages would cover 61% of demand (8,603 of 14,000 t)')
    expect(t).toMatch(
      /Across these 4 scenarios, domestic stages cover between \d+% and \d+% of India's 2030 magnet demand\. The chain breaks at [a-z ]+ in \d of the 4 scenarios\./
    )
    expect(t).toContain('not figures any source published')
    expect(html.match(/<div class="scenario" data-scenario=/g)).toHaveLength(4)
    expect(html).toContain('data-section="sources"')
  })

  it('keeps the analyst’s own highlights and takeaway when written', async () => {
    const brief = await ok(engine, 'briefs.create', { template: 'scenario', title: 'Magnets 2030' })
    const patched = await ok(engine, 'briefs.update', {
      id: brief.id,
      patch: { config: { ...brief.config, highlights: '- Our reading.', takeaway: 'Our conclusion.', scenarioIds: [1] } }
    })
    const t = text((await ok(engine, 'briefs.render', { id: patched.id })).html)
    expect(t).toContain('Our reading.')
    expect(t).toContain('Our conclusion.')
    expect(t).not.toContain('Across these')
  })
})

describe('migration 0009 (scenario briefs)', () => {
  it('keeps every brief and export with its id, the export still cascades, and the template is accepted', () => {
    const file = path.join(dir, 'v8.lodestone')
    const old = new Database(file)
    for (const m of MIGRATIONS.slice(0, 8)) old.exec(m.sql)
    old.pragma(`application_id = ${APPLICATION_ID}`)
    old.pragma('user_version = 8')
    old.exec(`INSERT INTO brief (id, title, template, date, config, created_at, updated_at, version) VALUES
      (7, 'Old brief', 'gaps', '2026-01-02', '{"sections":[]}', 'c', 'u', 3), (9, 'Other', 'appendix', '2026-01-03', '{}', 'c', 'u', 1);
      INSERT INTO brief_export (id, brief_id, at, file_name, format, dataset_hash, bytes) VALUES (4, 7, 'at', 'old.pdf', 'pdf', 'h', 10), (5, 9, 'at', 'x.pdf', 'pdf', 'h', 11);`)
    old.close()

    const upgraded = createEngine({ datasetPath: file, host: 'test' })
    const db = upgraded.db
    expect(db.prepare('SELECT id, title, template, version FROM brief ORDER BY id').all()).toEqual([
      { id: 7, title: 'Old brief', template: 'gaps', version: 3 },
      { id: 9, title: 'Other', template: 'appendix', version: 1 }
    ])
    expect(db.prepare('SELECT id, brief_id FROM brief_export ORDER BY id').all()).toEqual([
      { id: 4, brief_id: 7 },
      { id: 5, brief_id: 9 }
    ])
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'brief_export'").pluck().get()).toContain('REFERENCES "brief"(id) ON DELETE CASCADE')
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
    db.prepare('DELETE FROM brief WHERE id = 7').run()
    expect(db.prepare('SELECT id FROM brief_export').pluck().all()).toEqual([5])
    db.prepare("INSERT INTO brief (title, template, date, created_at, updated_at) VALUES ('S', 'scenario', 'd', 'c', 'u')").run()
    expect(() => db.prepare("INSERT INTO brief (title, template, date, created_at, updated_at) VALUES ('M', 'memo', 'd', 'c', 'u')").run()).toThrow(/CHECK/)
    upgraded.close()
  })
})
