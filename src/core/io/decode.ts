// Bytes of a text file -> text, with the encoding found from its BOM or its bytes (UTF-8, UTF-16 LE/BE,
// otherwise Windows-1252, which also reads plain ASCII and Latin-1 files as their authors meant).
// Decoding goes through TextDecoder so every encoding is handled the same way; an explicit choice wins.
import { isUtf8 } from 'node:buffer'
import type { Encoding } from '../../shared/dataFiles'

export interface Decoded {
  text: string
  encoding: Encoding
  /** True when the encoding was read from a byte-order mark. */
  bom: boolean
}

function bomOf(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** UTF-16 without a BOM: text in Latin scripts has a zero byte in every other position. */
function utf16Guess(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

/** Strict UTF-8 (as TextDecoder's fatal mode), checked without making the text: a 50 MB file is not decoded twice. */
function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes)
}

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bom: boolean } {
  const bom = bomOf(bytes)
  if (bom) return { encoding: bom, bom: true }
  const wide = utf16Guess(bytes)
  if (wide) return { encoding: wide, bom: false }
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bom: false }
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes, the euro sign). Node's TextDecoder
// treats the label as Latin-1 in some builds, so those 32 code points are mapped here explicitly.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!)
}

/** Decode with the given encoding, or the detected one for 'auto'. A BOM is never part of the text. */
export function decodeText(bytes: Uint8Array, choice: Encoding | 'auto' = 'auto'): Decoded {
  const detected = detectEncoding(bytes)
  const encoding = choice === 'auto' ? detected.encoding : choice
  const raw = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes)
  const text = encoding === 'windows-1252' ? fixCp1252(raw) : raw
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, bom: detected.bom && detected.encoding === encoding }
}

/** Bytes that cannot be a text file at all (a zip, an image): NULs in a file that is not UTF-16. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomOf(bytes) || utf16Guess(bytes)) return false
  const n = Math.min(bytes.length, 4096)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true
  return false
}
