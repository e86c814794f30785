// The Scenarios section of the India country brief, rendered from a starter dataset: definitions, one SVG coverage
// chart per scenario, the results table with the bottleneck, every cited input numbered in the source list and the
// labelled assumptions listed as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../engine'
import { ok, removeDir, tempDir } from '../../testing/tempDataset'
import { indiaBrief, starterEngine } from '../testing'
import { renderBrief } from '../render'

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

describe('the Scenarios section', () => {
  it('prints definitions, charts, results and cited inputs with their citations', async () => {
    const brief = await indiaBrief(engine)
    const sections = [
      ...brief.config.sections.filter((s) => s.kind !== 'sources'),
      { kind: 'scenarios' as const, include: true },
      { kind: 'sources' as const, include: true }
    ]
    const updated = await ok(engine, 'briefs.update', { id: brief.id, patch: { config: { ...brief.config, sections, scenarioIds: [1, 3] } } })
    const { html } = renderBrief(engine.db, updated, { datasetHash: 'x' })
    const part = html.slice(html.indexOf('data-section="scenarios"'), html.indexOf('data-section="sources"'))
    expect(part).toContain('<h3>Announced plans as recorded</h3>')
    expect(part).toContain('<h3>China restricts heavy REE exports</h3>')
    expect(part).not.toContain('Scheme delivered on time</h3>')
    expect(part.match(/<svg/g)).toHaveLength(2)
    expect(part).toContain('the chain breaks at separation, where no Dy capacity exists')
    expect(part).toMatch(/<td>2030<\/td><td class="num">14,000<\/td><td class="num">8,603<\/td><td class="num">61%<\/td>/)
    expect(part).toContain('labelled assumptions')
    expect(part).toContain('Assumption: No typical Tb wt% was found')
    // A cited input carries its citation; the source is in the list at the end.
    const s035 =
      /Magnet demand in the first year<\/td><td class="num">7000 t\/yr magnet<\/td><td>S035<\/td><td class="src"><span class="cite">\[(\d+)\]<\/span>/.exec(
        part
      )
    expect(s035).not.toBeNull()
    const sources = html.slice(html.indexOf('data-section="sources"'))
    expect(sources).toContain('How Realistic is India&#x27;s Quest for Rare Earth Magnets')
    const changed = part.slice(part.indexOf('<h3>China restricts'))
    expect(changed).toContain('China restricts heavy REE exports: changed inputs')
    expect(changed).toContain('S013')
  })

  it('prints the Sm option of a scenario that has it: the SmCo magnets table with its bottleneck', async () => {
    const made = await ok(engine, 'scenarios.create', { name: 'Baseline with SmCo', baseId: 1, overrides: [], withSm: true })
    const brief = await indiaBrief(engine)
    const sections = [
      { kind: 'scenarios' as const, include: true },
      { kind: 'sources' as const, include: true }
    ]
    const updated = await ok(engine, 'briefs.update', { id: brief.id, patch: { config: { ...brief.config, sections, scenarioIds: [1, made.scenario.id] } } })
    const { html } = renderBrief(engine.db, updated, { datasetHash: 'x' })
    const tables = html.split('<table class="scenario-results scenario-smco">')
    expect(tables).toHaveLength(2) // the copy only: the baseline has no Sm option
    expect(tables[1]).toContain('<caption>SmCo magnets (the Sm option)</caption>')
    expect(tables[1]).toMatch(/<td>2030<\/td><td class="num">120<\/td>/)
    expect(tables[1]).toContain('SmCo magnets depend wholly on imports')
  })
})
