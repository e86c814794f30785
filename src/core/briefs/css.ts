// The brief's print stylesheet: page size and margins, running header and footer in CSS page-margin boxes
// (title, classification, "Page x of y"), serif body, sans headings, light-ruled tables that do not split rows,
// and (from screen.ts) the screen view that shows the same document on paper-sized sheets for the preview.
import type { Paper } from '../../shared/briefs'
import { ACCENT } from './charts'
import { FONT_FACES_CSS } from './fonts'
import { MARGIN, screenRules, type PageText } from './screen'

export type { PageText }

/** A CSS string literal that no text can break out of (quotes, backslashes, "</style>" all become hex escapes). */
export function cssString(text: string): string {
  const safe = [...text.replace(/\s+/g, ' ')]
    .map((ch) => (/[A-Za-z0-9 .,:;!?()\-\u2013\u2014\u00b7]/.test(ch) ? ch : `\\${ch.codePointAt(0)?.toString(16)} `))
    .join('')
  return `"${safe}"`
}

function pageRules(paper: Paper, text: PageText): string {
  const box = "font-family:'Inter',sans-serif;font-size:7.5pt;color:#6b747c;"
  return `
@page{size:${paper};margin:${MARGIN.top}mm ${MARGIN.right}mm ${MARGIN.bottom}mm ${MARGIN.left}mm;
  @top-left{content:${cssString(text.title)};${box}vertical-align:bottom;padding-bottom:3mm}
  @top-right{content:${cssString(text.classification.toUpperCase())};${box}color:${ACCENT};font-weight:600;letter-spacing:.06em;vertical-align:bottom;padding-bottom:3mm}
  @bottom-left{content:${cssString(text.footerLeft)};${box}vertical-align:top;padding-top:3mm}
  @bottom-right{content:"Page " counter(page) " of " counter(pages);${box}vertical-align:top;padding-top:3mm}}
@page:first{@top-left{content:none}}`
}

const BODY = `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:'Source Serif 4',Georgia,serif;font-size:9.4pt;line-height:1.38;color:#23282d;font-kerning:normal;font-variant-numeric:lining-nums;hyphens:auto;orphans:3;widows:3;overflow-wrap:break-word}
h1,h2,h3,.masthead,table,figcaption,.meta,.sources,.colophon,.kicker{font-family:'Inter',sans-serif}
.kicker{font-size:7.5pt;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:${ACCENT};margin:0 0 2.5mm}
h1{font-size:19pt;line-height:1.15;font-weight:700;letter-spacing:-.01em;margin:0 0 2.5mm;color:#14181c}
.meta{font-size:8pt;color:#5b646c;margin:0 0 1.5mm}
.lead{font-size:8pt;color:#5b646c;margin:0}
.masthead{border-bottom:1.2pt solid ${ACCENT};padding-bottom:3mm;margin-bottom:3mm}
h2{font-size:10pt;font-weight:600;color:${ACCENT};margin:4.5mm 0 1.6mm;break-after:avoid;letter-spacing:.01em}
h3{font-size:9pt;font-weight:600;margin:3.5mm 0 1.2mm;break-after:avoid;color:#23282d}
p{margin:0 0 2mm}
ul{margin:0 0 2mm;padding-left:4.5mm}
li{margin:0 0 1.4mm;padding-left:.5mm}
li::marker{color:${ACCENT}}
strong{font-weight:600}
.cite{font-family:'Inter',sans-serif;font-size:.78em;color:${ACCENT};white-space:nowrap;font-variant-numeric:tabular-nums}
.fig{white-space:nowrap}
.missing{color:#a3262a;font-weight:600}
.highlights ul{padding-left:4mm}
.highlights li{margin-bottom:1.3mm}
table{width:100%;border-collapse:collapse;font-size:7.4pt;line-height:1.28;margin:.5mm 0 2mm;font-variant-numeric:tabular-nums}
thead{display:table-header-group}
tr{break-inside:avoid}
th{text-align:left;font-weight:600;color:#4a525a;border-bottom:.8pt solid #39424a;padding:1.2mm 2mm 1.2mm 0;vertical-align:bottom}
td{border-bottom:.4pt solid #d5dbe0;padding:1mm 2mm 1mm 0;vertical-align:top}
th:last-child,td:last-child{padding-right:0}
td.num,th.num{text-align:right;white-space:nowrap}
td.src{white-space:nowrap;width:1%}
tr.group td{font-size:6.8pt;font-weight:600;letter-spacing:.07em;text-transform:uppercase;color:${ACCENT};border-bottom:.6pt solid ${ACCENT};padding-top:2mm}
.sub{display:block;color:#6b747c;font-size:6.8pt;margin-top:.3mm}
.name{font-weight:600;color:#23282d}
.sev{display:inline-block;min-width:4.2mm;text-align:center;font-weight:600;border-radius:1mm;padding:0 .8mm;color:#fff}
.sev.s0{background:#fff;color:#6b747c;border:.4pt solid #b7c0c8;font-weight:400}
.sev.s1{background:#f2c9b8;color:#5a2a18}.sev.s2{background:#e5a38a;color:#4a1f10}.sev.s3{background:#d4735a}.sev.s4{background:#b2432f}.sev.s5{background:#7d1d14}
.draft{font-size:6.5pt;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:#8a5a00;margin-left:1mm;white-space:nowrap}
.figures{display:grid;grid-template-columns:1fr 1fr;gap:4mm 6mm;margin:1mm 0 2mm}
figure{margin:0;break-inside:avoid}
figure svg{width:100%;height:auto;display:block}
figcaption{font-size:7.3pt;line-height:1.3;color:#4a525a;margin-top:1mm}
figcaption b{color:#23282d;font-weight:600}
.takeaway{border-left:1.6pt solid ${ACCENT};padding:.5mm 0 .5mm 4mm;margin:2mm 0 3mm;break-inside:avoid}
.takeaway p{font-size:9.8pt}
.assessment{break-inside:auto;margin-bottom:4mm}
.assessment .facts{font-family:'Inter',sans-serif;font-size:7.6pt;color:#5b646c;margin:0 0 2mm}
.sources{font-size:6.9pt;line-height:1.3;color:#3c444b}
.sources ol{list-style:none;padding:0;margin:0;columns:2;column-gap:6mm}
.sources li{display:grid;grid-template-columns:7mm 1fr;margin:0 0 1.1mm;break-inside:avoid}
.sources .n{color:${ACCENT};font-weight:600}
.sources .url{color:#6b747c;text-decoration:none;overflow-wrap:break-word}
.colophon{margin-top:6mm;padding-top:2mm;border-top:.4pt solid #c9d0d6;font-size:6.8pt;color:#6b747c;break-inside:avoid}
.colophon code{font-family:'DejaVu Sans Mono',monospace;font-size:6.3pt;word-break:break-all}
.empty{font-style:italic;color:#6b747c}
.note{font-size:7.2pt;color:#6b747c}
`

export function briefCss(paper: Paper, text: PageText): string {
  return `${FONT_FACES_CSS}\n${pageRules(paper, text)}\n${BODY}\n${screenRules(paper, text)}`
}
