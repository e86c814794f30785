// `npm start`: the desktop app when Electron can run here, otherwise the browser host.
// Electron missing -> try its download once (60 s); still missing -> say so in one line and run the web host.
// Linux sandbox that would abort (Ubuntu 23.10+ AppArmor) -> print the one command that fixes it, run the web host.
// Electron present -> give it its own better-sqlite3 build, build out/ if stale, launch it; if it dies by a signal
// right after launch, say so and run the web host. Never adds --no-sandbox (a user may pass it, and is told).
'use strict'
const { spawn } = require('node:child_process')
const { ROOT, buildIfNeeded, runWebHost } = require('./lib/build.cjs')
const { currentTarget, ensureElectronSqlite, findElectronBinary, tryInstallElectron } = require('./lib/electron.cjs')
const { exitDecision, readSandboxFacts, sandboxProblem, userDisabledSandbox } = require('./lib/sandbox.cjs')

const args = process.argv.slice(2)

function fallBack(lines) {
  process.stderr.write(`${lines.join('\n')}\n`)
  runWebHost(args)
}

function sandboxLines(binary) {
  const problem = process.platform === 'linux' ? sandboxProblem(readSandboxFacts(binary)) : null
  if (!problem) return null
  return [
    `Electron cannot start on this machine: ${problem.reason}.`,
    'Run this once to fix it (it lets Chromium use its setuid sandbox helper):',
    `  ${problem.command}`,
    'Starting the browser host meanwhile.'
  ]
}

/** Launches Electron, copying its stderr through while keeping the tail, and decides what its exit means. */
function launch(binary, env) {
  const started = Date.now()
  let forwarded = false
  let tail = ''
  const child = spawn(binary, [ROOT, ...args], { cwd: ROOT, env, stdio: ['inherit', 'inherit', 'pipe'] })
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk)
    tail = (tail + chunk.toString('utf8')).slice(-16_384)
  })
  const forward = (signal) => () => {
    forwarded = true
    if (child.exitCode === null) child.kill(signal)
  }
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('error', (e) => fallBack([`Could not start Electron (${e.message}); starting the browser host instead.`]))
  child.on('exit', (code, signal) => {
    const decision = exitDecision({ code, signal, elapsedMs: Date.now() - started, forwarded, stderrText: tail })
    if (decision.action === 'exit') process.exit(decision.code)
    const fix = sandboxLines(binary)
    fallBack(fix ? [`${decision.reason}.`, ...fix] : [`${decision.reason}; see its output above. Starting the browser host instead.`])
  })
}

function main() {
  let binary = findElectronBinary()
  if (!binary && tryInstallElectron()) binary = findElectronBinary()
  if (!binary) {
    return fallBack(['Electron is not available on this machine (its binary could not be downloaded); starting the browser host instead.'])
  }
  if (userDisabledSandbox(args)) {
    process.stderr.write("Running Electron without Chromium's sandbox, because --no-sandbox was passed.\n")
  } else {
    const fix = sandboxLines(binary)
    if (fix) return fallBack(fix)
  }
  const target = currentTarget(ROOT, binary)
  if (!target) return fallBack(['Electron or better-sqlite3 is not fully installed (run `npm install`); starting the browser host instead.'])
  const sqlite = ensureElectronSqlite(target)
  if (!sqlite.ok) {
    return fallBack([
      `Could not get better-sqlite3 for Electron ${target.electron} (${sqlite.message}).`,
      'A source build needs Python 3 and a C++ compiler (see README, "Desktop install"). Starting the browser host instead.'
    ])
  }
  buildIfNeeded()
  const env = { ...process.env, LODESTONE_SQLITE_BINDING: sqlite.file }
  delete env.ELECTRON_RUN_AS_NODE
  launch(binary, env)
}

main()
