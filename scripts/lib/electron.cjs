// Finding the Electron binary without triggering a download (require('electron') would try one), and giving
// Electron its own better-sqlite3 build in .electron-native/<version>/ (never touching node_modules/better-sqlite3/build,
// which the Node tests use). Used by scripts/start.cjs and the Electron e2e spec.
'use strict'
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const ROOT = path.resolve(__dirname, '../..')
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron')

function electronVersion(root = ROOT) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version
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

/** Runs electron's own install.js (the download) with a time limit; true when a binary exists afterwards. */
function tryInstallElectron(root = ROOT, timeoutMs = 60_000) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js')
  if (!fs.existsSync(installer)) return false
  spawnSync(process.execPath, [installer], { cwd: path.dirname(installer), stdio: 'ignore', timeout: timeoutMs, killSignal: 'SIGKILL' })
  return findElectronBinary(root) !== null
}

function nativeBindingPath(version, root = ROOT) {
  return path.join(root, '.electron-native', version, 'better_sqlite3.node')
}

/**
 * Builds better-sqlite3 for Electron in a temp copy of the package and keeps only the .node file.
 * Returns {ok: true, file} or {ok: false, message}.
 */
function ensureElectronSqlite(version, root = ROOT) {
  const target = nativeBindingPath(version, root)
  if (fs.existsSync(target)) return { ok: true, file: target }
  const pkg = path.join(root, 'node_modules', 'better-sqlite3')
  const gyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  if (!fs.existsSync(pkg) || !fs.existsSync(gyp)) return { ok: false, message: 'better-sqlite3 or node-gyp is not installed' }
  process.stderr.write(`Building better-sqlite3 for Electron ${version} (first launch only; this takes a few minutes)…\n`)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-electron-sqlite-'))
  const copy = path.join(tmp, 'better-sqlite3')
  try {
    const skip = [path.join(pkg, 'build'), path.join(pkg, 'node_modules')]
    fs.cpSync(pkg, copy, { recursive: true, filter: (src) => !skip.some((s) => src === s || src.startsWith(s + path.sep)) })
    const args = [gyp, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers']
    const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 })
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node')
    if (result.status !== 0 || !fs.existsSync(built)) {
      const last = `${result.stderr || ''}`.trim().split('\n').filter(Boolean).pop() || (result.error && result.error.message) || `exit ${result.status}`
      return { ok: false, message: `node-gyp failed: ${last.replace(/^gyp ERR! /, '')}` }
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(built, `${target}.tmp`)
    fs.renameSync(`${target}.tmp`, target)
    return { ok: true, file: target }
  } catch (e) {
    return { ok: false, message: e.message }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

module.exports = { ELECTRON_DIR, electronVersion, findElectronBinary, tryInstallElectron, nativeBindingPath, ensureElectronSqlite }
