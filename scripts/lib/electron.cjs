// Finding the Electron binary without triggering a download (require('electron') would try one), and giving
// Electron its own better-sqlite3 build in .electron-native/<electron, better-sqlite3, platform-arch>/ (never
// touching node_modules/better-sqlite3/build, which the Node tests, the CLI and the browser host use).
// The build is better-sqlite3's prebuilt binary for Electron first (no compiler needed), then a source build,
// both for the arch of the Electron binary itself; the result is checked (module ABI, CPU) before it is kept.
// Used by scripts/start.cjs, scripts/afterPack.cjs and the Electron e2e spec.
'use strict'
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { addonMismatch, archOfFile } = require('./native.cjs')

const ROOT = path.resolve(__dirname, '../..')
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron')
const HEADERS_URL = 'https://electronjs.org/headers'

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function electronVersion(root = ROOT) {
  return readJson(path.join(root, 'node_modules', 'electron', 'package.json'))?.version ?? null
}

function sqliteVersion(root = ROOT) {
  return readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'))?.version ?? null
}

/** The module ABI of the installed Electron (its npm package ships abi_version), or null. */
function electronAbi(root = ROOT) {
  try {
    const n = Number(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim())
    return Number.isInteger(n) && n > 0 ? n : null
  } catch {
    return null
  }
}

/** The Electron executable, or null when it is not installed (path.txt or dist/ missing). */
function findElectronBinary(root = ROOT) {
  const dir = path.join(root, 'node_modules', 'electron')
  let rel
  try {
    rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()
  } catch {
    return null
  }
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist')
  const full = path.join(base, rel)
  return rel && fs.existsSync(full) ? full : null
}

/**
 * The CPU the addon must be built for: the Electron binary's own (on Apple Silicon an x64 Node under Rosetta
 * still gets an arm64 Electron), else the fallback (process.arch).
 */
function electronArch(binary, fallback = process.arch) {
  const arch = binary ? archOfFile(binary) : null
  return arch && arch !== 'universal' ? arch : fallback
}

/** Runs electron's own install.js (the download) with a time limit; true when a binary exists afterwards. */
function tryInstallElectron(root = ROOT, timeoutMs = 60_000) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js')
  if (!fs.existsSync(installer)) return false
  spawnSync(process.execPath, [installer], { cwd: path.dirname(installer), stdio: 'ignore', timeout: timeoutMs, killSignal: 'SIGKILL' })
  return findElectronBinary(root) !== null
}

/** The cache folder's name: one build per Electron version, better-sqlite3 version, platform and arch. */
function cacheKey({ electron, sqlite, platform, arch }) {
  return `electron-${electron}_better-sqlite3-${sqlite}_${platform}-${arch}`
}

function nativeBindingPath(target, root = ROOT) {
  return path.join(root, '.electron-native', cacheKey(target), 'better_sqlite3.node')
}

/** The target for this checkout's Electron, or null when Electron or better-sqlite3 is not installed. */
function currentTarget(root = ROOT, binary = findElectronBinary(root)) {
  const electron = electronVersion(root)
  const sqlite = sqliteVersion(root)
  const abi = electronAbi(root)
  if (!electron || !sqlite || !abi) return null
  return { electron, sqlite, abi, platform: process.platform, arch: electronArch(binary) }
}

/**
 * The ways to get the addon, in order: the prebuilt binary for Electron's runtime, version, platform and arch,
 * then (same platform only) a source build for the same arch. Each runs in a scratch copy of the package.
 */
function buildPlan(target, tools) {
  const steps = [
    {
      name: 'prebuilt binary',
      command: process.execPath,
      args: [tools.prebuildInstall, '--runtime', 'electron', '--target', target.electron, '--arch', target.arch, '--platform', target.platform, '--verbose']
    }
  ]
  if (target.platform === process.platform) {
    steps.push({
      name: 'source build',
      command: process.execPath,
      args: [tools.nodeGyp, 'rebuild', '--release', `--target=${target.electron}`, `--arch=${target.arch}`, '--runtime=electron', `--dist-url=${HEADERS_URL}`]
    })
  }
  return steps
}

