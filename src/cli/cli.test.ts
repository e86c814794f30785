// The `lodestone` command as an analyst uses it: create a dataset from the starter data, look at it, check it.
// Every failure is exactly one `lodestone: ...` line on stderr with a non-zero exit code, and files are never
// overwritten or modified by info/check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from './run'
import type { Io } from './io'
import { SCHEMA_VERSION } from '../core/db/migrations'

const env = { starterDir: path.resolve(__dirname, '../../resources/starter'), version: '9.9.9' }
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-cli-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(l) }
  const code = await runCli(argv, io, env)
  return { code, out, err }
}

const hash = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describe('lodestone new', () => {
  it('creates a dataset from the starter data', async () => {
    const file = path.join(dir, 'india.lodestone')
    const { code, out, err } = await run('new', file)
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(out.join('\n')).toMatch(/^Created .*india\.lodestone from the starter data \(\d+ rows in \d+ tables\)\.$/)
    const db = new Database(file, { readonly: true })
    expect((db.prepare('SELECT count(*) AS n FROM observation').get() as { n: number }).n).toBeGreaterThan(0)
    db.close()
  })

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const file = path.join(dir, 'notes.lodestone')
    fs.writeFileSync(file, 'my notes')
    const { code, out, err } = await run('new', file)
    expect(code).toBe(1)
    expect(out).toEqual([])
    expect(err).toEqual([`lodestone: ${file} already exists; Lodestone never overwrites a file. Choose another name.`])
    expect(fs.readFileSync(file, 'utf8')).toBe('my notes')
  })
})

describe('lodestone info', () => {
  it('shows the schema version, every table and its row count, without changing the file', async () => {
    const file = path.join(dir, 'india.lodestone')
    await run('new', file)
    const before = hash(file)
    const { code, out, err } = await run('info', file)
    expect({ code, err }).toEqual({ code: 0, err: [] })
    const text = out.join('\n')
    expect(text).toMatch(/^Dataset {2}india\.lodestone$/m)
    expect(text).toMatch(new RegExp(`^Schema {3}version ${SCHEMA_VERSION}$`, 'm'))
    expect(text).toMatch(/^ {2}Figures \(observation\) +\d+$/m)
    expect(text).toMatch(/^ {2}Total rows +\d+$/m)
    expect(hash(file)).toBe(before)
  })

  it('says in one line that there is no dataset at a missing path', async () => {
    const file = path.join(dir, 'missing.lodestone')
    expect(await run('info', file)).toEqual({ code: 1, out: [], err: [`lodestone: there is no dataset at ${file}`] })
    expect(fs.existsSync(file)).toBe(false)
  })

  it('refuses a file that is not a dataset in one line', async () => {
    const file = path.join(dir, 'figures.lodestone')
    fs.writeFileSync(file, 'country,value\n')
    const { code, err } = await run('info', file)
    expect(code).toBe(1)
    expect(err).toHaveLength(1)
    expect(err[0]).toMatch(/^lodestone: figures\.lodestone is not a Lodestone dataset/)
  })
})

describe('lodestone check', () => {
  it('reports a sound dataset as ok', async () => {
    const file = path.join(dir, 'india.lodestone')
    await run('new', file)
    const { code, out, err } = await run('check', file)
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(out[0]).toBe(`${file}: ok`)
    expect(out.join('\n')).toMatch(/integrity {3}ok/)
  })

  it('lists broken references and fails with one stderr line', async () => {
    const file = path.join(dir, 'india.lodestone')
    await run('new', file)
    const db = new Database(file)
    db.pragma('foreign_keys = OFF')
    db.prepare('UPDATE observation SET source_id = 999999 WHERE id = (SELECT min(id) FROM observation)').run()
    db.close()
    const { code, out, err } = await run('check', file)
    expect(code).toBe(1)
    expect(out.join('\n')).toMatch(/problem: observation row \d+ refers to a source row that does not exist/)
    expect(err).toEqual(['lodestone: india.lodestone failed its check (1 problem)'])
  })

  it('says in one line that there is no dataset at a missing path', async () => {
    const file = path.join(dir, 'missing.lodestone')
    expect(await run('check', file)).toEqual({ code: 1, out: [], err: [`lodestone: there is no dataset at ${file}`] })
  })
})

describe('usage', () => {
  it.each([['--help'], ['-h'], []])('prints help for %s', async (...argv) => {
    const { code, out, err } = await run(...(argv as string[]))
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(out[0]).toBe('Usage: lodestone <command> PATH')
  })

  it('prints the version', async () => {
    expect(await run('--version')).toEqual({ code: 0, out: ['9.9.9'], err: [] })
  })

  it('answers an unknown command or a missing path with one line and exit code 2', async () => {
    expect(await run('delete', 'x')).toEqual({ code: 2, out: [], err: ['lodestone: unknown command "delete"; try lodestone --help'] })
    expect(await run('info')).toEqual({ code: 2, out: [], err: ['lodestone: info needs exactly one dataset path, e.g. lodestone info india.lodestone'] })
    expect((await run('new', 'a', 'b')).code).toBe(2)
  })
})
