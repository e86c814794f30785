// The icons the installers need, as files in build/ (made by scripts/icons.cjs): a PNG per size for Linux, a
// Windows .ico and a macOS .icns holding every size, each entry a real PNG of the size it claims.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const icons = require('../icons.cjs') as { LINUX_SIZES: number[]; ICO_SIZES: number[]; ICNS_TYPES: [string, number][] }
const BUILD = path.resolve(__dirname, '../../build')

function pngSize(buf: Buffer): number[] {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)]
}

describe('icons in build/', () => {
  it('has a Linux PNG at every size', () => {
    for (const n of icons.LINUX_SIZES) expect(pngSize(fs.readFileSync(path.join(BUILD, 'icons', `${n}x${n}.png`)))).toEqual([n, n])
    expect(pngSize(fs.readFileSync(path.join(BUILD, 'icon.png')))).toEqual([1024, 1024])
  })

  it('has a Windows .ico with 16 to 256', () => {
    const ico = fs.readFileSync(path.join(BUILD, 'icon.ico'))
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, i) => {
      const e = 6 + 16 * i
      const png = ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8))
      return pngSize(png)[0]
    })
    expect(sizes).toEqual(icons.ICO_SIZES)
  })

  it('has a macOS .icns with 16 to 1024', () => {
    const icns = fs.readFileSync(path.join(BUILD, 'icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found: [string, number][] = []
    for (let o = 8; o < icns.length;) {
      const len = icns.readUInt32BE(o + 4)
      found.push([icns.subarray(o, o + 4).toString('latin1'), pngSize(icns.subarray(o + 8, o + len))[0]])
      o += len
    }
    expect(found).toEqual(icons.ICNS_TYPES)
  })
})
