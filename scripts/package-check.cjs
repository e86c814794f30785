// The packaging check `npm test` runs (Linux; elsewhere it says why it is skipped): electron-builder --dir against
// a stub Electron distribution (a folder we make, so nothing is downloaded), then the contents of app.asar and
// app.asar.unpacked are checked (scripts/lib/packageContents.cjs), the fuses afterPack set are read back from the
// executable, the Node build of better-sqlite3 in node_modules is byte-for-byte unchanged, and the sizes printed.
// Exit code 1 with one line per problem.
'use strict'
const crypto = require('node:crypto')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { ROOT, buildIfNeeded } = require('./lib/build.cjs')
const { checkPackage, flattenAsarHeader, mb } = require('./lib/packageContents.cjs')
const { fuseProblems, fusedExecutable } = require('./lib/fuses.cjs')

const NODE_ADDON = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

const sha = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/**
 * A stand-in Electron for Linux: the files electron-builder copies, and an "electron" executable that carries a
 * fuse wire (sentinel, version 1, nine fuses) set opposite to what we want, so afterPack's flips are visible.
 */
function makeStubElectron(dir, version) {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true })
  const wire = Buffer.from([1, 9, ...'101100011'.split('').map((c) => c.charCodeAt(0))])
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho stub electron\nexit 1\n'), Buffer.from(SENTINEL), wire]))
  fs.chmodSync(path.join(dir, 'electron'), 0o755)
  for (const f of [
    'chrome-sandbox',
    'chrome_crashpad_handler',
    'libffmpeg.so',
    'icudtl.dat',
    'resources.pak',
    'v8_context_snapshot.bin',
    'LICENSES.chromium.html'
  ]) {
    fs.writeFileSync(path.join(dir, f), '')
  }
  fs.writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '')
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stub')
  fs.writeFileSync(path.join(dir, 'version'), version)
}

function listDir(dir, prefix = '') {
  const out = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listDir(path.join(dir, entry.name), rel))
    else out.push({ path: rel, size: fs.statSync(path.join(dir, entry.name)).size })
  }
  return out
}

async function main() {
  if (process.platform !== 'linux') {
    console.log('package check skipped: the stub Electron distribution is a Linux layout (CI runs it on Linux).')
    return
  }
  buildIfNeeded()
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  const electronVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-package-'))
  const started = Date.now()
  try {
    const stub = path.join(tmp, 'electron-dist')
    const output = path.join(tmp, 'dist')
    makeStubElectron(stub, electronVersion)
    const before = sha(NODE_ADDON)
    const cli = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js')
    const args = [
      cli,
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
      `-c.electronVersion=${electronVersion}`
    ]
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, LODESTONE_STUB_ELECTRON: '1', ELECTRON_BUILDER_CACHE: path.join(tmp, 'cache') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 10 * 60_000
    })
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout}${result.stderr}`)
      throw new Error(`electron-builder --dir failed (exit ${result.status})`)
    }
    const appOutDir = path.join(output, 'linux-unpacked')
    const resources = path.join(appOutDir, 'resources')
    const asar = require('@electron/asar')
    const entries = flattenAsarHeader(asar.getRawHeader(path.join(resources, 'app.asar')).header)
    // The header marks unpacked files; their bytes are in app.asar.unpacked, measured from disk.
    for (const e of entries) if (e.unpacked) e.size = fs.statSync(path.join(resources, 'app.asar.unpacked', e.path)).size
    const starterDir = path.join(ROOT, 'resources', 'starter')
    const { problems, sizes } = checkPackage({
      entries,
      starter: listDir(path.join(resources, 'starter')),
      starterWanted: listDir(starterDir).map((f) => f.path),
      devDependencies: Object.keys(pkg.devDependencies ?? {})
    })
    const fuses = await import('@electron/fuses')
    const executable = fusedExecutable(appOutDir, 'linux', pkg.productName, pkg.name)
    problems.push(...fuseProblems(fuses, await fuses.getCurrentFuseWire(executable)))
    if (sha(NODE_ADDON) !== before) problems.push('packaging changed node_modules/better-sqlite3/build/Release/better_sqlite3.node (the Node build)')
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    console.log(
      `package check (${seconds} s): app.asar ${mb(sizes.asar)}, app.asar.unpacked ${mb(sizes.unpacked)}, starter ${mb(sizes.starter)}; ` +
        `${mb(sizes.total)} besides Electron (budget < 40 MB); ${entries.length} files in app.asar`
    )
    const top = new Map()
    for (const e of entries) {
      const parts = e.path.split('/')
      const key = parts[0] === 'node_modules' ? parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/') : parts.slice(0, 2).join('/')
      top.set(key, (top.get(key) ?? 0) + e.size)
    }
    const largest = [...top].sort((a, b) => b[1] - a[1]).slice(0, 6)
    console.log(`  largest: ${largest.map(([k, v]) => `${k} ${mb(v)}`).join(', ')}`)
    if (problems.length) {
      for (const p of problems) console.error(`package check: ${p}`)
      process.exitCode = 1
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(`package check: ${e.message}`)
  process.exitCode = 1
})
