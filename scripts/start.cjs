// `npm start`: the desktop app when Electron can run here, otherwise the browser host.
// Electron missing -> try its download once (60 s); still missing -> say so in one line and run the web host.
// Electron present -> make sure it has its own better-sqlite3 build, build out/ if stale, launch it.
'use strict'
const path = require('node:path')
const { ROOT, buildIfNeeded, runForwarding, runWebHost } = require('./lib/build.cjs')
const { electronVersion, ensureElectronSqlite, findElectronBinary, tryInstallElectron } = require('./lib/electron.cjs')

const args = process.argv.slice(2)

function fallBack(line) {
  process.stderr.write(`${line}\n`)
  runWebHost(args)
}

function main() {
  let binary = findElectronBinary()
  if (!binary && tryInstallElectron()) binary = findElectronBinary()
  if (!binary) {
    return fallBack('Electron is not available on this machine (its binary could not be downloaded); starting the browser host instead.')
  }
  const version = electronVersion()
  const sqlite = ensureElectronSqlite(version)
  if (!sqlite.ok) {
    return fallBack(`Could not build better-sqlite3 for Electron ${version} (${sqlite.message}); starting the browser host instead.`)
  }
  buildIfNeeded()
  const env = { ...process.env, LODESTONE_SQLITE_BINDING: sqlite.file }
  delete env.ELECTRON_RUN_AS_NODE
  runForwarding(binary, [path.join(ROOT), ...args], { cwd: ROOT, env })
}

main()
