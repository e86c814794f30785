// Loads the reference files of the starter data: sources.csv -> source, elements.csv -> element,
// hs_codes.csv -> hs_code. Elements' composition cells that are not plain numbers ('<1.09', 'NA') are kept
// in words in classification_note, so nothing printed is lost.
import type { Db } from '../db/open'
import { joinNotes, splitList, text, type CsvRow } from './csv'
import { insertRow, type Lookups } from './lookups'
import { parsePlainNumber } from './values'

export function loadSources(db: Db, rows: readonly CsvRow[]): void {
  for (const r of rows) {
    insertRow(db, 'source', {
      code: r.source_id.trim(),
      title: r.title.trim(),
      publisher: text(r.publisher),
      published: text(r.date),
      url: text(r.url_or_path),
      source_type: text(r.source_type),
      reliability: text(r.reliability)
    })
  }
}

const CLASSES: Readonly<Record<string, string>> = { light: 'light', heavy: 'heavy' }

/** 'light' / 'heavy' / 'neither / treated separately' -> light, heavy, neither. */
export function elementClass(raw: string): string {
  return CLASSES[raw.trim().toLowerCase()] ?? 'neither'
}

const COMPOSITION = [
  { column: 'india_monazite_pct_of_TREO', target: 'india_monazite_pct', label: 'Indian monazite' },
  { column: 'longnan_ionclay_pct_of_TREO', target: 'longnan_clay_pct', label: 'Longnan ion clay' },
  { column: 'bayan_obo_pct_of_TREO', target: 'bayan_obo_pct', label: 'Bayan Obo' }
] as const

function compositionWords(raw: string): string {
  if (/^NA$/i.test(raw)) return 'NA (not available)'
  if (raw.startsWith('<')) return `${raw} (an upper bound)`
  return raw
}

export function loadElements(db: Db, rows: readonly CsvRow[], lookups: Lookups): void {
  for (const r of rows) {
    const pct: Record<string, number | null> = {}
    const asPrinted: string[] = []
    for (const c of COMPOSITION) {
      const raw = r[c.column].trim()
      pct[c.target] = parsePlainNumber(raw)
      if (raw !== '' && pct[c.target] === null) asPrinted.push(`${c.label} ${compositionWords(raw)}`)
    }
    const classText = r.class_light_heavy.trim()
    const cls = elementClass(classText)
    insertRow(db, 'element', {
      symbol: r.symbol.trim(),
      name: r.name.trim(),
      atomic_number: Number(r.atomic_number),
      class: cls,
      classification_source: text(r.classification_source),
      classification_note: joinNotes(
        r.alternative_classification_note,
        cls !== classText ? `Class as published: ${classText}.` : null,
        asPrinted.length > 0 ? `Ore composition as published (% of TREO): ${asPrinted.join('; ')}.` : null
      ),
      uses: text(r.main_uses_summary),
      uses_sources: text(r.uses_source_ids),
      china_export_control_2025: text(r.china_export_control_2025),
      ...pct,
      composition_source_id: lookups.sourceOrNull(r.composition_source_id, `elements.csv ${r.symbol}`)
    })
  }
}

export function loadHsCodes(db: Db, rows: readonly CsvRow[], lookups: Lookups): void {
  for (const r of rows) {
    const [first, ...others] = splitList(r.source_id)
    insertRow(db, 'hs_code', {
      code: r.code.trim(),
      level: text(r.level),
      jurisdiction: text(r.jurisdiction),
      description: text(r.description),
      analyst_use: text(r.analyst_use),
      caveats: text(r.caveats),
      source_id: lookups.sourceOrNull(first, `hs_codes.csv ${r.code}`),
      other_sources: others.length > 0 ? others.join(';') : null
    })
  }
}
