// For the PDF tests only: a printed brief read back with pdfjs-dist (each page's text, and the metadata), its
// text with whitespace folded, and whether a Chromium is there to print with. A module of its own, so a test
// file never imports another test file (which would run that file's tests again).
import { findChromium } from './printer'

export interface PdfRead {
  pages: string[]
  info: Record<string, unknown>
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  const { info } = await doc.getMetadata()
  await doc.destroy()
  return { pages, info: info as Record<string, unknown> }
}

/** Text with every run of whitespace as one space, as a reader sees a line-wrapped page. */
export const flatText = (s: string): string => s.replace(/\s+/g, ' ')

export const haveChromium = (): boolean => 'path' in findChromium()
