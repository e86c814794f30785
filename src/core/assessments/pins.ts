// Pins for computed indicators cited as evidence: one row per indicator and (resolved, canonical) parameters,
// created on first use and never edited, so an evidence link can point at "this indicator with these settings".
import type { IndicatorId, IndicatorParams } from '../../shared/analysis'
import { INDICATOR_IDS } from '../../shared/analysis'
import type { Db } from '../db/open'
import { indicatorDef } from '../indicators/registry'
import { resolveParams } from '../indicators/params'
import { prepared } from '../tables/statements'

export interface Pin {
  id: number
  indicator: IndicatorId
  params: IndicatorParams
}

function canonical(params: IndicatorParams): string {
  return JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))))
}

/** The pin for an indicator and parameters (checked and completed with defaults), created if new. */
export function pinIndicator(db: Db, indicator: IndicatorId, given: IndicatorParams): Pin {
  const params = resolveParams(db, indicatorDef(indicator), given)
  const text = canonical(params)
  prepared(db, 'INSERT OR IGNORE INTO computed_indicator (indicator, params) VALUES (?, ?)').run(indicator, text)
  const row = prepared(db, 'SELECT id FROM computed_indicator WHERE indicator = ? AND params = ?').get(indicator, text) as { id: number }
  return { id: row.id, indicator, params }
}

export function pinById(db: Db, id: number): Pin | undefined {
  const row = prepared(db, 'SELECT id, indicator, params FROM computed_indicator WHERE id = ?').get(id) as
    { id: number; indicator: string; params: string } | undefined
  if (!row || !(INDICATOR_IDS as readonly string[]).includes(row.indicator)) return undefined
  return { id: row.id, indicator: row.indicator as IndicatorId, params: JSON.parse(row.params) as IndicatorParams }
}
