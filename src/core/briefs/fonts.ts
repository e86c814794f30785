// The brief's fonts, embedded as data: URLs at build time (Vite ?inline), so a printed brief loads nothing from the
// network and the packaged app needs no node_modules: Source Serif 4 for the body, Inter for headings and tables.
import serif400 from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?inline'
import serif400i from '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2?inline'
import serif600 from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?inline'
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline'
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?inline'
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?inline'

const FACES: [family: string, weight: number, style: 'normal' | 'italic', url: string][] = [
  ['Source Serif 4', 400, 'normal', serif400],
  ['Source Serif 4', 400, 'italic', serif400i],
  ['Source Serif 4', 600, 'normal', serif600],
  ['Inter', 400, 'normal', inter400],
  ['Inter', 600, 'normal', inter600],
  ['Inter', 700, 'normal', inter700]
]

export const FONT_FACES_CSS = FACES.map(
  ([family, weight, style, url]) =>
    `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};font-display:block;src:url(${url}) format('woff2')}`
).join('\n')
