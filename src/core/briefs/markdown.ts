// A brief as Markdown, converted from the very HTML that prints (so numbers, citations and order match the PDF).
// Handles only the markup our templates emit; charts become their captions. Text is escaped so a note holding
// HTML stays inert in whatever viewer opens the file.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ', rsquo: '\u2019' }

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name]
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return m
  })
}

function escapeMd(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`[\]])/g, '\\$1')
}

const HEADINGS: Record<string, string> = { h1: '# ', h2: '## ', h3: '### ' }
const INLINE_MARKS: Record<string, string> = { strong: '**', b: '**', em: '*', code: '`' }

interface Cell {
  header: boolean
  text: string
  span: number
}

/** Walks the tags of our own static markup; returns Markdown blocks. */
export function htmlToMarkdown(html: string): string {
  const body = html
    .replace(/^[\s\S]*?<main[^>]*>/, '')
    .replace(/<\/main>[\s\S]*$/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
  const out: string[] = []
  let line = ''
  let rows: Cell[][] | null = null
  let row: Cell[] | null = null
  let cell: Cell | null = null
  let listDepth = 0
  const emit = (text: string): void => {
    if (cell) cell.text += text
    else line += text
  }
  const flush = (prefix = ''): void => {
    const text = line.replace(/\s+/g, ' ').trim()
    if (text) out.push(prefix + text)
    line = ''
  }
  for (const token of body.split(/(<[^>]+>)/)) {
    if (!token) continue
    if (!token.startsWith('<')) {
      emit(escapeMd(decode(token)))
      continue
    }
    const m = /^<(\/?)([a-z0-9]+)([^>]*)>$/i.exec(token)
    if (!m) continue
    const [, close, tag, attrs] = m
    const span = Number(/colSpan="(\d+)"|colspan="(\d+)"/i.exec(attrs)?.slice(1).find(Boolean) ?? 1)
    if (!close) {
      if (tag in HEADINGS) {
        flush()
        line = HEADINGS[tag]
      } else if (tag === 'p' || tag === 'figcaption' || tag === 'footer') flush()
      else if (tag === 'li') {
        flush()
        line = listDepth ? '- ' : ''
      } else if (tag === 'ul' || tag === 'ol') {
        flush()
        listDepth++
      } else if (tag === 'table') {
        flush()
        rows = []
      } else if (tag === 'tr') row = []
      else if (tag === 'td' || tag === 'th') cell = { header: tag === 'th', text: '', span }
      else if (tag === 'span' && /class="sub"/.test(attrs)) emit(' \u2014 ')
      else if (INLINE_MARKS[tag]) emit(INLINE_MARKS[tag])
      else if (tag === 'br') emit(' ')
      continue
    }
    if (tag in HEADINGS || ['p', 'li', 'figcaption', 'footer'].includes(tag)) flush()
    else if (tag === 'ul' || tag === 'ol') listDepth--
    else if (INLINE_MARKS[tag]) emit(INLINE_MARKS[tag])
    else if ((tag === 'td' || tag === 'th') && cell && row) {
      row.push(cell)
      cell = null
    } else if (tag === 'tr' && row && rows) {
      rows.push(row)
      row = null
    } else if (tag === 'table' && rows) {
      out.push(tableMarkdown(rows))
      rows = null
    }
  }
  flush()
  return `${out.join('\n\n').replace(/\*\*\s*\*\*/g, '')}\n`
}

function tableMarkdown(rows: Cell[][]): string {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.span, 0)), 1)
  const cells = (r: Cell[]): string[] => {
    const texts = r.flatMap((c) => [c.text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim(), ...Array<string>(c.span - 1).fill('')])
    while (texts.length < width) texts.push('')
    return texts
  }
  const [head, ...rest] = rows[0]?.every((c) => c.header) ? rows : [[], ...rows]
  const header = head.length ? cells(head) : Array<string>(width).fill(' ')
  const lines = [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(width)}`, ...rest.map((r) => `| ${cells(r).join(' | ')} |`)]
  return lines.join('\n')
}
