// What a native binary is built for, read from the file itself: the CPU architecture (ELF, Mach-O or PE header)
// and, for a Node addon, the module ABI it registers (node_register_module_v<N>). Used to refuse an addon built
// for Node where Electron needs one (electron-builder's install-app-deps can label a Node build as Electron's).
'use strict'
const fs = require('node:fs')

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'arm', 0x3e: 'x64', 0xb7: 'arm64' }
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64', 0x00000007: 'ia32', 0x0000000c: 'arm' }
const PE_MACHINES = { 0x014c: 'ia32', 0x01c4: 'arm', 0x8664: 'x64', 0xaa64: 'arm64' }

/** 'x64' | 'arm64' | 'ia32' | 'arm' | 'universal' (a Mach-O fat file), or null when the header is not one we know. */
function archOfHeader(buf) {
  if (!Buffer.isBuffer(buf) || buf.length < 20) return null
  if (buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46) {
    const machine = buf[5] === 2 ? buf.readUInt16BE(18) : buf.readUInt16LE(18)
    return ELF_MACHINES[machine] ?? null
  }
  const magicLE = buf.readUInt32LE(0)
  if (magicLE === 0xfeedfacf || magicLE === 0xfeedface) return MACHO_CPUS[buf.readUInt32LE(4)] ?? null
  if (buf.readUInt32BE(0) === 0xcafebabe) return 'universal'
  if (buf[0] === 0x4d && buf[1] === 0x5a && buf.length >= 0x40) {
    const pe = buf.readUInt32LE(0x3c)
    if (pe + 6 > buf.length || buf.readUInt32BE(pe) !== 0x50450000) return null
    return PE_MACHINES[buf.readUInt16LE(pe + 4)] ?? null
  }
  return null
}

function readHead(file, bytes = 4096) {
  const fd = fs.openSync(file, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const n = fs.readSync(fd, buf, 0, bytes, 0)
    return buf.subarray(0, n)
  } catch {
    return Buffer.alloc(0)
  } finally {
    fs.closeSync(fd)
  }
}

/** The architecture of an executable or shared library on disk, or null when unreadable or unknown. */
function archOfFile(file) {
  try {
    return archOfHeader(readHead(file))
  } catch {
    return null
  }
}

/** The module ABI number a (non-N-API) Node addon registers, or null when the file names none. */
function addonAbi(file) {
  let text
  try {
    text = fs.readFileSync(file).toString('latin1')
  } catch {
    return null
  }
  const match = /node_register_module_v(\d+)/.exec(text)
  return match ? Number(match[1]) : null
}

/**
 * Whether an addon can be loaded by a runtime with the given ABI and arch. Returns null when it fits, else a
 * sentence saying what is wrong.
 */
function addonMismatch(file, wanted) {
  if (!fs.existsSync(file)) return `${file} does not exist`
  const abi = addonAbi(file)
  if (abi !== wanted.abi) return `${file} is built for module ABI ${abi ?? 'unknown'}, not ${wanted.abi} (${wanted.runtime})`
  const arch = archOfFile(file)
  if (arch !== wanted.arch && arch !== 'universal') return `${file} is built for ${arch ?? 'an unknown CPU'}, not ${wanted.arch}`
  return null
}

module.exports = { archOfHeader, archOfFile, addonAbi, addonMismatch }
