// Recognised layouts: files analysts actually have (USGS MCS, UN Comtrade classic CSV, OEC, plain tables of
// facilities and initiatives), each recognised by its columns and proposed as a complete mapping that names
// itself ("USGS MCS world data, 2025 release") and stays editable. The first layout that matches wins.
import type { LayoutContext, Recognised } from './helpers'
import { comtradeClassic, oecNetTrade } from './trade'
import { mcsCommodities, mcsSalient, mcsWorld, mybTable } from './usgs'
import { arcgisFacilities, cmifRecipients, depositsTable } from './entities'

export type { LayoutContext, Recognised }

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
