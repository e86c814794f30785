// Recognised layouts: files analysts actually have (USGS MCS, UN Comtrade classic CSV, OEC, plain tables of
// facilities and initiatives), each recognised by its columns and proposed as a complete mapping that names
// itself ("USGS MCS world data, 2025 release") and stays editable. The first layout that matches wins.
import type { ImportTable, Mapping, SourceColumn } from '../../../shared/dataFiles'
import { comtradeClassic, oecNetTrade } from './trade'
import { mcsCommodities, mcsSalient, mcsWorld, mybTable } from './usgs'
import { arcgisFacilities, cmifRecipients, depositsTable } from './entities'

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

export type Recogniser = (ctx: LayoutContext) => Recognised | null

const RECOGNISERS: readonly Recogniser[] = [
  comtradeClassic,
  oecNetTrade,
  mcsCommodities,
  mcsWorld,
  mcsSalient,
  mybTable,
  depositsTable,
  arcgisFacilities,
  cmifRecipients
]

/** The first layout the file matches, or null. */
export function recognise(ctx: LayoutContext): Recognised | null {
  for (const r of RECOGNISERS) {
    const found = r(ctx)
    if (found) return { ...found, mapping: { ...found.mapping, layout: found.name } }
  }
  return null
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

export type { ImportTable }
