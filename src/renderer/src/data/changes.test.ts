// The change feed and what a change does to each read: an edit's answer is told once (its event is dropped, even
// when the event comes first), a change from elsewhere is told by its tables, and a cell edit leaves every read
// but the edited row's history as it is.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppliedEdit } from '../../../shared/api'
import { changeEvent, onChange, writeEnded, writeStarted, type ChangeNotice } from './changes'
import { effectOf } from './reads'

const edit = (batchId: number, id = 7): AppliedEdit => ({
  batchId,
  insertedIds: [],
  rows: [{ table: 'trade_flow', row: { id, version: 2, value_usd: 5 } }],
  deleted: []
})
const editInput = { label: 'Edit Value (USD) of trade flow 7', changes: [{ kind: 'update', table: 'trade_flow', id: 7, column: 'value_usd', value: 5 }] }

let off: () => void = () => undefined
afterEach(() => off())

function listen(): ChangeNotice[] {
  const heard: ChangeNotice[] = []
  off = onChange((n) => heard.push(n))
  return heard
}

describe('the change feed', () => {
  it("tells an edit once, from its answer, when the engine's event arrives before the answer", () => {
    const heard = listen()
    writeStarted()
    changeEvent({ batchId: 41, tables: ['trade_flow'], origin: 'user' })
    expect(heard).toEqual([])
    writeEnded('edits.apply', editInput, edit(41))
    expect(heard).toHaveLength(1)
    expect(heard[0]!.applied?.batchId).toBe(41)
    expect(heard[0]!.history).toEqual({ canUndo: true, canRedo: false, undoLabel: editInput.label, redoLabel: null })
  })

  it("tells an edit once when the engine's event arrives after the answer", () => {
    const heard = listen()
    writeStarted()
    writeEnded('edits.apply', editInput, edit(42))
    changeEvent({ batchId: 42, tables: ['trade_flow'], origin: 'user' })
    expect(heard).toHaveLength(1)
  })

  it('says an undo may have brought rows back, and an edit of cells did not add any', () => {
    const heard = listen()
    writeStarted()
    writeEnded('edits.apply', editInput, edit(44))
    writeStarted()
    writeEnded('history.undo', {}, { applied: edit(45), label: 'Delete 2 facilities', canUndo: true, canRedo: true, undoLabel: 'a', redoLabel: 'b' })
    expect(heard.map((n) => n.reshaped)).toEqual([false, true])
  })

  it('tells a change from elsewhere by its tables, and another file as everything', () => {
    const heard = listen()
    changeEvent({ batchId: 99, tables: ['country'], origin: 'user' })
    changeEvent({ batchId: 0, tables: ['country'], origin: 'system' })
    expect(heard.map((n) => (n.tables === 'all' ? 'all' : [...n.tables]))).toEqual([['country'], 'all'])
    expect(heard[0]!.applied).toBeNull()
  })

  it('lets every listener hear a change even when one of them fails', () => {
    const offFailing = onChange(() => {
      throw new Error('a view that breaks')
    })
    const heard = listen()
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    writeStarted()
    expect(() => writeEnded('edits.apply', editInput, edit(43))).not.toThrow()
    offFailing()
    quiet.mockRestore()
    expect(heard).toHaveLength(1)
  })

  it('tells a write that announces no table change by its domain, and a failed write not at all', () => {
    const heard = listen()
    writeStarted()
    writeEnded('briefs.update', { id: 1, patch: {} }, { id: 1 })
    writeStarted()
    writeEnded('edits.apply', editInput)
    expect(heard.map((n) => n.domain)).toEqual(['briefs'])
  })
})

describe('what a cell edit does to the reads on screen', () => {
  const notice = (): ChangeNotice => ({
    tables: new Set(['trade_flow']),
    applied: edit(5),
    history: { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null },
    reshaped: false,
    domain: null
  })

  it('sets the edited row and the undo state from the answer, reads only that row history again', () => {
    expect(effectOf('rows.get', { table: 'trade_flow', id: 7 }, notice())).toBe('patch')
    expect(effectOf('history.state', {}, notice())).toBe('patch')
    expect(effectOf('history.forRow', { table: 'trade_flow', id: 7, limit: 50 }, notice())).toBe('refetch')
  })

  it('keeps counts, other rows, their history and other tables', () => {
    expect(effectOf('tables.list', {}, notice())).toBe('keep')
    expect(effectOf('app.info', {}, notice())).toBe('keep')
    expect(effectOf('rows.get', { table: 'trade_flow', id: 8 }, notice())).toBe('keep')
    expect(effectOf('history.forRow', { table: 'trade_flow', id: 8, limit: 50 }, notice())).toBe('keep')
    expect(effectOf('rows.get', { table: 'source', id: 7 }, notice())).toBe('keep')
  })

  it('reads again what a change from elsewhere may have moved: the table, what shows its labels, counts, analysis', () => {
    const foreign: ChangeNotice = { tables: new Set(['country']), applied: null, history: null, reshaped: true, domain: null }
    expect(effectOf('rows.get', { table: 'trade_flow', id: 7 }, foreign)).toBe('refetch')
    expect(effectOf('rows.get', { table: 'source', id: 1 }, foreign)).toBe('keep')
    expect(effectOf('tables.list', {}, foreign)).toBe('refetch')
    expect(effectOf('history.state', {}, foreign)).toBe('refetch')
    expect(effectOf('assessments.board', { includeRetired: false }, foreign)).toBe('refetch')
    expect(effectOf('briefs.list', {}, { tables: new Set(), applied: null, history: null, reshaped: false, domain: 'briefs' })).toBe('refetch')
    expect(effectOf('assessments.board', {}, { tables: new Set(), applied: null, history: null, reshaped: false, domain: 'briefs' })).toBe('keep')
  })
})
