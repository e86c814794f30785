// A readable word-level diff of two texts (rationale, recommendations): common prefix and suffix are kept as
// they are, the middle is aligned by longest common subsequence of words. Very long rewrites (too costly to
// align) come back as "removed all of the old middle, added the new one", which is still correct.
import type { TextDiffPart } from '../../shared/analysis'

const MAX_CELLS = 4_000_000

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t !== '')
}

function push(parts: TextDiffPart[], op: TextDiffPart['op'], text: string): void {
  if (!text) return
  const last = parts[parts.length - 1]
  if (last && last.op === op) last.text += text
  else parts.push({ op, text })
}

/** LCS table over a and b (row-major, (n+1) x (m+1)), lengths of the common subsequence of suffixes. */
function lcsTable(a: string[], b: string[]): Uint32Array {
  const n = a.length
  const m = b.length
  const t = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * (m + 1) + j] = a[i] === b[j] ? t[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(t[(i + 1) * (m + 1) + j]!, t[i * (m + 1) + j + 1]!)
    }
  }
  return t
}

function alignMiddle(parts: TextDiffPart[], a: string[], b: string[]): void {
  if (a.length * b.length > MAX_CELLS) {
    push(parts, 'removed', a.join(''))
    push(parts, 'added', b.join(''))
    return
  }
  const t = lcsTable(a, b)
  const m = b.length
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i++]!)
      j++
    } else if (t[(i + 1) * (m + 1) + j]! >= t[i * (m + 1) + j + 1]!) push(parts, 'removed', a[i++]!)
    else push(parts, 'added', b[j++]!)
  }
  while (i < a.length) push(parts, 'removed', a[i++]!)
  while (j < b.length) push(parts, 'added', b[j++]!)
}

export function wordDiff(before: string, after: string): TextDiffPart[] {
  const a = tokens(before)
  const b = tokens(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const parts: TextDiffPart[] = []
  push(parts, 'same', a.slice(0, start).join(''))
  alignMiddle(parts, a.slice(start, a.length - end), b.slice(start, b.length - end))
  push(parts, 'same', a.slice(a.length - end).join(''))
  return parts
}
