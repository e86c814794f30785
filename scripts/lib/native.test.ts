// Reading what a binary is built for: the CPU from real ELF/Mach-O/PE headers, and the module ABI of a real addon.
// The Node build of better-sqlite3 in node_modules must be refused for Electron (a different ABI), which is how a
// build mislabelled as Electron's (electron-builder install-app-deps does this here) is caught.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const native = require('./native.cjs') as {
  archOfHeader(buf: Buffer): string | null
  archOfFile(file: string): string | null
  addonAbi(file: string): number | null
  addonMismatch(file: string, wanted: { abi: number; arch: string; runtime: string }): string | null
}

const NODE_ADDON = path.resolve(__dirname, '../../node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-native-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function machO(cpu: number): Buffer {
  const b = Buffer.alloc(64)
  b.writeUInt32LE(0xfeedfacf, 0)
  b.writeUInt32LE(cpu, 4)
  return b
}

function pe(machine: number): Buffer {
  const b = Buffer.alloc(256)
  b.write('MZ', 0, 'latin1')
  b.writeUInt32LE(0x80, 0x3c)
  b.writeUInt32BE(0x50450000, 0x80)
  b.writeUInt16LE(machine, 0x84)
  return b
}

describe('archOfFile', () => {
  it('reads the running Node executable as process.arch', () => {
    expect(native.archOfFile(process.execPath)).toBe(process.arch)
  })

  it.each([
    ['Mach-O arm64', machO(0x0100000c), 'arm64'],
    ['Mach-O x64', machO(0x01000007), 'x64'],
    ['PE x64', pe(0x8664), 'x64'],
    ['PE arm64', pe(0xaa64), 'arm64'],
    ['Mach-O fat', Buffer.from('cafebabe00000002' + '00'.repeat(40), 'hex'), 'universal'],
    ['text', Buffer.from('#!/bin/sh\necho not a binary at all\n'), null]
  ])('reads a %s header from a file', (_name, bytes, arch) => {
    const file = path.join(dir, `bin-${String(arch)}-${bytes.length}`)
    fs.writeFileSync(file, bytes)
    expect(native.archOfFile(file)).toBe(arch)
  })

  it('answers null for a missing file', () => {
    expect(native.archOfFile(path.join(dir, 'nope'))).toBeNull()
  })
})

describe('addon checks', () => {
  it('reads the ABI of the Node build of better-sqlite3 as this Node’s', () => {
    expect(native.addonAbi(NODE_ADDON)).toBe(Number(process.versions.modules))
  })

  it('accepts that build for this Node and refuses it for Electron 45 (ABI 150) in words', () => {
    expect(native.addonMismatch(NODE_ADDON, { abi: Number(process.versions.modules), arch: process.arch, runtime: 'Node' })).toBeNull()
    expect(native.addonMismatch(NODE_ADDON, { abi: 150, arch: process.arch, runtime: 'Electron 45.5.0' })).toMatch(
      new RegExp(`built for module ABI ${process.versions.modules}, not 150 \\(Electron 45.5.0\\)`)
    )
  })

  it('refuses it for another CPU', () => {
    const other = process.arch === 'arm64' ? 'x64' : 'arm64'
    expect(native.addonMismatch(NODE_ADDON, { abi: Number(process.versions.modules), arch: other, runtime: 'Node' })).toMatch(`not ${other}`)
  })
})
