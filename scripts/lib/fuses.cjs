// The Electron fuses the packaged app is built with (Electron's security checklist): no ELECTRON_RUN_AS_NODE,
// no NODE_OPTIONS or --inspect, cookies encrypted, the app loaded only from an app.asar whose integrity is checked,
// and no extra privileges for file:// pages. Set by scripts/afterPack.cjs and read back by the packaging check.
'use strict'
const path = require('node:path')

/** Fuse name -> wanted state (true = enabled). The names are @electron/fuses' FuseV1Options keys. */
const WANTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false
}

/** The @electron/fuses config for flipFuses, given its module (loaded with import(), it is ESM). */
function fuseConfig(fuses, platform) {
  const config = { version: fuses.FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' }
  for (const [name, state] of Object.entries(WANTED_FUSES)) config[fuses.FuseV1Options[name]] = state
  return config
}

/** The file holding the fuse wire: the executable, or the .app bundle on macOS. */
function fusedExecutable(appOutDir, platform, productFilename, executableName) {
  if (platform === 'darwin' || platform === 'mas') return path.join(appOutDir, `${productFilename}.app`)
  if (platform === 'win32') return path.join(appOutDir, `${productFilename}.exe`)
  return path.join(appOutDir, executableName)
}

/** Problems with a read-back wire (getCurrentFuseWire's answer), as sentences; [] when all are as wanted. */
function fuseProblems(fuses, wire) {
  const problems = []
  for (const [name, state] of Object.entries(WANTED_FUSES)) {
    const got = wire[fuses.FuseV1Options[name]]
    const want = state ? fuses.FuseState.ENABLE : fuses.FuseState.DISABLE
    if (got !== want) problems.push(`fuse ${name} is ${fuses.FuseState[got] ?? got}, not ${state ? 'ENABLE' : 'DISABLE'}`)
  }
  return problems
}

module.exports = { WANTED_FUSES, fuseConfig, fusedExecutable, fuseProblems }
