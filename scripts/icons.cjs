// Draws the app icon (a faceted amber stone on a deep-blue tile) and writes every size the installers need into
// build/: icons/<n>x<n>.png for Linux (16-1024), icon.png (1024), icon.ico for Windows (16-256, PNG entries) and
// icon.icns for macOS (16-1024, PNG entries). Plain Node (zlib), no image tools. `node scripts/icons.cjs`.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

const OUT = path.resolve(__dirname, '..', 'build')
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
// ICNS PNG entry types by size (icp4/icp5/icp6 and ic07-ic10).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024]
]

const TILE = { inset: 0.08, radius: 0.2, top: [0x23, 0x50, 0x7a], bottom: [0x14, 0x2b, 0x44] }
const FACETS = [
  {
    color: [0xf2, 0xc1, 0x4e],
    points: [
      [0.5, 0.2],
      [0.76, 0.38],
      [0.5, 0.47],
      [0.24, 0.38]
    ]
  },
  {
    color: [0xd9, 0x97, 0x2b],
    points: [
      [0.24, 0.38],
      [0.5, 0.47],
      [0.5, 0.82],
      [0.31, 0.71]
    ]
  },
  {
    color: [0xb0, 0x6c, 0x16],
    points: [
      [0.76, 0.38],
      [0.69, 0.71],
      [0.5, 0.82],
      [0.5, 0.47]
    ]
  }
]

function inPolygon(x, y, pts) {
  let inside = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]
    const [xj, yj] = pts[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function inTile(x, y) {
  const { inset, radius } = TILE
  const lo = inset + radius
  const hi = 1 - inset - radius
  const cx = Math.min(Math.max(x, lo), hi)
  const cy = Math.min(Math.max(y, lo), hi)
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}

/** The colour at a point of the unit square, or null (transparent). */
function colourAt(x, y) {
  if (!inTile(x, y)) return null
  for (const f of FACETS) if (inPolygon(x, y, f.points)) return f.color
  const t = (y - TILE.inset) / (1 - 2 * TILE.inset)
  return TILE.top.map((c, i) => Math.round(c + (TILE.bottom[i] - c) * t))
}

/** RGBA pixels at size n, 4x4 supersampled (premultiplied average, then un-premultiplied). */
function render(n) {
  const px = Buffer.alloc(n * n * 4)
  const ss = 4
  for (let py = 0; py < n; py++) {
    for (let pxl = 0; pxl < n; pxl++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((pxl + (sx + 0.5) / ss) / n, (py + (sy + 0.5) / ss) / n)
          if (!c) continue
          r += c[0]
          g += c[1]
          b += c[2]
          a += 1
        }
      }
      const o = (py * n + pxl) * 4
      if (a) {
        px[o] = Math.round(r / a)
        px[o + 1] = Math.round(g / a)
        px[o + 2] = Math.round(b / a)
        px[o + 3] = Math.round((255 * a) / (ss * ss))
      }
    }
  }
  return px
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(n) {
  const px = render(n)
  const raw = Buffer.alloc(n * (n * 4 + 1))
  for (let y = 0; y < n; y++) px.copy(raw, y * (n * 4 + 1) + 1, y * n * 4, (y + 1) * n * 4)
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(n, 0)
  ihdr.writeUInt32BE(n, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

function ico(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  const entries = []
  let offset = 6 + 16 * pngs.length
  for (const [n, data] of pngs) {
    const e = Buffer.alloc(16)
    e[0] = n >= 256 ? 0 : n
    e[1] = n >= 256 ? 0 : n
    e.writeUInt16LE(1, 4)
    e.writeUInt16LE(32, 6)
    e.writeUInt32LE(data.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += data.length
    entries.push(e)
  }
  return Buffer.concat([header, ...entries, ...pngs.map(([, d]) => d)])
}

function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(data.length + 8, 4)
    return Buffer.concat([head, data])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4)
  return Buffer.concat([head, ...parts])
}

function main() {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, n]) => n)])]
  const pngs = new Map(sizes.map((n) => [n, png(n)]))
  fs.mkdirSync(path.join(OUT, 'icons'), { recursive: true })
  for (const n of LINUX_SIZES) fs.writeFileSync(path.join(OUT, 'icons', `${n}x${n}.png`), pngs.get(n))
  fs.writeFileSync(path.join(OUT, 'icon.png'), pngs.get(1024))
  fs.writeFileSync(path.join(OUT, 'icon.ico'), ico(ICO_SIZES.map((n) => [n, pngs.get(n)])))
  fs.writeFileSync(path.join(OUT, 'icon.icns'), icns(ICNS_TYPES.map(([t, n]) => [t, pngs.get(n)])))
  console.log(`icons written to ${path.relative(process.cwd(), OUT) || OUT}`)
}

if (require.main === module) main()

module.exports = { LINUX_SIZES, ICO_SIZES, ICNS_TYPES }
