// Giving Electron its own better-sqlite3: the prebuilt binary for Electron's runtime first, then a source build with
// the same --arch; the cache is keyed by Electron version, better-sqlite3 version and platform-arch; a result built
// for the wrong ABI is refused; node_modules/better-sqlite3 (the Node build the tests use) is never touched.
import { createRequire } from 'node:module'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
interface Target {
  electron: string
  sqlite: string
  abi: number
  platform: string
  arch: string
}
interface Step {
  name: string
  command: string
  args: string[]
}
type Run = (command: string, args: string[], options: { cwd: string }) => { status: number | null; stdout?: string; stderr?: string }
const electron = require('./electron.cjs') as {
  cacheKey(t: Target): string
  nativeBindingPath(t: Target, root: string): string
  buildPlan(t: Target, tools: { prebuildInstall: string; nodeGyp: string }): Step[]
  electronArch(binary: string | null, fallback?: string): string
  currentTarget(root: string, binary: string | null): Target | null
  cleanEnv(env: Record<string, string>): Record<string, string>
  ensureElectronSqlite(
    t: Target,
    o: { root: string; run: Run; tools?: { prebuildInstall: string; nodeGyp: string }; log?: (l: string) => void }
  ): { ok: boolean; file?: string; how?: string; message?: string }
}

const REPO = path.resolve(__dirname, '../..')
const NODE_ADDON = path.join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const tools = { prebuildInstall: '/x/prebuild-install/bin.js', nodeGyp: '/x/node-gyp/bin/node-gyp.js' }
const target: Target = { electron: '45.5.0', sqlite: '12.11.1', abi: 150, platform: process.platform, arch: 'arm64' }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-electron-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const sha = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** A checkout with a real copy of better-sqlite3's package files (no build/) and stand-in tool scripts. */
function checkout(name: string): { root: string; tools: typeof tools } {
  const root = path.join(tmp, name)
  const pkg = path.join(root, 'node_modules', 'better-sqlite3')
  fs.mkdirSync(pkg, { recursive: true })
  fs.copyFileSync(path.join(REPO, 'node_modules/better-sqlite3/package.json'), path.join(pkg, 'package.json'))
  fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true })
  fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'the Node build')
  const t = { prebuildInstall: path.join(root, 'prebuild-install.js'), nodeGyp: path.join(root, 'node-gyp.js') }
  fs.writeFileSync(t.prebuildInstall, '')
  fs.writeFileSync(t.nodeGyp, '')
  return { root, tools: t }
}

/** A run that fails for the named steps and "builds" the real Node addon for the others. */
function runner(failing: string[], calls: { args: string[]; cwd: string }[]): Run {
  return (_command, args, options) => {
    calls.push({ args, cwd: options.cwd })
    if (failing.some((f) => args[0].includes(f)))
      return { status: 1, stderr: 'prebuild-install WARN install No prebuilt binaries found (target=45.5.0 runtime=electron arch=arm64)' }
    fs.mkdirSync(path.join(options.cwd, 'build', 'Release'), { recursive: true })
    fs.copyFileSync(NODE_ADDON, path.join(options.cwd, 'build', 'Release', 'better_sqlite3.node'))
    return { status: 0 }
  }
}

describe('buildPlan', () => {
  it('tries the prebuilt binary for Electron first, then a source build, both for the same arch', () => {
    const steps = electron.buildPlan(target, tools)
    expect(steps.map((s) => s.name)).toEqual(['prebuilt binary', 'source build'])
    expect(steps[0].args).toEqual([
      tools.prebuildInstall,
      '--runtime',
      'electron',
      '--target',
      '45.5.0',
      '--arch',
      'arm64',
      '--platform',
      process.platform,
      '--verbose'
    ])
    expect(steps[1].args).toContain('--arch=arm64')
    expect(steps[1].args).toContain('--runtime=electron')
    expect(steps[1].args).toContain('--target=45.5.0')
  })

  it('offers no source build for another platform', () => {
    const other = process.platform === 'win32' ? 'linux' : 'win32'
    expect(electron.buildPlan({ ...target, platform: other }, tools).map((s) => s.name)).toEqual(['prebuilt binary'])
  })
})

