// Gap assessments on the starter dataset (six draft India assessments, 48 evidence links): the board, live
// evidence (values, units, sources, deleted rows flagged), review and publish with versions, diffs,
// "changed since", citing rows and indicators, rubrics, and bad input that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import path from 'node:path'
import type { AppliedEdit, TableName } from '../../shared/api'
import type { AssessmentDetail, VersionSummary } from '../../shared/analysis'
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

const idOf = (sql: string, ...params: unknown[]): number => (engine.db.prepare(sql).get(...params) as { id: number }).id
const assessmentOf = (themeCode: string): number => idOf('SELECT a.id FROM assessment a JOIN theme t ON t.id = a.theme_id WHERE t.code = ?', themeCode)
const figure = (code: string): number => idOf('SELECT id FROM observation WHERE code = ?', code)
const get = (id: number): Promise<AssessmentDetail> => ok(engine, 'assessments.get', { id })
const edit = (table: TableName, id: number, column: string, value: string | number | boolean | null): Promise<AppliedEdit> =>
  ok(engine, 'edits.apply', { changes: [{ kind: 'update', table, id, column, value }] })
async function refusal(method: string, args: unknown): Promise<{ code: string; message: string }> {
  const before = count(engine, 'change_log')
  const versions = count(engine, 'assessment_version')
  const result = await engine.call(method, args)
  if (result.ok) throw new Error(`${method} was accepted`)
  expect(count(engine, 'change_log')).toBe(before)
  expect(count(engine, 'assessment_version')).toBe(versions)
  return result.error
}

describe('the assessment board', () => {
  it('shows India against the six starter themes, all drafts with their evidence', async () => {
    const board = await ok(engine, 'assessments.board', {})
    expect(board.countries.map((c) => c.code)).toEqual(['IND'])
    expect(board.themes.map((t) => t.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6'])
    expect(board.cells).toHaveLength(6)
    expect(board.cells.every((c) => c.status === 'draft' && c.severity === null && c.missingEvidence === 0)).toBe(true)
    // gaps.csv cites 9 + 5 + 9 + 9 + 7 + 9 = 48 figures.
    expect(board.cells.reduce((n, c) => n + c.evidenceCount, 0)).toBe(48)
  })

  it('hides retired themes unless asked', async () => {
    await edit('theme', idOf("SELECT id FROM theme WHERE code = 'G6'"), 'retired', true)
    expect((await ok(engine, 'assessments.board', {})).themes).toHaveLength(5)
    expect((await ok(engine, 'assessments.board', { includeRetired: true })).themes).toHaveLength(6)
    await ok(engine, 'history.undo', {})
  })
})

describe('evidence, read live', () => {
  it('shows each cited figure with its current value, unit, basis and source', async () => {
    const g3 = await get(assessmentOf('G3'))
    const f0005 = g3.evidence.find((e) => e.label === 'F0005')!
    expect(f0005).toMatchObject({ table: 'observation', value: 3000, unit: 'kg/yr', basis: 'product', year: 2023, missing: false, conflict: false })
    expect(f0005.source).toMatchObject({ code: 'REX-INDIA-2025' })
    expect(f0005.source!.title.length).toBeGreaterThan(10)
    await edit('observation', figure('F0005'), 'value', 3500)
    expect((await get(assessmentOf('G3'))).evidence.find((e) => e.label === 'F0005')!.value).toBe(3500)
    await ok(engine, 'history.undo', {})
  })

  it('flags figures that other sources contradict', async () => {
    // G5 cites F0054 (Other countries, mine production 2024: 1,000 t in MCS 2026 against 1,100 t in MCS 2025).
    expect((await get(assessmentOf('G5'))).evidence.find((e) => e.label === 'F0054')!.conflict).toBe(true)
  })

  it('keeps a link whose row was deleted, flagged and still named', async () => {
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'observation', id: figure('F0006') }] })
    const g3 = await get(assessmentOf('G3'))
    const gone = g3.evidence.find((e) => e.missing)!
    expect(gone).toMatchObject({ label: 'F0006', missing: true, value: null })
    expect(gone.description).toMatch(/has been deleted/)
    const board = await ok(engine, 'assessments.board', {})
    expect(board.cells.find((c) => c.assessmentId === assessmentOf('G3'))!.missingEvidence).toBe(1)
    await ok(engine, 'history.undo', {})
    expect((await get(assessmentOf('G3'))).evidence.some((e) => e.missing)).toBe(false)
  })
})