function toolsIn(root) {
  return {
    prebuildInstall: path.join(root, 'node_modules', 'prebuild-install', 'bin.js'),
    nodeGyp: path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  }
}

/** The telling line of a failed step: node-gyp's "stack Error:" sentence (joined), else the first error line. */
function failureLine(result) {
  const lines = `${result.stderr || ''}\n${result.stdout || ''}`.split('\n').map((l) => l.trim())
  const start = lines.findIndex((l) => /ERR! stack Error: /.test(l))
  if (start >= 0) {
    const parts = [lines[start].replace(/.*ERR! stack Error: /, '')]
    for (const l of lines.slice(start + 1)) {
      const m = /ERR! stack\s+(.*)$/.exec(l)
      if (!m || /^at /.test(m[1])) break
      parts.push(m[1])
    }
    return parts.join(' ')
  }
  const line = lines.find((l) => /ERR!|error|ENOTFOUND|No prebuilt/i.test(l)) || lines.filter(Boolean).pop()
  return (line || (result.error && result.error.message) || `exit ${result.status}`).replace(/^(gyp|prebuild-install) (ERR!|WARN|warn) /, '').trim()
}

/** The child's environment without npm's per-run settings that would override our explicit target. */
function cleanEnv(env = process.env) {
  const out = {}
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_(runtime|target|arch|platform|disturl|build_from_source)$/i.test(key)) continue
    out[key] = value
  }
  return out
}

/**
 * Makes (or finds in the cache) better-sqlite3 for the target. Returns {ok: true, file, how} or {ok: false, message}.
 * `run` is spawnSync's shape; the package is never built in place.
 */
function ensureElectronSqlite(target, options = {}) {
  const root = options.root ?? ROOT
  const run = options.run ?? spawnSync
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`))
  const file = nativeBindingPath(target, root)
  const wanted = { abi: target.abi, arch: target.arch, runtime: `Electron ${target.electron}` }
  if (fs.existsSync(file)) {
    const wrong = addonMismatch(file, wanted)
    if (!wrong) return { ok: true, file, how: 'cache' }
    fs.rmSync(file, { force: true })
  }
  const pkg = path.join(root, 'node_modules', 'better-sqlite3')
  const tools = options.tools ?? toolsIn(root)
  if (!fs.existsSync(pkg)) return { ok: false, message: 'better-sqlite3 is not installed' }
  const failures = []
  for (const step of buildPlan(target, tools)) {
    if (!fs.existsSync(step.args[0])) {
      failures.push(`${step.name}: ${path.basename(path.dirname(path.dirname(step.args[0])))} is not installed`)
      continue
    }
    log(`Getting better-sqlite3 for Electron ${target.electron} (${target.platform}-${target.arch}): ${step.name}…`)
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-electron-sqlite-'))
    const copy = path.join(tmp, 'better-sqlite3')
    try {
      const skip = [path.join(pkg, 'build'), path.join(pkg, 'node_modules')]
      fs.cpSync(pkg, copy, { recursive: true, filter: (src) => !skip.some((s) => src === s || src.startsWith(s + path.sep)) })
      const result = run(step.command, step.args, {
        cwd: copy,
        env: cleanEnv(),
        encoding: 'utf8',
        timeout: 15 * 60_000,
        maxBuffer: 64 * 1024 * 1024
      })
      const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node')
      if (result.status !== 0 || !fs.existsSync(built)) {
        failures.push(`${step.name}: ${failureLine(result)}`)
        continue
      }
      const wrong = addonMismatch(built, wanted)
      if (wrong) {
        failures.push(`${step.name}: ${wrong.replace(built, 'the result')}`)
        continue
      }
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.copyFileSync(built, `${file}.tmp`)
      fs.renameSync(`${file}.tmp`, file)
      return { ok: true, file, how: step.name }
    } catch (e) {
      failures.push(`${step.name}: ${e.message}`)
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  }
  return { ok: false, message: failures.join('; ') }
}

module.exports = {
  ELECTRON_DIR,
  electronVersion,
  sqliteVersion,
  electronAbi,
  electronArch,
  findElectronBinary,
  tryInstallElectron,
  cacheKey,
  nativeBindingPath,
  currentTarget,
  buildPlan,
  cleanEnv,
  failureLine,
  ensureElectronSqlite
}
