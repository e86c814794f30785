// The rules engine.call applies to every method from its kind in the contract, and only there: writes (and the
// jobs that say so) are refused on a read-only dataset in one wording and change nothing; reads and the other
// jobs still answer; an applied change is announced once with the tables it touched; nothing else announces.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { kindOf, methods, methodsOfKind, specOf, type DatasetChange, type Input, type Method, type MethodOf } from '../shared/api'
import { createEngine, type Engine } from './engine'
import { EngineError } from './errors'
import { mayWrite } from './datasets/integrity'
import { count, removeDir, seededEngine, tempDir } from './testing/tempDataset'

type Refused = MethodOf<'write' | 'job'>

/** A valid input for every method the read-only rule may refuse (typecheck fails when a new one has none). */
const samples: { [M in Refused]: Input<M> } = {
  'edits.apply': { changes: [{ kind: 'update', table: 'country', id: 1, column: 'name', value: 'Bharat' }] },
  'history.undo': {},
  'history.redo': {},
  'assessments.setStatus': { id: 1, status: 'reviewed' },
  'assessments.linkEvidence': { assessmentId: 1, target: { table: 'source', id: 1 } },
  'assessments.unlinkEvidence': { linkId: 1 },
  'themes.setRubric': { themeId: 1, levels: [null, null, null, null, null] },
  'figures.prefer': { id: 1 },
  'import.upload': { name: 'x.csv', data: 'YSxiCg==' },
  'import.preview': { uploadId: 'abcdefgh-1234', table: 'observation' },
  'import.start': { uploadId: 'abcdefgh-1234', mapping: { table: 'observation', fields: { source_id: { constant: 'USGS-MCS2026-RE' } } } },
  'import.cancel': { jobId: 'abcd-1234' },
  'datasets.new': { path: '/nowhere/new.lodestone' },
  'datasets.open': { path: '/nowhere/other.lodestone' },
  'datasets.saveAs': { path: '/nowhere/copy.lodestone' },
  'backups.create': { name: 'before' },
  'backups.restore': { id: 'nope.lodestone' },
  'backups.setKeep': { keep: 3 },
  'briefs.create': { template: 'country' },
  'briefs.update': { id: 1, patch: { title: 'New' } },
  'briefs.duplicate': { id: 1 },
  'briefs.delete': { id: 1 },
  'briefs.exportPdf': { id: 999 },
  'briefs.exportHtml': { id: 999 },
  'briefs.exportMarkdown': { id: 999 },
  'exports.table': { table: 'country', format: 'csv' },
  'edits.paste': { table: 'country', cells: [{ id: 1, column: 'name', value: 'Bharat' }] },
  'history.restore': { items: [{ table: 'country', id: 1 }] },
  'grid.saveState': { table: 'country', state: { columns: [], sort: [], filters: [] } },
  'scenarios.create': { name: 'Copy', baseId: 1 },
  'scenarios.setAssumption': { scenarioId: 1, assumption: { key: 'china.Dy.share', value: 50, unit: '%', note: 'Half' } }
}

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

const refusedOnReadOnly = (m: Method): boolean => kindOf(m) === 'write' || specOf(m).refusedReadOnly === true

describe('method kinds', () => {
  it('every method has one kind, and only reads skip the integrity check', () => {
    for (const m of Object.keys(methods) as Method[]) {
      expect(['read', 'write', 'job']).toContain(kindOf(m))
      expect(mayWrite(m)).toBe(kindOf(m) !== 'read')
    }
    expect(methodsOfKind('read').length + methodsOfKind('write').length + methodsOfKind('job').length).toBe(Object.keys(methods).length)
  })
})