describe('citing and un-citing evidence', () => {
  it('cites a trade flow with a note, refuses a duplicate or a missing row, and un-cites', async () => {
    const g5 = assessmentOf('G5')
    const flow = idOf("SELECT t.id FROM trade_flow t JOIN country p ON p.id = t.partner_id WHERE p.code = 'KAZ' AND t.year = 2024")
    const linked = await ok(engine, 'assessments.linkEvidence', {
      assessmentId: g5,
      target: { table: 'trade_flow', id: flow },
      note: 'Kazakh supply to China collapsed in 2024.'
    })
    expect(linked.item).toMatchObject({
      table: 'trade_flow',
      label: 'China import from Kazakhstan, HS 2846, 2024',
      value: 69484,
      unit: 'kg',
      note: 'Kazakh supply to China collapsed in 2024.'
    })
    expect((await refusal('assessments.linkEvidence', { assessmentId: g5, target: { table: 'trade_flow', id: flow } })).message).toMatch(
      /is already cited as evidence/
    )
    const missing = await refusal('assessments.linkEvidence', { assessmentId: g5, target: { table: 'facility', id: 9999 } })
    expect(missing).toMatchObject({
      code: 'validation',
      message: 'There is no facility with id 9999 to cite as evidence; pick a row that exists in Facilities. Nothing was changed.'
    })
    expect((await refusal('assessments.linkEvidence', { assessmentId: 9999, target: { table: 'facility', id: 1 } })).code).toBe('not_found')
    await ok(engine, 'assessments.unlinkEvidence', { linkId: linked.item.linkId })
    expect((await get(g5)).evidence.some((e) => e.table === 'trade_flow')).toBe(false)
    await ok(engine, 'history.undo', {})
    expect((await get(g5)).evidence.some((e) => e.table === 'trade_flow')).toBe(true)
  })

  it('cites a computed indicator, shown with its current headline', async () => {
    const linked = await ok(engine, 'assessments.linkEvidence', {
      assessmentId: assessmentOf('G5'),
      target: { indicator: 'supplier_hhi', params: { measure: 'value' } }
    })
    // China's HS 2846 import HHI by value, 2024 = 4050.7 (worked out in indicators.test.ts).
    expect(linked.item).toMatchObject({ table: 'computed_indicator', value: 4050.7, unit: 'HHI points', year: 2024, missing: false })
    expect(linked.item.label).toMatch(/^Supplier concentration \(HHI\) \(reporter CHN, hs 2846, measure value\)$/)
    const bad = await refusal('assessments.linkEvidence', {
      assessmentId: assessmentOf('G5'),
      target: { indicator: 'supplier_hhi', params: { reporter: 'Atlantis' } }
    })
    expect(bad.message).toContain('"Atlantis" is not a known country')
  })
})

