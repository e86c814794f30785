// Shipped migrations are never edited: their hashes are pinned here. A schema change is a new numbered file.
// Also checks that migrating runs every step in one transaction and leaves a backup of a file with data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations'
import { migrate } from './migrate'
import { removeDir, tempDir } from '../testing/tempDataset'
import { backupFile, listBackups } from '../backups/store'
import { createEngine } from '../engine'
import { openDataset } from './open'

const PINNED: Record<string, string> = {
  '0001_initial': 'b6978011c24f8eea953e191729193916b1eb9b35b4bdf7b4d3cb95bec213b72f',
  '0002_assessments': '7a6b017fa5fbbf90992ad37a5768d872d9e43145d4e5faf1866126070419a2f5',
  '0003_briefs': '4f142c0bc5e241a820f5d503bd979ce05656e8c9357b155c3d615f23df0bb248',
  '0004_insert_ranges': '1f4c21b1034e43b115792150d2e52ba6e03c1e8e9f8720deb9180a9a2918ca4b',
  '0005_trade_flow_source_key': '1dbb837a7559ee3426a2003bf1be011b259853b930730aaed2ba844051a34dc6',
  '0006_find_index': 'a517902dcc079bd47189f1d4f896ceba17adae3ca47d0f827366f692e8e118a2',
  '0007_scenarios': 'cb2a19411ab5ada76f52b6515a4ab4ce86d32da48773a0c8352843b95a2d4a02',
  '0008_preferred_reason': 'd6b19b66e3f094c99e9f2809d459dcf4bd82114d887aa6c284c1a0c163b8d2a8',
  '0009_scenario_brief': '8da630c447a883e36f85c66f066877ebf8ae00fae18bc3aaed860046f1dcdfe5'
}

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => removeDir(dir))

describe('migrations', () => {
  it('are numbered from 1 without gaps and unchanged once shipped', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1)
      expect(m.name.startsWith(String(i + 1).padStart(4, '0'))).toBe(true)
      const file = path.resolve(__dirname, 'migrations', `${m.name}.sql`)
      const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
      expect(hash, `${m.name}.sql was edited after it shipped; add a new migration instead`).toBe(PINNED[m.name])
    })
  })

  it('brings an empty file to the current version and marks it as a Lodestone dataset', () => {
    const db = new Database(path.join(dir, 'a.lodestone'))
    const result = migrate(db, path.join(dir, 'a.lodestone'))
    expect(result).toMatchObject({ from: 0, to: SCHEMA_VERSION, backup: null })
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    db.close()
  })

  it('leaves the file untouched when a step fails', () => {
    const file = path.join(dir, 'b.lodestone')
    const db = new Database(file)
    db.exec('CREATE TABLE source (id INTEGER PRIMARY KEY)') // collides with the first migration
    expect(() => migrate(db, file)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'observation'").get()).toEqual({ n: 0 })
    db.close()
  })

  it("runs the caller's before-migrate step (the engine's backup) first, and refuses a file with data without one", async () => {
    const file = path.join(dir, 'old.lodestone')
    const old = new Database(file)
    for (const m of MIGRATIONS.slice(0, SCHEMA_VERSION - 1)) old.exec(m.sql)
    old.pragma(`application_id = ${APPLICATION_ID}`)
    old.pragma(`user_version = ${SCHEMA_VERSION - 1}`)
    old.prepare("INSERT INTO country (code, name) VALUES ('IND', 'India')").run()
    old.close()
    const before = fs.readFileSync(file)
    expect(() => openDataset(file)).toThrow(/needs its schema upgraded .*only done after a backup copy/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    const engine = createEngine({ datasetPath: file, host: 'test' })
    expect(engine.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    engine.close()
    const [backup] = listBackups(file)
    expect(backup).toMatchObject({ kind: 'before-migration', schemaVersion: SCHEMA_VERSION - 1 })
    const copy = new Database(backupFile(file, backup!.id), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1)
    expect(copy.prepare('SELECT name FROM country').pluck().all()).toEqual(['India'])
    copy.close()
  })
})
