// What the desktop package must and must not hold, as a pure check over a listing of app.asar (paths, sizes, which
// are unpacked) and the resources folder. Used by scripts/package-check.cjs (npm test) on a real --dir build.
'use strict'

const MB = 1024 * 1024
/** What we ship besides Electron itself (app.asar + app.asar.unpacked + resources/starter), unpacked. */
const SIZE_BUDGET_BYTES = 40 * MB

const REQUIRED = [
  'package.json',
  'out/main/index.js',
  'out/main/importWorker.js',
  'out/preload/index.js',
  'out/renderer/index.html',
  'node_modules/better-sqlite3/lib/index.js'
]
const ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'

/** Paths the desktop app never loads: the browser host's Chromium driver, exceljs's browser bundles, C sources. */
const FORBIDDEN = [
  { prefix: 'node_modules/playwright-core/', why: 'playwright-core (the browser host prints with it; the desktop app never loads it)' },
  { prefix: 'node_modules/exceljs/dist/', why: "exceljs's browser bundles" },
  { prefix: 'node_modules/better-sqlite3/src/', why: "better-sqlite3's C++ sources" },
  { prefix: 'node_modules/better-sqlite3/deps/', why: "better-sqlite3's SQLite sources" },
  { prefix: 'node_modules/better-sqlite3/build/Release/obj', why: "better-sqlite3's build objects" },
  { prefix: 'node_modules/better-sqlite3/build/deps/', why: "better-sqlite3's build objects" }
]

/**
 * entries: [{path, size, unpacked}] from app.asar (paths relative, '/' separators); starter: [{path, size}] of
 * resources/starter; starterWanted: file names the repo's resources/starter holds; devDependencies: names.
 * Returns {problems: [sentence], sizes: {asar, unpacked, starter, total}} (bytes).
 */
function checkPackage({ entries, starter, starterWanted, devDependencies, budget = SIZE_BUDGET_BYTES }) {
  const problems = []
  const byPath = new Map(entries.map((e) => [e.path, e]))
  for (const rel of REQUIRED) if (!byPath.has(rel)) problems.push(`app.asar is missing ${rel}`)
  const addon = byPath.get(ADDON)
  if (!addon) problems.push(`app.asar is missing ${ADDON}`)
  else if (!addon.unpacked) problems.push(`${ADDON} is inside app.asar; it must be unpacked (asarUnpack) to load`)
  for (const e of entries) {
    if (e.path.startsWith('node_modules/better-sqlite3/') && /\.(c|cc|cpp|h|hpp|gyp|gypi|mk|o|a)$/.test(e.path))
      problems.push(`ships a better-sqlite3 source or object file: ${e.path}`)
  }
  for (const f of FORBIDDEN) {
    const hit = entries.find((e) => e.path.startsWith(f.prefix))
    if (hit) problems.push(`ships ${f.why}: ${f.prefix}`)
  }
  for (const name of devDependencies) {
    const hit = entries.find((e) => e.path.startsWith(`node_modules/${name}/`))
    if (hit) problems.push(`ships the devDependency ${name}`)
  }
  const names = new Set(starter.map((s) => s.path))
  for (const name of starterWanted) if (!names.has(name)) problems.push(`resources/starter is missing ${name}`)
  const sum = (list) => list.reduce((n, e) => n + e.size, 0)
  const sizes = {
    asar: sum(entries.filter((e) => !e.unpacked)),
    unpacked: sum(entries.filter((e) => e.unpacked)),
    starter: sum(starter)
  }
  sizes.total = sizes.asar + sizes.unpacked + sizes.starter
  if (sizes.total >= budget) problems.push(`ships ${mb(sizes.total)} besides Electron; the budget is under ${mb(budget)}`)
  return { problems, sizes }
}

function mb(bytes) {
  return `${(bytes / MB).toFixed(1)} MB`
}

/** Flattens @electron/asar's header tree into [{path, size, unpacked}] (files only). */
function flattenAsarHeader(header, prefix = '') {
  const out = []
  for (const [name, node] of Object.entries(header.files ?? {})) {
    const rel = prefix ? `${prefix}/${name}` : name
    if (node.files) out.push(...flattenAsarHeader(node, rel))
    else if (!node.link) out.push({ path: rel, size: Number(node.size ?? 0), unpacked: node.unpacked === true })
  }
  return out
}

module.exports = { SIZE_BUDGET_BYTES, REQUIRED, ADDON, FORBIDDEN, checkPackage, flattenAsarHeader, mb }
