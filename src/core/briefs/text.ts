// The analyst's free text in a brief, parsed into blocks and inline pieces: paragraphs, "- " bullets,
// **bold**, *italic*, and figure references {F0003} or {F0028/F0058}. Everything else stays literal text:
// nothing in it is ever treated as HTML, so a pasted <script> prints as the characters it is.
export type Inline = { kind: 'text'; text: string } | { kind: 'bold' | 'italic'; children: Inline[] } | { kind: 'figure'; codes: [string] | [string, string] }

export type Block = { kind: 'paragraph'; inline: Inline[] } | { kind: 'list'; items: Inline[][] }

const INLINE = /(\*\*[^*\n]+\*\*|\*[^*\s][^*\n]*\*|\{[A-Za-z][\w-]{0,30}(?:\/[A-Za-z][\w-]{0,30})?\})/g

export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) })
    const token = m[0]
    if (token.startsWith('**')) out.push({ kind: 'bold', children: parseInline(token.slice(2, -2)) })
    else if (token.startsWith('*')) out.push({ kind: 'italic', children: parseInline(token.slice(1, -1)) })
    else {
      const [a, b] = token.slice(1, -1).split('/')
      out.push({ kind: 'figure', codes: b ? [a, b] : [a] })
    }
    last = at + token.length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

const BULLET = /^\s*[-*\u2022]\s+/

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: string[] = []
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inline: parseInline(paragraph.join(' ')) })
    if (list.length) blocks.push({ kind: 'list', items: list.map(parseInline) })
    paragraph = []
    list = []
  }
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) flush()
    else if (BULLET.test(line)) {
      if (paragraph.length) flush()
      list.push(line.replace(BULLET, ''))
    } else if (list.length && /^\s+\S/.test(line)) list[list.length - 1] += ` ${line.trim()}`
    else {
      if (list.length) flush()
      paragraph.push(line.trim())
    }
  }
  flush()
  return blocks
}

/** The figure codes a text refers to, in order. */
export function figureCodes(text: string): string[] {
  const codes: string[] = []
  const walk = (pieces: Inline[]): void => {
    for (const p of pieces) {
      if (p.kind === 'figure') codes.push(...p.codes)
      else if (p.kind !== 'text') walk(p.children)
    }
  }
  for (const block of parseBlocks(text)) {
    if (block.kind === 'paragraph') walk(block.inline)
    else block.items.forEach(walk)
  }
  return codes
}

const YEAR = /^(1[89]|20|21)\d\d$/
const NUMBER_WITH_UNIT = /(?<![\w{/.-])(\d[\d,]*(?:\.\d+)?)\s?(%|per ?cent|percent|t\b|kt\b|Mt\b|kg\b|tonnes?\b|million\b|billion\b|crore\b|USD\b)?/gi

/** Numbers typed into free text rather than referenced from the dataset: years and small counts are allowed. */
export function bareNumbers(text: string): string[] {
  const found: string[] = []
  const plain = text.replace(INLINE, (token) => (token.startsWith('{') ? ' ' : token))
  for (const m of plain.matchAll(NUMBER_WITH_UNIT)) {
    const digits = m[1].replace(/,/g, '')
    const hasUnit = Boolean(m[2])
    if (!hasUnit && (YEAR.test(digits) || Number(digits) < 100)) continue
    found.push(m[0].trim())
  }
  return found
}
