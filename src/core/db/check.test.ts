// `lodestone check` in core: a sound dataset passes; broken references, damaged, foreign and newer files
// are reported (not thrown), a missing file is an error, and checking never changes the file's bytes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkDataset } from './check'
import { openDataset } from './open'
import { SCHEMA_VERSION } from './migrations'
import { EngineError } from '../errors'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-check-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function makeDataset(name = 'good.lodestone'): string {
  const file = path.join(dir, name)
  const db = openDataset(file, { create: true })
  db.prepare("INSERT INTO country (code, name) VALUES ('IND', 'India')").run()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  return file
}

describe('checkDataset', () => {
  it('passes a sound dataset and reports its schema version', () => {
    const file = makeDataset()
    const before = hash(file)
    const report = checkDataset(file)
    expect(report).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION, integrity: ['ok'], foreignKeyProblems: [], problems: [] })
    expect(hash(file)).toBe(before)
  })

  it('reports a row that refers to a missing row', () => {
    const file = makeDataset()
    const db = new Database(file)
    db.pragma('foreign_keys = OFF')
    db.prepare("INSERT INTO element (symbol, name, atomic_number, class, composition_source_id) VALUES ('Nd', 'Neodymium', 60, 'light', 999)").run()
    db.close()
    const report = checkDataset(file)
    expect(report.ok).toBe(false)
    expect(report.foreignKeyProblems).toEqual([{ table: 'element', rowid: 1, parent: 'source' }])
    expect(report.problems.join(' ')).toMatch(/element row 1 refers to a source row that does not exist/)
  })

  it('reports a file that is not a dataset, without changing it', () => {
    const file = path.join(dir, 'figures.lodestone')
    fs.writeFileSync(file, 'country,value\nIND,2900\n')
    const before = hash(file)
    const report = checkDataset(file)
    expect(report.ok).toBe(false)
    expect(report.schemaVersion).toBeNull()
    expect(report.problems[0]).toMatch(/not a Lodestone dataset/)
    expect(hash(file)).toBe(before)
  })

  it('reports a truncated file as damaged', () => {
    const file = makeDataset()
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 100))
    const report = checkDataset(file)
    expect(report.ok).toBe(false)
    expect(report.problems[0]).toMatch(/damaged/)
  })

  it('reports a dataset from a newer Lodestone', () => {
    const file = makeDataset()
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    const report = checkDataset(file)
    expect(report.ok).toBe(false)
    expect(report.problems[0]).toMatch(/newer version of Lodestone/)
  })

  it('checks a dataset that the app has open, including changes still in its WAL', () => {
    const file = path.join(dir, 'open.lodestone')
    const live = openDataset(file, { create: true })
    try {
      live.pragma('foreign_keys = OFF')
      live.prepare("INSERT INTO element (symbol, name, atomic_number, class, composition_source_id) VALUES ('Dy', 'Dysprosium', 66, 'heavy', 42)").run()
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0)
      const report = checkDataset(file)
      expect(report.schemaVersion).toBe(SCHEMA_VERSION)
      expect(report.foreignKeyProblems).toEqual([{ table: 'element', rowid: 1, parent: 'source' }])
    } finally {
      live.close()
    }
  })

  it('throws not_found when there is no file', () => {
    expect(() => checkDataset(path.join(dir, 'missing.lodestone'))).toThrow(EngineError)
    expect(() => checkDataset(path.join(dir, 'missing.lodestone'))).toThrow(/There is no dataset at/)
  })

  it('fails an SQLite file with no tables, for user_version 0, 2 and 4, without changing it', () => {
    for (const version of [0, 2, 4]) {
      const file = path.join(dir, `empty-${version}.lodestone`)
      const db = new Database(file)
      db.exec('CREATE TABLE scratch (x); DROP TABLE scratch')
      db.pragma(`user_version = ${version}`)
      db.close()
      const before = hash(file)
      const report = checkDataset(file)
      expect(report.ok).toBe(false)
      expect(report.problems).toEqual([
        `empty-${version}.lodestone is an empty SQLite database (it has no tables), not a Lodestone dataset. Nothing was changed. Open a .lodestone file, or create a new dataset.`
      ])
      expect(hash(file)).toBe(before)
      expect(fs.existsSync(`${file}.backups`)).toBe(false)
    }
  })
})
