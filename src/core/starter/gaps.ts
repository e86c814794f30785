// gaps.csv -> theme (G1..G6), plus one draft assessment per theme for India with evidence links to the figures
// the gap cites. Severity, trend and confidence are left empty: the starter data gives no judgement to copy,
// and the analyst should set them; summary and rationale come from the gap's summary and notes.
import type { Db } from '../db/open'
import { splitList, text, type CsvRow } from './csv'
import type { LoadedFigure } from './figures'
import { insertRow, type Lookups } from './lookups'

export interface GapOptions {
  /** ISO date the drafts are dated (yyyy-mm-dd). */
  asOf: string
  /** ISO3 code of the country the drafts assess (India for the starter dataset). */
  countryCode: string
  countryName: string
}

function loadGap(db: Db, r: CsvRow, figures: ReadonlyMap<string, LoadedFigure>, lookups: Lookups, options: GapOptions): number {
  const name = r.theme.trim()
  const themeId = insertRow(db, 'theme', {
    code: r.gap_id.trim(),
    name,
    summary: text(r.summary),
    notes: text(r.notes),
    evidence_codes: text(r.evidence_fact_ids),
    retired: 0
  })
  const assessmentId = insertRow(db, 'assessment', {
    title: `${name} \u2014 ${options.countryName}`,
    country_id: lookups.country(options.countryCode),
    theme_id: themeId,
    severity: null,
    confidence: null,
    trend: null,
    status: 'draft',
    as_of: options.asOf,
    author: 'starter dataset',
    summary: text(r.summary),
    rationale: text(r.notes),
    recommendations: null
  })
  const codes = [...new Set(splitList(r.evidence_fact_ids))]
  for (const code of codes) {
    const figure = figures.get(code)
    if (!figure) throw new Error(`gaps.csv ${r.gap_id}: evidence figure ${code} is not in facts.csv.`)
    insertRow(db, 'assessment_evidence', { assessment_id: assessmentId, target_table: 'observation', target_id: figure.id, note: null })
  }
  return codes.length
}

/** Load every gap theme with its draft assessment; returns the number of evidence links made. */
export function loadGaps(db: Db, rows: readonly CsvRow[], figures: ReadonlyMap<string, LoadedFigure>, lookups: Lookups, options: GapOptions): number {
  let links = 0
  for (const r of rows) links += loadGap(db, r, figures, lookups, options)
  return links
}
