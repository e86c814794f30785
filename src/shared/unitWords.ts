// The words of a unit that say what is weighed ('t REO', 't/yr Sm2O3', 't/yr SmCo magnet', 't gross weight') and
// mass ratios printed as a share ('kg Sm/t SmCo magnet': 0.1% of the SmCo magnet per kg/t). Used by units.ts;
// pure TS, no node, electron or DOM imports.
import type { BASES } from './schema'

/** A figure's basis (what its number weighs or counts), as the schema lists them. */
export type Basis = (typeof BASES)[number]

export interface BasisWords {
  basis: Basis
  substance: string
}

/** Words after a mass unit that say what is weighed. Returns undefined for words Lodestone does not know. */
export function basisFromWords(words: string): BasisWords | undefined {
  const w = words.trim()
  const lower = w.toLowerCase()
  if (/^(t?reo|t?reo equivalent|rare[- ]earth[- ]oxide equivalent)$/i.test(w)) return { basis: 'REO equivalent', substance: 'REO' }
  const formula = /^((?:[A-Z][a-z]?\d*)+O\d*)(?: equivalent)?$/.exec(w)
  if (formula) return { basis: 'oxide', substance: formula[1] }
  if (/^(ndpr )?oxides?$/i.test(w)) return { basis: 'oxide', substance: lower.startsWith('ndpr') ? 'NdPr oxide' : 'oxide' }
  if (/^ndpr$/i.test(w)) return { basis: 'product', substance: 'NdPr' }
  if (/^(monazite|bastn[aä]e?site|xenotime|(mineral )?concentrates?)$/i.test(w)) return { basis: 'mineral concentrate', substance: lower }
  if (lower === 'ore') return { basis: 'ore', substance: 'ore' }
  if (/^((re |rare[- ]earth )?metal|metal content)$/i.test(w)) return { basis: 'metal content', substance: 'metal' }
  if (/^gross( weight)?$/i.test(w)) return { basis: 'gross weight', substance: 'gross weight' }
  // Samarium-cobalt magnets are weighed apart from magnets in general (NdFeB in this dataset): not the same tonne.
  if (/^smco( magnets?)?$/i.test(w)) return { basis: 'product', substance: 'SmCo magnets' }
  if (/^(magnets?|products?)$/i.test(w)) return { basis: 'product', substance: lower.startsWith('magnet') ? 'magnets' : 'product' }
  return undefined
}

const PER_T: Readonly<Record<string, number>> = { g: 1e-4, kg: 0.1, t: 100 }

/** 'kg Sm/t SmCo magnet', 'kg Sm per t SmCo magnet', 'g/t ore': a share (in %) of the whole after "t", of an element. */
export function massRatio(body: string): { scale: number; denominator: string; element?: string } | undefined {
  const m = /^(g|kg|t) ?(?:([A-Z][a-z]?) ?)?(?:\/ ?|per )t(?:onnes?)? (?:of )?(.+)$/.exec(body)
  if (!m) return undefined
  return { scale: PER_T[m[1]!]!, denominator: m[3]!.trim(), ...(m[2] ? { element: m[2] } : {}) }
}
