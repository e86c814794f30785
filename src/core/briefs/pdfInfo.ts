// Writes a PDF's document information (title, author, subject, keywords, creator, dates) as a standard
// incremental update: a new Info object, a one-entry cross-reference section and a trailer pointing back to the
// previous one. The printed bytes are left untouched, so any PDF reader sees the original plus the new Info.
import type { PdfMetadata } from './render'

export interface PdfInfo extends PdfMetadata {
  creator: string
  producer: string
}

/** A PDF text string as UTF-16BE hex with a byte-order mark: safe for any character, no escaping rules. */
export function pdfText(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

export function pdfDate(date: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0')
  return `(D:${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z)`
}

interface Trailer {
  size: number
  root: string
  prev: number
}

function readTrailer(pdf: Buffer): Trailer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1')
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!sx) throw new Error('the printed PDF has no cross-reference pointer at its end')
  const prev = Number(sx[1])
  const at = pdf.subarray(prev, Math.min(pdf.length, prev + 1_000_000)).toString('latin1')
  // Classic table: the trailer dictionary follows it. Cross-reference stream: its own dictionary carries the keys.
  const dict = at.startsWith('xref') ? at.slice(at.indexOf('trailer')) : at.slice(0, at.indexOf('stream'))
  const size = /\/Size\s+(\d+)/.exec(dict)
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)
  if (!size || !root) throw new Error('the printed PDF has no readable trailer')
  return { size: Number(size[1]), root: root[1], prev }
}

export function setPdfInfo(pdf: Buffer, info: PdfInfo): Buffer {
  const trailer = readTrailer(pdf)
  const id = trailer.size
  const entries = [
    `/Title ${pdfText(info.title)}`,
    `/Author ${pdfText(info.author)}`,
    `/Subject ${pdfText(info.subject)}`,
    `/Keywords ${pdfText(info.keywords)}`,
    `/Creator ${pdfText(info.creator)}`,
    `/Producer ${pdfText(info.producer)}`,
    `/CreationDate ${pdfDate(info.creationDate)}`,
    `/ModDate ${pdfDate(info.creationDate)}`
  ]
  const head = pdf[pdf.length - 1] === 0x0a ? '' : '\n'
  const objectOffset = pdf.length + head.length
  const object = `${id} 0 obj\n<< ${entries.join(' ')} >>\nendobj\n`
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1')
  const xref = `xref\n${id} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${id + 1} /Root ${trailer.root} /Info ${id} 0 R /Prev ${trailer.prev} >>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.concat([pdf, Buffer.from(head + object + xref, 'latin1')])
}
