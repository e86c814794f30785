// Damaged and foreign files: each is refused with a message naming the problem and what to do,
// and its bytes are unchanged afterwards (the file is inspected read-only before anything is written).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { openDataset } from './open'
import { SCHEMA_VERSION } from './migrations'
import { EngineError } from '../errors'
import { removeDir, tempDir } from '../testing/tempDataset'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => removeDir(dir))

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function makeDataset(name = 'good.lodestone'): string {
  const file = path.join(dir, name)
  const db = openDataset(file, { create: true })
  db.prepare("INSERT INTO country (code, name) VALUES ('IND', 'India')").run()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  return file
}

function expectRefused(file: string, message: RegExp): void {
  const before = hash(file)
  let error: unknown
  try {
    openDataset(file).close()
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(EngineError)
  expect((error as Error).message).toMatch(message)
  expect(hash(file)).toBe(before)
}

describe('opening datasets', () => {
  it('creates a new dataset at the current schema version with WAL and foreign keys', () => {
    const db = openDataset(path.join(dir, 'new.lodestone'), { create: true })
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    db.close()
  })

  it('says when there is no file', () => {
    expect(() => openDataset(path.join(dir, 'missing.lodestone'))).toThrow(/There is no dataset/)
  })

  it('refuses an empty file', () => {
    const file = path.join(dir, 'empty.lodestone')
    fs.writeFileSync(file, '')
    expectRefused(file, /is empty/)
  })

  it('refuses a CSV renamed .lodestone', () => {
    const file = path.join(dir, 'facts.lodestone')
    fs.writeFileSync(file, 'id,value\nF0001,90\n')
    expectRefused(file, /not a Lodestone dataset.*Import/)
  })

  it('refuses a truncated dataset', () => {
    const file = makeDataset()
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 700))
    expectRefused(file, /damaged.*backup/)
  })

  it('refuses a dataset with flipped bits inside a table page', () => {
    const file = makeDataset()
    const bytes = fs.readFileSync(file)
    const page = Math.floor(bytes.indexOf('India') / 4096) * 4096 // the leaf page holding the country row
    for (let i = page + 3; i < page + 5; i++) bytes[i] = bytes[i]! ^ 0x5a // its cell count: only a check finds it
    fs.writeFileSync(file, bytes)
    expectRefused(file, /damaged/)
  })

  it('refuses an SQLite database from another program', () => {
    const file = path.join(dir, 'other.db')
    const db = new Database(file)
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
    db.close()
    expectRefused(file, /SQLite database, but not a Lodestone dataset/)
  })

  it('refuses a dataset from a newer version of Lodestone', () => {
    const file = makeDataset()
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expectRefused(file, /newer version of Lodestone/)
  })

  for (const version of [0, 2, 4]) {
    it(`refuses an SQLite file with no tables (user_version ${version}) and changes nothing: no WAL, no backups folder`, () => {
      const file = path.join(dir, `empty-${version}.lodestone`)
      const db = new Database(file)
      db.exec('CREATE TABLE scratch (x); DROP TABLE scratch') // a real header page, then no tables
      db.pragma(`user_version = ${version}`)
      db.close()
      expectRefused(file, /is an empty SQLite database \(it has no tables\), not a Lodestone dataset\. Nothing was changed\./)
      expect(fs.existsSync(`${file}-wal`)).toBe(false)
      expect(fs.existsSync(`${file}.backups`)).toBe(false)
      expect(new Database(file, { readonly: true }).pragma('journal_mode', { simple: true })).toBe('delete')
    })
  }

  it('refuses a dataset that lacks tables its schema version has, as damaged', () => {
    const file = makeDataset()
    const db = new Database(file)
    db.exec('DROP TABLE brief_export')
    db.close()
    expectRefused(file, /good\.lodestone is damaged \(tables missing: brief_export\)\. Nothing was changed\./)
  })
})
