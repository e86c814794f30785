// The brief's screen view, which is the live preview: the same document set in page-sized columns (Chromium's
// fragmentation engine breaks them where print does), side by side on white sheets painted by the canvas
// background, each with the running header and footer and its page number. No script anywhere.
import type { Paper } from '../../shared/briefs'

export const PAPER_MM: Record<Paper, { width: number; height: number }> = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } }
export const MARGIN = { top: 17, right: 17, bottom: 16, left: 17 }
const GAP = 4
/** Sheets drawn with header and footer; longer briefs continue on plain sheets. */
const SHEETS = 40

export interface PageText {
  title: string
  classification: string
  footerLeft: string
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function sheet(i: number, page: { width: number; height: number }, text: PageText): string {
  const x = i * (page.width + GAP)
  const left = x + MARGIN.left
  const right = x + page.width - MARGIN.right
  const head = MARGIN.top - 3
  const foot = page.height - MARGIN.bottom + 5.5
  const label = (at: number, y: number, s: string, anchor = 'start', fill = '#6b747c'): string =>
    s ? `<text x="${at.toFixed(2)}" y="${y}" text-anchor="${anchor}" fill="${fill}">${xml(s)}</text>` : ''
  return [
    `<rect x="${x.toFixed(2)}" y="0" width="${page.width}" height="${page.height}" fill="#fff"/>`,
    i > 0 ? label(left, head, text.title) : '',
    label(right, head, text.classification.toUpperCase(), 'end', '#1d4e6f'),
    label(left, foot, text.footerLeft),
    label(right, foot, `Page ${i + 1}`, 'end')
  ].join('')
}

function sheetsSvg(paper: Paper, text: PageText): string {
  const page = PAPER_MM[paper]
  const width = SHEETS * (page.width + GAP)
  const body = Array.from({ length: SHEETS }, (_, i) => sheet(i, page, text)).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${page.height}mm" viewBox="0 0 ${width} ${page.height}" font-family="Inter, DejaVu Sans, sans-serif" font-size="2.65">${body}</svg>`
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`
}

export function screenRules(paper: Paper, text: PageText): string {
  const { width, height } = PAPER_MM[paper]
  const m = MARGIN
  const plain = `linear-gradient(to right,#fff ${width}mm,transparent ${width}mm)`
  return `@media screen{
  html{background-color:#d9dde2;background-image:${sheetsSvg(paper, text)},${plain};background-size:auto,${width + GAP}mm ${height}mm;background-repeat:no-repeat,repeat-x;background-position:${GAP}mm ${GAP}mm}
  body{margin:0;padding:${GAP}mm;width:max-content}
  .sheet{box-sizing:content-box;width:${width - m.left - m.right}mm;height:${height - m.top - m.bottom}mm;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;column-width:${width - m.left - m.right}mm;column-gap:${m.left + m.right + GAP}mm;column-fill:auto}
}`
}