describe('the .electron-native cache', () => {
  it('keys the build by Electron version, better-sqlite3 version and platform-arch', () => {
    expect(electron.cacheKey(target)).toBe(`electron-45.5.0_better-sqlite3-12.11.1_${process.platform}-arm64`)
    const keys = new Set(
      [target, { ...target, electron: '45.6.0' }, { ...target, sqlite: '12.12.0' }, { ...target, arch: 'x64' }].map((t) => electron.nativeBindingPath(t, '/r'))
    )
    expect(keys.size).toBe(4)
  })

  it('takes the arch from the Electron binary, not from Node', () => {
    expect(electron.electronArch(process.execPath, 'ia32')).toBe(process.arch)
    expect(electron.electronArch(null, 'ia32')).toBe('ia32')
  })

  it('reads this checkout’s target from the installed packages', () => {
    const t = electron.currentTarget(REPO, null)
    expect(t).toMatchObject({ electron: expect.stringMatching(/^45\./) as unknown, abi: 150, platform: process.platform, arch: process.arch })
  })

  it('drops npm’s per-run target settings from the child’s environment', () => {
    expect(electron.cleanEnv({ npm_config_arch: 'x64', npm_config_runtime: 'node', PATH: '/bin' })).toEqual({ PATH: '/bin' })
  })
})

describe('ensureElectronSqlite', () => {
  // Stand-in "Electron" with this Node's ABI and arch, so the real Node addon is a correct result.
  const here: Target = { ...target, abi: Number(process.versions.modules), arch: process.arch }

  it('falls back to the source build when no prebuilt binary exists, in a scratch copy, and caches the result', () => {
    const c = checkout('fallback')
    const before = sha(path.join(c.root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))
    const calls: { args: string[]; cwd: string }[] = []
    const r = electron.ensureElectronSqlite(here, { root: c.root, tools: c.tools, run: runner(['prebuild-install'], calls), log: () => undefined })
    expect(r).toMatchObject({ ok: true, how: 'source build', file: electron.nativeBindingPath(here, c.root) })
    expect(calls.map((x) => x.args[0])).toEqual([c.tools.prebuildInstall, c.tools.nodeGyp])
    for (const call of calls) expect(call.cwd.startsWith(path.join(c.root, 'node_modules'))).toBe(false)
    expect(sha(path.join(c.root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(before)
    const again = electron.ensureElectronSqlite(here, { root: c.root, tools: c.tools, run: runner([], calls), log: () => undefined })
    expect(again).toMatchObject({ ok: true, how: 'cache' })
    expect(calls).toHaveLength(2)
  })

  it('uses the prebuilt binary when it exists (no compiler run)', () => {
    const c = checkout('prebuilt')
    const calls: { args: string[]; cwd: string }[] = []
    expect(electron.ensureElectronSqlite(here, { root: c.root, tools: c.tools, run: runner([], calls), log: () => undefined })).toMatchObject({
      ok: true,
      how: 'prebuilt binary'
    })
    expect(calls).toHaveLength(1)
  })

  it('refuses a result built for Node’s ABI where Electron’s is wanted, and says why for each step', () => {
    const c = checkout('mislabelled')
    const r = electron.ensureElectronSqlite(target, { root: c.root, tools: c.tools, run: runner([], []), log: () => undefined })
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/prebuilt binary: the result is built for module ABI \d+, not 150/)
    expect(fs.existsSync(electron.nativeBindingPath(target, c.root))).toBe(false)
  })
})

describe('failureLine', () => {
  const failureLine = (require('./electron.cjs') as { failureLine(r: { status: number; stderr: string }): string }).failureLine
  it('says why node-gyp failed in its own sentence, not its rollback notice', () => {
    const stderr = [
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! configure error ',
      'gyp ERR! stack Error: Could not find any Python installation to use',
      'gyp ERR! stack     at PythonFinder.fail (/x/find-python.js:306:11)'
    ].join('\n')
    expect(failureLine({ status: 1, stderr })).toBe('Could not find any Python installation to use')
  })

  it('keeps prebuild-install’s reason', () => {
    expect(failureLine({ status: 1, stderr: 'prebuild-install warn install No prebuilt binaries found (target=45.5.0 runtime=electron arch=x64)' })).toBe(
      'install No prebuilt binaries found (target=45.5.0 runtime=electron arch=x64)'
    )
  })
})
