// The citation collector: numbers sources in the order the document first uses them and builds the source list.
// Rendering calls cite() as it walks the brief top to bottom, so [1] is the first source a reader meets.
// Also formats a set of numbers compactly ([1, 3–5]).

export interface SourceEntry {
  id: number
  code: string
  title: string
  publisher: string | null
  published: string | null
  url: string | null
  reliability: string | null
}

/** The dataset's sources, read before rendering (briefs/gather.ts). */
export interface SourceBook {
  byId(id: number): SourceEntry | undefined
  byCode(code: string): SourceEntry | undefined
}

export class CitationCollector {
  private readonly numbers = new Map<number, number>()
  private readonly entries: SourceEntry[] = []

  constructor(private readonly sources: SourceBook) {}

  /** The number of source `id`, assigning the next one on first use; null when the source does not exist. */
  cite(id: number | null | undefined): number | null {
    if (id === null || id === undefined) return null
    const known = this.numbers.get(id)
    if (known !== undefined) return known
    const row = this.sources.byId(id)
    if (!row) return null
    this.entries.push(row)
    this.numbers.set(id, this.entries.length)
    return this.entries.length
  }

  /** Cite by source code (for "other sources" lists held as text); unknown codes are skipped. */
  citeCode(code: string): number | null {
    const trimmed = code.trim()
    if (!trimmed) return null
    const id = this.sources.byCode(trimmed)?.id
    if (id === undefined) return null
    return this.cite(id)
  }

  get list(): readonly SourceEntry[] {
    return this.entries
  }

  get size(): number {
    return this.entries.length
  }
}

/** "1, 3–5, 8" from any numbers (duplicates and nulls dropped). */
export function compactNumbers(numbers: readonly (number | null)[]): string {
  const sorted = [...new Set(numbers.filter((n): n is number => n !== null))].sort((a, b) => a - b)
  const parts: string[] = []
  let i = 0
  while (i < sorted.length) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(j - i >= 2 ? `${sorted[i]}\u2013${sorted[j]}` : sorted.slice(i, j + 1).join(', '))
    i = j + 1
  }
  return parts.join(', ')
}
