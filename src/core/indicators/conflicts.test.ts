// Conflicting figures in the starter data: listed side by side, the analyst's preferred mark as a logged,
// undoable edit (one preferred figure per group), and refusals that change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import type { FigureConflict } from '../../shared/analysis'
import { createEngine, type Engine } from '../engine'
import { count, ok, removeDir, STARTER_DIR, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine
beforeAll(() => {
  dir = tempDir()
  engine = createEngine({
    datasetPath: path.join(dir, 'starter.lodestone'),
    host: 'test',
    createIfMissing: 'starter',
    starterDir: STARTER_DIR,
    actor: 'tester'
  })
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const id = (code: string): number => (engine.db.prepare('SELECT id FROM observation WHERE code = ?').get(code) as { id: number }).id
const code = (figureId: number | null): string | null =>
  figureId === null ? null : (engine.db.prepare('SELECT code FROM observation WHERE id = ?').get(figureId) as { code: string }).code
const conflictOf = async (figure: string): Promise<FigureConflict> => (await ok(engine, 'figures.conflicts', { observationId: id(figure) }))[0]!

describe('figures.conflicts', () => {
  it('lists the starter groups whose sources disagree, and only those', async () => {
    const all = await ok(engine, 'figures.conflicts', {})
    const keys = all.map((c) => `${c.indicator.code} ${c.country.code} ${c.year}`)
    // Mine production (REO total): AUS 2023, 2024; BRA 2024; CHN 2023 (255,000 vs 240,000); MDG 2024; MMR 2023, 2024;
    // MYS 2024; NGA 2024; OTH 2023, 2024; RUS 2024; THA 2023, 2024; USA 2022, 2023, 2024; VNM 2021, 2022;
    // WLD 2020, 2023, 2024 (22). Others: net_import_reliance USA 2024 (F0063 53 % vs F0121 80 %), production_target
    // IND 2025 (F0184 450 t vs F0186 200 t), refined_production USA 2024, reserves BRA 2025 and WLD 2025 (5). 27 in all.
    expect(all).toHaveLength(27)
    expect(keys).toEqual(expect.arrayContaining(['mine_production AUS 2024', 'net_import_reliance USA 2024', 'reserves WLD 2025']))
    // Agreeing sources are not a conflict: CHN 2024 (F0027 and F0093 both 270,000), IND 2024 (2,900 twice).
    expect(keys).not.toContain('mine_production CHN 2024')
    expect(keys).not.toContain('mine_production IND 2024')
    // China's imports from different partners share indicator, country, product and year but not the partner scope.
    expect(keys.some((k) => k.startsWith('import_volume CHN'))).toBe(false)
  })

  it('shows one group side by side with the figure indicators use', async () => {
    const c = await conflictOf('F0084')
    expect(c.figures.map((f) => [f.code, f.value, f.source?.code])).toEqual([
      ['F0017', 29000, 'USGS-MCS2026-RE'],
      ['F0084', 13000, 'USGS-MCS2025-RE'],
      ['F0126', 13000, 'WION-2025']
    ])
    // The starter ships the group with F0017 preferred (newest official edition), the figure indicators use.
    expect({ preferred: code(c.preferredId), used: code(c.usedId) }).toEqual({ preferred: 'F0017', used: 'F0017' })
    expect(c.explanation).toMatch(/^Used F0017 .*marked preferred/)
  })
})

describe('figures.prefer', () => {
  it('marks one preferred figure per group, as an undoable edit', async () => {
    const first = await ok(engine, 'figures.prefer', { id: id('F0084') })
    expect(first.batchId).toBeGreaterThan(0)
    expect(code((await conflictOf('F0017')).preferredId)).toBe('F0084')
    await ok(engine, 'figures.prefer', { id: id('F0126') })
    const after = await conflictOf('F0017')
    expect(after.figures.filter((f) => f.preferred).map((f) => f.code)).toEqual(['F0126'])
    expect(code(after.usedId)).toBe('F0126')
    const history = await ok(engine, 'history.forRow', { table: 'observation', id: id('F0084') })
    expect(history[0]!.label).toBe('Prefer F0126 (WION-2025) for Mine production, Australia, 2024')
    await ok(engine, 'history.undo', {})
    expect(code((await conflictOf('F0017')).preferredId)).toBe('F0084')
    await ok(engine, 'figures.prefer', { id: id('F0084'), clear: true })
    expect((await conflictOf('F0017')).preferredId).toBeNull()
  })

  it('prefers a figure over others an indicator weighs with it, and refuses unknown figures without a change', async () => {
    // F0206 (93 %) and F0210 (>80 %) are both magnet shares for FY2024-25 under different product names.
    await ok(engine, 'figures.prefer', { id: id('F0206') })
    await ok(engine, 'figures.prefer', { id: id('F0210'), over: [id('F0206')] })
    const marks = engine.db.prepare("SELECT code, preferred FROM observation WHERE code IN ('F0206', 'F0210') ORDER BY code").all()
    expect(marks).toEqual([
      { code: 'F0206', preferred: 0 },
      { code: 'F0210', preferred: 1 }
    ])
    const before = count(engine, 'change_log')
    expect(await engine.call('figures.prefer', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const over = await engine.call('figures.prefer', { id: id('F0206'), over: [999_999] })
    expect(over).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(count(engine, 'change_log')).toBe(before)
  })
})
