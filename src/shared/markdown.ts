// Analyst Markdown (rationale, recommendations, notes) to safe HTML without a DOM, so the same function serves the
// app and PDF briefs rendered in Node. Raw HTML is shown as text, links survive only for http, https and mailto
// (others become their plain text), images become their alt text (nothing loads from the network).
// The renderer passes the result through DOMPurify as well: this is the first wall, not the only one.
import { Marked, type Tokens } from 'marked'

const MAX_LENGTH = 200_000

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Escape text for HTML content, keeping character references ("&amp;", "&#8212;") as the author wrote them. */
function escapeText(text: string): string {
  return text
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const NAMED: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
  num: '#'
}

/** Decode character references the way a browser would before reading a URL's scheme. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

/** The URL to link to, or null when it is not an absolute http, https or mailto URL. */
export function safeHref(href: string): string | null {
  let url = href
  for (let i = 0; i < 3; i++) url = decodeEntities(url)
  url = url.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '').trim()
  if (!/^(https?:\/\/[^\s/]|mailto:\S)/i.test(url)) return null
  return url.replace(/\s/g, '%20')
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      const text = escapeHtml(token.text)
      return 'block' in token && token.block ? `<p>${text}</p>\n` : text
    },
    link(token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens)
      const href = safeHref(token.href)
      if (!href) return inner
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : ''
      return `<a href="${escapeHtml(href)}"${title} rel="noopener noreferrer nofollow" target="_blank">${inner}</a>`
    },
    image(token: Tokens.Image): string {
      return escapeHtml(token.text)
    },
    // marked leaves text after an inline <script> or <pre> unescaped ("raw block"); here text is always escaped.
    text(token: Tokens.Text | Tokens.Escape): string {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens)
      return escapeText(token.text)
    }
  }
})

/** Markdown to HTML that carries no script, style, frame, image, event attribute or unsafe link. */
export function renderMarkdown(source: string | null | undefined): string {
  const text = (source ?? '').slice(0, MAX_LENGTH)
  if (!text.trim()) return ''
  return marked.parse(text, { async: false }) as string
}
