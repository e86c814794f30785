// What the layout recognisers share: the file as they see it (columns, name, path, sheet), what they return,
// and small readers of columns and years.
import type { Mapping, SourceColumn } from '../../../shared/dataFiles'

export interface LayoutContext {
  columns: readonly SourceColumn[]
  fileName: string
  /** The path as the user gave it (the CLI), else the file name: folder names can say what the file is (oec_hs2846/). */
  hint: string
  sheet: string | null
  sheets: readonly string[]
}

export interface Recognised {
  /** "USGS MCS world data, 2025 release". */
  name: string
  mapping: Mapping
}

/** The column with this name (ignoring case, spaces and a BOM), if the file has it. */
export function column(ctx: LayoutContext, ...names: string[]): string | undefined {
  const norm = (s: string): string =>
    s
      .replace(/^\uFEFF/, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase()
  for (const n of names) {
    const hit = ctx.columns.find((c) => norm(c.name) === norm(n))
    if (hit) return hit.name
  }
  return undefined
}

export function hasColumns(ctx: LayoutContext, ...names: string[]): boolean {
  return names.every((n) => column(ctx, n) !== undefined)
}

/** The first year (1900-2099) in a text, e.g. a file name. */
export function yearIn(text: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text)
  return m ? Number(m[1]) : null
}

export function samplesOf(ctx: LayoutContext, name: string | undefined): string[] {
  return name ? (ctx.columns.find((c) => c.name === name)?.samples ?? []) : []
}
