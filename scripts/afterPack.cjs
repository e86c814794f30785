// electron-builder's afterPack hook (before signing): gives the packaged app Electron's own better-sqlite3 (the repo's
// node_modules keeps its Node build; npmRebuild is off) and sets the Electron fuses. The binary comes from
// .electron-native/ (prebuilt for Electron's runtime, or a source build on the same platform) for the target's
// platform and arch, and is checked (module ABI, CPU) before it replaces the Node build copied into app.asar.unpacked.
// LODESTONE_STUB_ELECTRON=1 (the packaging check, which packs a stub Electron that cannot run) keeps the copied
// binary and says so; the fuses are still set and read back there.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { currentTarget, ensureElectronSqlite } = require('./lib/electron.cjs')
const { addonMismatch } = require('./lib/native.cjs')
const { fuseConfig, fusedExecutable } = require('./lib/fuses.cjs')

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'arm', 3: 'arm64', 4: 'universal' }
const ROOT = path.resolve(__dirname, '..')

function resourcesDir(appOutDir, platform, productFilename) {
  if (platform === 'darwin' || platform === 'mas') return path.join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources')
  return path.join(appOutDir, 'resources')
}

/** The unpacked addon inside the package (asarUnpack keeps it out of the archive so it can be loaded). */
function packagedAddon(appOutDir, platform, productFilename) {
  return path.join(
    resourcesDir(appOutDir, platform, productFilename),
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node'
  )
}

function installElectronSqlite(context, platform, arch, productFilename) {
  const addon = packagedAddon(context.appOutDir, platform, productFilename)
  if (process.env.LODESTONE_STUB_ELECTRON === '1') {
    console.log(`  • afterPack: stub Electron (packaging check): kept the copied better-sqlite3 build at ${path.relative(ROOT, addon)}`)
    return
  }
  const base = currentTarget(ROOT, null)
  if (!base) throw new Error('afterPack: Electron or better-sqlite3 is not installed in node_modules (run npm install).')
  const target = { ...base, platform: platform === 'mas' ? 'darwin' : platform, arch }
  const built = ensureElectronSqlite(target, { root: ROOT })
  if (!built.ok) throw new Error(`afterPack: could not get better-sqlite3 for Electron ${target.electron} ${target.platform}-${target.arch}: ${built.message}`)
  const wrong = addonMismatch(built.file, { abi: target.abi, arch, runtime: `Electron ${target.electron}` })
  if (wrong) throw new Error(`afterPack: ${wrong}`)
  fs.mkdirSync(path.dirname(addon), { recursive: true })
  fs.copyFileSync(built.file, addon)
  console.log(
    `  • afterPack: better-sqlite3 for Electron ${target.electron} ${target.platform}-${arch} (${built.how}) -> ${path.relative(context.appOutDir, addon)}`
  )
}

module.exports = async function afterPack(context) {
  const platform = context.electronPlatformName
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch)
  const productFilename = context.packager.appInfo.productFilename
  if (arch !== 'universal') installElectronSqlite(context, platform, arch, productFilename)
  const fuses = await import('@electron/fuses')
  const executable = fusedExecutable(context.appOutDir, platform, productFilename, context.packager.executableName)
  await fuses.flipFuses(executable, fuseConfig(fuses, platform))
  console.log(`  • afterPack: Electron fuses set on ${path.basename(executable)}`)
}

module.exports.packagedAddon = packagedAddon
module.exports.resourcesDir = resourcesDir
