// Shared by bin/lodestone.cjs, scripts/web.cjs and scripts/start.cjs: is out/ older than src/, build it
// quietly with electron-vite (its output is shown only when the build fails), and run the browser host.
// Plain CommonJS for Node 20: these scripts run before anything is built.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { spawn, spawnSync } = require('node:child_process')

const ROOT = path.resolve(__dirname, '../..')
const BUILD_OUTPUTS = ['out/main/index.js', 'out/main/web.js', 'out/main/cli.js', 'out/preload/index.js', 'out/renderer/index.html']
const BUILD_INPUTS = ['src', 'electron.vite.config.ts', 'package.json']

function newestMtime(target) {
  let stat
  try {
    stat = fs.statSync(target)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

/** True when an output is missing or older than the newest file among the inputs. */
function needsBuild(root = ROOT, outputs = BUILD_OUTPUTS) {
  let oldestOutput = Infinity
  for (const rel of outputs) {
    const file = path.join(root, rel)
    if (!fs.existsSync(file)) return true
    oldestOutput = Math.min(oldestOutput, fs.statSync(file).mtimeMs)
  }
  const newestInput = Math.max(...BUILD_INPUTS.map((rel) => newestMtime(path.join(root, rel))))
  return newestInput > oldestOutput
}

function electronViteCommand(root) {
  const local = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  if (fs.existsSync(local)) return [process.execPath, [local, 'build']]
  return [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build']]
}

/** Builds into out/; prints one line first; on failure prints the build's output and exits 1. */
function build(root = ROOT, announce = 'Building Lodestone (electron-vite build)…') {
  process.stderr.write(`${announce}\n`)
  const [command, args] = electronViteCommand(root)
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32' && command.endsWith('.cmd')
  })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout || ''}${result.stderr || ''}`)
    process.stderr.write(`The build failed${result.error ? ` (${result.error.message})` : ''}; see the output above.\n`)
    process.exit(1)
  }
}

function buildIfNeeded(root = ROOT) {
  if (needsBuild(root)) build(root)
}

/** Runs a child with our stdio; forwards SIGINT/SIGTERM to it and exits with its code. */
function runForwarding(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', ...options })
  const forward = (signal) => () => {
    if (child.exitCode === null) child.kill(signal)
  }
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('error', (e) => {
    process.stderr.write(`Could not start ${path.basename(command)}: ${e.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  return child
}

/** Builds when needed, then runs the browser host with the given arguments. */
function runWebHost(args, root = ROOT) {
  buildIfNeeded(root)
  return runForwarding(process.execPath, [path.join(root, 'out', 'main', 'web.js'), ...args], { cwd: root })
}

module.exports = { ROOT, needsBuild, build, buildIfNeeded, runForwarding, runWebHost }
