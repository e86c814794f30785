// Property: any sequence of edits, pastes, inserts, deletes, restores, undos, redos and restarts leaves the
// dataset exactly as a simple model says (a map of rows plus undo and redo stacks of whole states).
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import { removeDir, seededEngine, tempDir } from '../testing/tempDataset'

type State = Map<number, { code: string; name: string }>
interface Model {
  rows: State
  undo: State[]
  redo: State[]
  /** Each deleted row's values when it last went away (what a restore brings back). */
  graveyard: Map<number, { code: string; name: string }>
}

type Op =
  | { kind: 'edit'; pick: number; name: string }
  | { kind: 'paste'; picks: number[]; name: string }
  | { kind: 'insert'; code: string; name: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'restart' }

const name = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta')
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), name }),
  fc.record({ kind: fc.constant('paste' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), name }),
  fc.record({ kind: fc.constant('insert' as const), code: fc.constantFrom('AAA', 'BBB', 'CCC', 'DDD'), name }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'restart' as const })
)

let dir: string
let engine: Engine

beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

function stored(): State {
  const rows = engine.db.prepare('SELECT id, code, name FROM country ORDER BY id').all() as { id: number; code: string; name: string }[]
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]))
}

const sorted = (s: State): [number, { code: string; name: string }][] => [...s].sort((a, b) => a[0] - b[0])
const same = (a: State, b: State): boolean => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
const pickId = (rows: State | Map<number, unknown>, pick: number): number | undefined => [...rows.keys()].sort((a, b) => a - b)[pick % Math.max(1, rows.size)]

/** Move the model to `next` as one user action (no change, no history step), remembering rows that went away. */
function commit(m: Model, next: State): void {
  if (same(m.rows, next)) return
  m.undo.push(m.rows)
  m.redo = []
  move(m, next)
}

function move(m: Model, next: State): void {
  for (const [id, row] of m.rows) if (!next.has(id)) m.graveyard.set(id, row)
  m.rows = next
}

async function run(m: Model, o: Op): Promise<void> {
  const next = new Map(m.rows)
  if (o.kind === 'edit' || o.kind === 'paste') {
    const ids = o.kind === 'edit' ? [pickId(m.rows, o.pick)] : [...new Set(o.picks.map((p) => pickId(m.rows, p)))]
    const live = ids.filter((id): id is number => id !== undefined)
    if (live.length === 0) return
    if (o.kind === 'edit') await engine.call('edits.apply', { changes: [{ kind: 'update', table: 'country', id: live[0], column: 'name', value: o.name }] })
    else await engine.call('edits.paste', { table: 'country', cells: live.map((id) => ({ id, column: 'name', value: o.name })) })
    for (const id of live) next.set(id, { ...next.get(id)!, name: o.name })
    return commit(m, next)
  }
  if (o.kind === 'insert') {
    const result = await engine.call('edits.apply', {
      changes: [{ kind: 'insert', table: 'country', values: { code: o.code, name: o.name, kind: 'country' } }]
    })
    if (result.ok) next.set((result.value as { insertedIds: number[] }).insertedIds[0]!, { code: o.code, name: o.name })
    return commit(m, next)
  }
  if (o.kind === 'delete') {
    const id = pickId(m.rows, o.pick)
    if (id === undefined) return
    await engine.call('edits.apply', { changes: [{ kind: 'delete', table: 'country', id }] })
    next.delete(id)
    return commit(m, next)
  }
  if (o.kind === 'restore') {
    const gone = new Map([...m.graveyard].filter(([id]) => !m.rows.has(id)))
    const id = pickId(gone, o.pick)
    if (id === undefined) return
    const result = await engine.call('history.restore', { items: [{ table: 'country', id }] })
    const row = gone.get(id)!
    const clash = [...m.rows.values()].some((r) => r.code === row.code)
    expect(result.ok).toBe(!clash)
    if (result.ok) next.set(id, row)
    return commit(m, next)
  }
  if (o.kind === 'restart') {
    engine.close()
    engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test' })
    return
  }
  const [from, to] = o.kind === 'undo' ? [m.undo, m.redo] : [m.redo, m.undo]
  const target = from.pop()
  if (!target) return
  await engine.call(o.kind === 'undo' ? 'history.undo' : 'history.redo', {})
  to.push(m.rows)
  move(m, target)
}

describe('undo and redo against a model', () => {
  it('always leave the table as the model says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        engine.close()
        removeDir(dir)
        dir = tempDir()
        engine = await seededEngine(dir)
        const model: Model = { rows: stored(), undo: [], redo: [], graveyard: new Map() }
        for (const o of ops) {
          await run(model, o)
          expect([...stored()]).toEqual([...model.rows].sort((a, b) => a[0] - b[0]))
        }
      }),
      { numRuns: 60 }
    )
  }, 120_000)
})
