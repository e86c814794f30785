// The packaging rules, fast (the full --dir build runs in `npm test` as scripts/package-check.cjs): what the package
// must hold and must not, the size budget, the fuses afterPack sets (flipped and read back on a real file with a fuse
// wire, through @electron/fuses), and the electron-builder settings that keep the repo's Node build untouched.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
type Entry = { path: string; size: number; unpacked: boolean }
const contents = require('./packageContents.cjs') as {
  REQUIRED: string[]
  ADDON: string
  checkPackage(i: { entries: Entry[]; starter: { path: string; size: number }[]; starterWanted: string[]; devDependencies: string[]; budget?: number }): {
    problems: string[]
    sizes: { total: number }
  }
  flattenAsarHeader(h: unknown): Entry[]
}
const fuseRules = require('./fuses.cjs') as {
  WANTED_FUSES: Record<string, boolean>
  fuseConfig(f: unknown, platform: string): Record<string, unknown>
  fuseProblems(f: unknown, wire: unknown): string[]
  fusedExecutable(dir: string, platform: string, product: string, exe: string): string
}
const REPO = path.resolve(__dirname, '../..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-pkg-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const good = (): Entry[] => [
  ...contents.REQUIRED.map((p) => ({ path: p, size: 1000, unpacked: false })),
  { path: contents.ADDON, size: 2_000_000, unpacked: true },
  { path: 'node_modules/zod/index.js', size: 10, unpacked: false }
]
const starter = [{ path: 'facts.csv', size: 100 }]
const base = { starter, starterWanted: ['facts.csv'], devDependencies: ['electron', 'vite'] }

describe('checkPackage', () => {
  it('passes a package with the bundles, the worker, the unpacked addon and the starter data', () => {
    expect(contents.checkPackage({ entries: good(), ...base }).problems).toEqual([])
  })

  it('names each thing that must not ship', () => {
    const entries = [
      ...good(),
      { path: 'node_modules/playwright-core/index.js', size: 1, unpacked: false },
      { path: 'node_modules/exceljs/dist/exceljs.min.js', size: 1, unpacked: false },
      { path: 'node_modules/better-sqlite3/src/better_sqlite3.cpp', size: 1, unpacked: false },
      { path: 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', size: 1, unpacked: false },
      { path: 'node_modules/vite/index.js', size: 1, unpacked: false }
    ]
    const { problems } = contents.checkPackage({ entries, ...base })
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('playwright-core'),
        expect.stringContaining("exceljs's browser bundles"),
        expect.stringContaining("better-sqlite3's C++ sources"),
        expect.stringContaining("better-sqlite3's SQLite sources"),
        'ships the devDependency vite'
      ])
    )
  })

  it('refuses a packed addon, a missing worker, missing starter data and an oversized package', () => {
    const entries = good()
      .filter((e) => e.path !== 'out/main/importWorker.js')
      .map((e) => (e.path === contents.ADDON ? { ...e, unpacked: false } : e))
    const { problems } = contents.checkPackage({ entries, ...base, starterWanted: ['facts.csv', 'sources.csv'], budget: 1_000_000 })
    expect(problems).toEqual(
      expect.arrayContaining([
        'app.asar is missing out/main/importWorker.js',
        expect.stringMatching(/inside app.asar; it must be unpacked/),
        'resources/starter is missing sources.csv',
        expect.stringMatching(/besides Electron; the budget is under 1.0 MB/)
      ])
    )
  })

  it('flattens an asar header', () => {
    const header = { files: { out: { files: { 'a.js': { size: 3, offset: '0' } } }, n: { files: { 'b.node': { size: 5, unpacked: true } } } } }
    expect(contents.flattenAsarHeader(header)).toEqual([
      { path: 'out/a.js', size: 3, unpacked: false },
      { path: 'n/b.node', size: 5, unpacked: true }
    ])
  })
})

describe('the fuses', () => {
  it('flips a real fuse wire to what we want and reads it back', async () => {
    const fuses = await import('@electron/fuses')
    const file = path.join(tmp, 'electron')
    const wire = Buffer.from([1, 9, ...'101100011'.split('').map((c) => c.charCodeAt(0))])
    fs.writeFileSync(file, Buffer.concat([Buffer.from('binary'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire]))
    expect(fuseRules.fuseProblems(fuses, await fuses.getCurrentFuseWire(file))).toHaveLength(7)
    await fuses.flipFuses(file, fuseRules.fuseConfig(fuses, 'linux') as Parameters<typeof fuses.flipFuses>[1])
    expect(fuseRules.fuseProblems(fuses, await fuses.getCurrentFuseWire(file))).toEqual([])
  })

  it('wants RunAsNode off, cookie encryption, ASAR integrity and OnlyLoadAppFromAsar', () => {
    expect(fuseRules.WANTED_FUSES).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true
    })
    expect(fuseRules.fusedExecutable('/o', 'darwin', 'Lodestone', 'lodestone')).toBe('/o/Lodestone.app')
    expect(fuseRules.fusedExecutable('/o', 'win32', 'Lodestone', 'lodestone')).toBe('/o/Lodestone.exe')
    expect(fuseRules.fusedExecutable('/o', 'linux', 'Lodestone', 'lodestone')).toBe('/o/lodestone')
  })
})

describe('electron-builder.yml', () => {
  const yml = fs.readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8')
  it('never rebuilds better-sqlite3 in the repo (the tests, CLI and browser host use that Node build)', () => {
    expect(yml).toMatch(/^npmRebuild: false$/m)
    expect(yml).toMatch(/^nodeGypRebuild: false$/m)
    expect(yml).toMatch(/^afterPack: scripts\/afterPack.cjs$/m)
  })
})
