// Every conflict group of a new starter dataset ships with exactly one preferred figure and its reason: newest
// official edition first, a superseded figure never, repeats of one value counted once (India's 2024 reserves).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { starterEngine } from '../briefs/testing'
import { ok, removeDir, tempDir } from '../testing/tempDataset'
import { figureGroups } from './preferred'

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

const marks = (codes: string[]): { code: string; preferred: number; reason: string | null }[] =>
  engine.db
    .prepare(`SELECT code, preferred, preferred_reason AS reason FROM observation WHERE code IN (${codes.map(() => '?').join(', ')}) ORDER BY code`)
    .all(...codes) as { code: string; preferred: number; reason: string | null }[]

describe('the starter conflict groups', () => {
  it('each has exactly one preferred figure, with a reason in words', async () => {
    const groups = figureGroups(engine.db)
    expect(groups.length).toBeGreaterThan(27)
    for (const g of groups) {
      const preferred = g.filter((f) => f.preferred === 1)
      expect(
        preferred.map((f) => f.code),
        g.map((f) => f.code).join(' ')
      ).toHaveLength(1)
      const [row] = marks([preferred[0]!.code ?? ''])
      expect(row?.reason).toMatch(/\w+ \w+ \w+ \w+/)
    }
    const conflicts = await ok(engine, 'figures.conflicts', {})
    expect(conflicts.length).toBeGreaterThanOrEqual(27)
    for (const c of conflicts)
      expect(
        c.figures.filter((f) => f.preferred),
        c.key
      ).toHaveLength(1)
  })

  it('prefers the newest official edition (Australia 2024: MCS 2026 over MCS 2025 and a press restatement)', () => {
    const rows = marks(['F0017', 'F0084', 'F0126'])
    expect(rows.map((r) => r.preferred)).toEqual([1, 0, 0])
    expect(rows[0]!.reason).toContain('Newest official edition first: F0017 (USGS-MCS2026-RE, 2026-02)')
    expect(rows[1]!.reason).toBeNull()
  })

  it('never prefers a figure its note marks superseded (Brazil 2025 reserves: v1.3 11 Mt over the data release 21 Mt)', () => {
    const rows = marks(['F0022', 'F0060'])
    expect(rows.map((r) => r.preferred)).toEqual([1, 0])
    expect(rows[0]!.reason).toContain('Not F0060')
  })

  it("counts India's 2024 reserves once: MCS 2025 preferred over the press restatement of the same 6.9 Mt", () => {
    const rows = marks(['F0098', 'F0127'])
    expect(rows.map((r) => r.preferred)).toEqual([1, 0])
    expect(rows[0]!.reason).toMatch(/^The same value is given by F0127 \(WION-2025/)
  })
})
