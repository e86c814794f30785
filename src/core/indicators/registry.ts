// The computed indicators Lodestone offers: each one's definition (title, one-line meaning, formula in words,
// parameters) and its compute function. Parameters are checked before computing; the answer is a value with
// the rows and sources it used, or "not computable" with the reason.
import type { IndicatorDef, IndicatorId, IndicatorParams, IndicatorResult } from '../../shared/analysis'
import type { Db } from '../db/open'
import { cagrDef, computeCagr } from './cagr'
import { figuresOf } from './figures'
import { computeHhi, hhiDef } from './hhi'
import { computeMagnets, magnetsDef } from './magnets'
import { resolveParams } from './params'
import { computeSupplierShare, supplierShareDef } from './supplierShare'
import { computeWorldShares, mineSharesDef, reservesSharesDef } from './worldShares'

interface Indicator {
  def: IndicatorDef
  compute(db: Db, params: IndicatorParams): IndicatorResult
}

const INDICATORS: Record<IndicatorId, Indicator> = {
  supplier_share_of_imports: { def: supplierShareDef, compute: computeSupplierShare },
  supplier_hhi: { def: hhiDef, compute: computeHhi },
  import_cagr: { def: cagrDef, compute: computeCagr },
  magnet_capacity_vs_china: { def: magnetsDef, compute: computeMagnets },
  mine_production_shares: { def: mineSharesDef, compute: (db, p) => computeWorldShares(db, 'mine_production', p) },
  reserves_shares: { def: reservesSharesDef, compute: (db, p) => computeWorldShares(db, 'reserves', p) }
}

/** Sources offering a World total for a measure, newest first, for the source picker. */
function sourceChoices(db: Db, measure: string): { value: string; label: string }[] {
  const codes = new Map<string, string>()
  for (const f of figuresOf(db, measure).filter((x) => x.countryCode === 'WLD' && x.value !== null && x.sourceCode)) {
    codes.set(f.sourceCode as string, f.sourceTitle ?? (f.sourceCode as string))
  }
  const list = [...codes].map(([value, label]) => ({ value, label: `${value}: ${label}` })).sort((a, b) => b.value.localeCompare(a.value))
  return [...list, { value: 'any', label: 'any: every source, preferred figures where they disagree' }]
}

export function listIndicators(db: Db): IndicatorDef[] {
  return Object.values(INDICATORS).map(({ def }) => {
    if (def.id !== 'mine_production_shares' && def.id !== 'reserves_shares') return def
    const measure = def.id === 'mine_production_shares' ? 'mine_production' : 'reserves'
    return { ...def, params: def.params.map((p) => (p.kind === 'source' ? { ...p, choices: sourceChoices(db, measure) } : p)) }
  })
}

export function indicatorDef(id: IndicatorId): IndicatorDef {
  return INDICATORS[id].def
}

export function computeIndicator(db: Db, id: IndicatorId, given: IndicatorParams): IndicatorResult {
  const indicator = INDICATORS[id]
  return indicator.compute(db, resolveParams(db, indicator.def, given))
}

/** Every indicator with its default parameters, read in one transaction so they see the same data. */
export function computeAll(db: Db): IndicatorResult[] {
  return db.transaction(() => (Object.keys(INDICATORS) as IndicatorId[]).map((id) => computeIndicator(db, id, {})))()
}