describe('review, publish, versions and diffs', () => {
  let g1: number
  let published: VersionSummary
  beforeAll(() => {
    g1 = assessmentOf('G1')
  })

  it('refuses to review a judgement without a severity, and a severity outside 1-5', async () => {
    const err = await refusal('assessments.setStatus', { id: g1, status: 'reviewed' })
    expect(err.message).toBe(
      '"Midstream processing (separation, metal and alloy making) — India" has no severity yet: set one (1-5) before marking it reviewed. Nothing was changed.'
    )
    expect((await refusal('edits.apply', { changes: [{ kind: 'update', table: 'assessment', id: g1, column: 'severity', value: 6 }] })).message).toMatch(
      /^Severity: 6 is out of range/
    )
    expect((await refusal('edits.apply', { changes: [{ kind: 'update', table: 'assessment', id: g1, column: 'severity', value: 0 }] })).code).toBe('validation')
  })

  it('records a version at review and at publication, in the same step as the status change', async () => {
    await edit('assessment', g1, 'severity', 4)
    await edit('assessment', g1, 'trend', 'stable')
    const reviewed = await ok(engine, 'assessments.setStatus', { id: g1, status: 'reviewed', note: 'Checked against IREL figures.' })
    expect(reviewed.version).toMatchObject({
      number: 1,
      status: 'reviewed',
      severity: 4,
      trend: 'stable',
      author: 'tester',
      note: 'Checked against IREL figures.'
    })
    expect(reviewed.applied.batchId).toBeGreaterThan(0)
    const result = await ok(engine, 'assessments.setStatus', { id: g1, status: 'published' })
    published = result.version!
    expect(published).toMatchObject({ number: 2, status: 'published' })
    expect((await get(g1)).assessment.status).toBe('published')
    expect((await ok(engine, 'assessments.versions', { id: g1 })).map((v) => v.number)).toEqual([2, 1])
    expect((await refusal('assessments.setStatus', { id: g1, status: 'published' })).message).toMatch(/already published and unchanged since version 2/)
  })

  it('diffs the published version against later edits: severity, rationale words, evidence', async () => {
    const before = (await get(g1)).assessment.rationale as string
    await edit('assessment', g1, 'severity', 5)
    await edit('assessment', g1, 'rationale', `${before} Export licences since April 2025 make it worse.`)
    const dropped = (await get(g1)).evidence.find((e) => e.label === 'F0008')!
    await ok(engine, 'assessments.unlinkEvidence', { linkId: dropped.linkId })
    await ok(engine, 'assessments.linkEvidence', { assessmentId: g1, target: { table: 'observation', id: figure('F0197') }, note: 'Metals share fell to 62%.' })
    expect((await get(g1)).editedSinceVersion).toBe(true)
    const diff = await ok(engine, 'assessments.diff', { id: g1, from: published.id })
    expect(diff.to).toEqual({ versionId: null, label: 'now' })
    expect(diff.fields).toEqual([{ field: 'severity', label: 'Severity', from: 4, to: 5 }])
    expect(diff.texts[0]!.label).toBe('Rationale')
    expect(diff.texts[0]!.parts.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['Export licences since April 2025 make it worse.'])
    expect(diff.texts[0]!.parts.some((p) => p.op === 'removed')).toBe(false)
    expect(diff.evidenceAdded.map((e) => e.label)).toEqual(['F0197'])
    expect(diff.evidenceRemoved.map((e) => e.label)).toEqual(['F0008'])
    const republished = await ok(engine, 'assessments.setStatus', { id: g1, status: 'published', note: 'Severity raised after the licences.' })
    const between = await ok(engine, 'assessments.diff', { id: g1, from: published.id, to: republished.version!.id })
    expect(between.fields.map((f) => f.field)).toEqual(['severity'])
    const first = await ok(engine, 'assessments.diff', {
      id: g1,
      from: (await ok(engine, 'assessments.versions', { id: g1 }))[2]!.id,
      to: published.id
    })
    expect(first.fields).toEqual([{ field: 'status', label: 'Status', from: 'reviewed', to: 'published' }])
    expect((await refusal('assessments.diff', { id: g1, from: published.id, to: published.id })).code).toBe('invalid_input')
    expect((await refusal('assessments.diff', { id: assessmentOf('G2'), from: published.id })).code).toBe('not_found')
  })

  it('lists what moved since a date, in words', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const moves = await ok(engine, 'assessments.changedSince', { since: today })
    const g1Move = moves.find((m) => m.assessmentId === g1)!
    expect(g1Move).toMatchObject({ exists: true, country: 'India', severity: { from: null, to: 5 }, status: { from: 'draft', to: 'published' } })
    const words = g1Move.changes.map((c) => c.what)
    expect(words).toEqual(
      expect.arrayContaining([
        'severity none → 4',
        'trend none → stable',
        'status draft → reviewed',
        'severity 4 → 5',
        'rationale edited',
        'evidence removed: F0008',
        'evidence added: F0197'
      ])
    )
    expect(g1Move.versions.map((v) => v.number)).toEqual([1, 2, 3])
    expect(await ok(engine, 'assessments.changedSince', { since: '2999-01-01' })).toEqual([])
    expect((await refusal('assessments.changedSince', { since: 'last week' })).code).toBe('invalid_input')
  })

  it('keeps versions when an assessment is deleted, and undo brings it back to its history', async () => {
    await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'assessment', id: g1 }] })
    const today = new Date().toISOString().slice(0, 10)
    expect((await ok(engine, 'assessments.changedSince', { since: today })).find((m) => m.assessmentId === g1)).toMatchObject({
      exists: false,
      status: { to: null }
    })
    await ok(engine, 'history.undo', {})
    expect((await ok(engine, 'assessments.versions', { id: g1 })).length).toBe(3)
    expect((await get(g1)).evidence.length).toBe(9)
  })
})

describe('severity rubric per theme', () => {
  it('falls back to generic wording, and takes a theme its own, undoably', async () => {
    const themeId = idOf("SELECT id FROM theme WHERE code = 'G4'")
    const generic = await ok(engine, 'themes.rubric', { themeId })
    expect(generic.levels.map((l) => [l.level, l.isDefault])).toEqual([1, 2, 3, 4, 5].map((n) => [n, true]))
    const text = 'No Dy/Tb source outside China or Myanmar; magnets for defence stop within months.'
    const set = await ok(engine, 'themes.setRubric', { themeId, levels: [null, null, null, null, text] })
    expect(set.levels[4]).toEqual({ level: 5, text, isDefault: false })
    expect((await get(assessmentOf('G4'))).rubric.levels[4]!.text).toBe(text)
    await ok(engine, 'history.undo', {})
    expect((await ok(engine, 'themes.rubric', { themeId })).levels[4]!.isDefault).toBe(true)
    expect((await refusal('themes.setRubric', { themeId, levels: ['one'] })).code).toBe('invalid_input')
  })
})
