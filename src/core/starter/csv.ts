// Reads the starter CSVs from the starter folder with papaparse, and checks each file has exactly the columns
// the loader maps (a missing or an unexpected column is an error, so no column is ever dropped silently).
// Also small text helpers shared by the starter modules.
import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { EngineError } from '../errors'

export type CsvRow = Readonly<Record<string, string>>

/** The columns of every starter file, as the loader maps them. */
export const STARTER_COLUMNS = {
  'sources.csv': ['source_id', 'title', 'publisher', 'date', 'url_or_path', 'source_type', 'reliability'],
  'elements.csv': [
    'atomic_number',
    'symbol',
    'name',
    'class_light_heavy',
    'classification_source',
    'alternative_classification_note',
    'main_uses_summary',
    'uses_source_ids',
    'china_export_control_2025',
    'india_monazite_pct_of_TREO',
    'longnan_ionclay_pct_of_TREO',
    'bayan_obo_pct_of_TREO',
    'composition_source_id'
  ],
  'facts.csv': [
    'id',
    'country_region',
    'indicator',
    'element_or_product',
    'year',
    'value',
    'unit',
    'source_id',
    'note',
    'value_qualifier',
    'confidence',
    'source_locator',
    'key'
  ],
  'entities.csv': ['entity_id', 'name', 'type', 'country', 'status', 'capacity_value', 'capacity_unit', 'year', 'source_id', 'related_fact_ids', 'description'],
  'hs_codes.csv': ['code', 'level', 'jurisdiction', 'description', 'analyst_use', 'caveats', 'source_id'],
  'gaps.csv': ['gap_id', 'theme', 'summary', 'evidence_fact_ids', 'notes']
} as const

export type StarterFile = keyof typeof STARTER_COLUMNS
export const STARTER_FILES = Object.keys(STARTER_COLUMNS) as StarterFile[]
export type StarterData = Record<StarterFile, CsvRow[]>

function problem(file: string, message: string): EngineError {
  return new EngineError('invalid_input', `Starter data file ${path.basename(file)}: ${message}`, { path: file })
}

/** Parse one starter CSV and check its header. */
export function readCsv(starterDir: string, name: StarterFile): CsvRow[] {
  const file = path.join(starterDir, name)
  if (!fs.existsSync(file)) {
    throw new EngineError('not_found', `The starter data folder ${starterDir} has no ${name}, so the starter dataset cannot be built.`, { path: file })
  }
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  const first = parsed.errors[0]
  if (first) throw problem(file, `line ${(first.row ?? 0) + 2}: ${first.message}`)
  const header = parsed.meta.fields ?? []
  const expected: readonly string[] = STARTER_COLUMNS[name]
  const missing = expected.filter((c) => !header.includes(c))
  const extra = header.filter((c) => !expected.includes(c))
  if (missing.length > 0) throw problem(file, `missing column(s) ${missing.join(', ')}.`)
  if (extra.length > 0) throw problem(file, `column(s) ${extra.join(', ')} are not mapped by the starter loader.`)
  return parsed.data
}

/** Read every starter file before anything is written, so a missing file fails first. */
export function readStarter(starterDir: string): StarterData {
  const data = {} as StarterData
  for (const name of STARTER_FILES) data[name] = readCsv(starterDir, name)
  return data
}

/** Trimmed text, or null when empty. */
export function text(value: string | undefined): string | null {
  const t = (value ?? '').trim()
  return t === '' ? null : t
}

/** Split a ';'-separated code list ('A;B;C'), dropping blanks. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Join sentences into one note, skipping blanks; null when nothing is left. */
export function joinNotes(...parts: (string | null | undefined)[]): string | null {
  const kept = parts.map((p) => (p ?? '').trim()).filter(Boolean)
  return kept.length === 0 ? null : kept.join(' ')
}