describe('on a read-only dataset', () => {
  it('refuses every write, and the jobs that write, in one wording, and changes nothing', async () => {
    const file = engine.datasetPath
    engine.close()
    const before = fs.readFileSync(file)
    engine = createEngine({ datasetPath: file, host: 'test', readOnly: true })
    const announced: DatasetChange[] = []
    engine.on('dataset.changed', (c) => announced.push(c))
    const messages = new Set<string>()
    for (const m of Object.keys(samples) as Refused[]) {
      const result = await engine.call(m, samples[m])
      if (refusedOnReadOnly(m)) {
        expect(result, m).toMatchObject({ ok: false, error: { code: 'read_only' } })
        if (!result.ok) messages.add(result.error.message)
      } else if (!result.ok) expect(result.error.code, `${m}: ${result.error.message}`).not.toBe('read_only')
    }
    expect([...messages]).toEqual([
      'This dataset is open read-only, so nothing was changed. Open a copy to edit it (Save As), or open it where it is writable.'
    ])
    expect(announced).toEqual([])
    engine.close()
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    engine = createEngine({ datasetPath: file, host: 'test', readOnly: true })
  })

  it('still answers reads, and exports a table', async () => {
    const file = engine.datasetPath
    engine.close()
    engine = createEngine({ datasetPath: file, host: 'test', readOnly: true })
    expect((await engine.invoke('tables.list', {})).find((t) => t.name === 'country')?.rowCount).toBe(2)
    expect(await engine.invoke('history.state', {})).toMatchObject({ canUndo: true })
    expect(await engine.invoke('exports.table', { table: 'country', format: 'csv' })).toMatchObject({ format: 'csv', fileName: expect.any(String) })
  })
})

describe('dataset.changed', () => {
  it('is announced once per applied change, with the tables it touched and who caused it', async () => {
    const announced: DatasetChange[] = []
    engine.on('dataset.changed', (c) => announced.push(c))
    const applied = await engine.invoke('edits.apply', {
      label: 'add',
      changes: [
        { kind: 'insert', table: 'country', values: { code: 'JPN', name: 'Japan', kind: 'country' } },
        { kind: 'update', table: 'source', id: 1, column: 'title', value: 'Rare Earths, MCS 2026 (rev.)' }
      ]
    })
    expect(announced).toEqual([{ batchId: applied.batchId, tables: ['country', 'source'], origin: 'user' }])
    await engine.invoke('history.undo', {})
    await engine.invoke('history.redo', {})
    expect(announced.slice(1)).toEqual([
      { batchId: expect.any(Number), tables: expect.arrayContaining(['country', 'source']), origin: 'undo' },
      { batchId: expect.any(Number), tables: expect.arrayContaining(['country', 'source']), origin: 'redo' }
    ])
    const paste = await engine.invoke('edits.paste', { table: 'country', cells: [{ id: applied.insertedIds[0]!, column: 'name', value: 'Nippon' }] })
    expect(announced[3]).toEqual({ batchId: paste.batchId, tables: ['country'], origin: 'user' })
    // Pasting the value already there writes nothing, so nothing is announced.
    await engine.invoke('edits.paste', { table: 'country', cells: [{ id: applied.insertedIds[0]!, column: 'name', value: 'Nippon' }] })
    // Layout and briefs are not dataset changes.
    await engine.invoke('grid.saveState', { table: 'country', state: { columns: [], sort: [], filters: [] } })
    await engine.invoke('briefs.create', { template: 'appendix' })
    expect(announced).toHaveLength(4)
  })

  it('is not announced for a refused write', async () => {
    const announced: DatasetChange[] = []
    engine.on('dataset.changed', (c) => announced.push(c))
    const before = count(engine, 'change_log')
    const result = await engine.call('edits.apply', { changes: [{ kind: 'update', table: 'country', id: 999, column: 'name', value: 'x' }] })
    expect(result.ok).toBe(false)
    expect(announced).toEqual([])
    expect(count(engine, 'change_log')).toBe(before)
  })

  it('is announced by the engine alone: no handler emits it or refuses a read-only dataset itself', () => {
    const core = path.resolve(__dirname)
    const offenders: string[] = []
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name)
        if (e.isDirectory()) walk(p)
        else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !['engine.ts', 'session.ts'].includes(e.name)) {
          const text = fs.readFileSync(p, 'utf8')
          if (/emit\(\s*'dataset\.changed'/.test(text) || /new EngineError\(\s*'read_only'/.test(text)) offenders.push(path.relative(core, p))
        }
      }
    }
    walk(core)
    expect(offenders).toEqual([])
  })
})

describe('invoke', () => {
  it('answers the typed output, and throws the contract error in words', async () => {
    const page = await engine.invoke('rows.page', { table: 'country', offset: 0, limit: 10 })
    expect(page.total).toBe(2)
    const refused = await engine.invoke('rows.get', { table: 'country', id: 999 }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(EngineError)
    expect(refused).toMatchObject({ code: 'not_found', message: expect.stringMatching(/\w+ \w+/) })
  })
})
