// Table counts kept between edits: right after inserts, deletes, undo and paste on this connection, and after
// rows written by another connection (an import worker's), which the triggers here cannot see.
import { afterEach, beforeEach, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import path from 'node:path'
import type { Engine } from '../engine'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

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

const countries = async (): Promise<number> => (await ok(engine, 'tables.list', {})).find((t) => t.name === 'country')!.rowCount

it('follows inserts, updates, deletes, undo, paste and other connections', async () => {
  expect(await countries()).toBe(2)
  const added = await ok(engine, 'edits.apply', {
    changes: [{ kind: 'insert', table: 'country', values: { code: 'JPN', name: 'Japan', kind: 'country' } }]
  })
  expect(await countries()).toBe(3)
  await ok(engine, 'edits.apply', { changes: [{ kind: 'update', table: 'country', id: added.insertedIds[0], column: 'name', value: 'Nippon' }] })
  expect(await countries()).toBe(3)
  await ok(engine, 'edits.apply', { changes: [{ kind: 'delete', table: 'country', id: added.insertedIds[0] }] })
  expect(await countries()).toBe(2)
  await ok(engine, 'history.undo', {})
  expect(await countries()).toBe(3)
  await ok(engine, 'edits.paste', {
    table: 'country',
    cells: [
      { newRow: 0, column: 'code', value: 'KOR' },
      { newRow: 0, column: 'name', value: 'Korea' },
      { newRow: 0, column: 'kind', value: 'country' }
    ]
  })
  expect(await countries()).toBe(4)

  const other = new Database(path.join(dir, 'test.lodestone'))
  other.prepare("INSERT INTO country (code, name, kind) VALUES ('AUS', 'Australia', 'country')").run()
  other.close()
  expect(await countries()).toBe(5)
})
