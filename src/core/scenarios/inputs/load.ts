// Loads resources/scenarios (inputs.csv, sources.csv, not_found.csv) into a dataset: new sources into source,
// every figure into scenario_input (a several-figure cell as one row per part, each with the row's source and
// note), every unfound input into scenario_gap. Headers are checked first; a source code that does not resolve fails.
import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import type { Db } from '../../db/open'
import { EngineError } from '../../errors'
import { insertRow } from '../../starter/lookups'
import { text, type CsvRow } from '../../starter/csv'
import { parseValue } from '../../starter/values'
import { SPLITS } from './splits'

export const SCENARIO_COLUMNS = {
  'inputs.csv': [
    'id',
    'parameter',
    'stage',
    'element_or_product',
    'country_region',
    'year',
    'value',
    'unit',
    'value_qualifier',
    'source_id',
    'source_locator',
    'confidence',
    'note',
    'starter_ref'
  ],
  'sources.csv': ['source_id', 'title', 'publisher', 'date', 'url', 'source_type', 'reliability_note'],
  'not_found.csv': ['parameter', 'what_was_searched', 'why_it_matters', 'suggested_assumption_range']
} as const
type ScenarioFile = keyof typeof SCENARIO_COLUMNS
export type ScenarioData = Record<ScenarioFile, CsvRow[]>

export interface FigurePart {
  code: string
  part: string | null
  value: number | null
  low: number | null
  high: number | null
  qualifier: string | null
}

export function readScenarioCsvs(dir: string): ScenarioData {
  const data = {} as ScenarioData
  for (const name of Object.keys(SCENARIO_COLUMNS) as ScenarioFile[]) {
    const file = path.join(dir, name)
    if (!fs.existsSync(file)) throw new EngineError('not_found', `The scenario data folder ${dir} has no ${name}, so the scenario figures cannot be loaded.`)
    const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
    if (parsed.errors[0])
      throw new EngineError('invalid_input', `Scenario data file ${name}: line ${(parsed.errors[0].row ?? 0) + 2}: ${parsed.errors[0].message}`)
    const header = parsed.meta.fields ?? []
    const expected: readonly string[] = SCENARIO_COLUMNS[name]
    const wrong = [...expected.filter((c) => !header.includes(c)), ...header.filter((c) => !expected.includes(c))]
    if (wrong.length) throw new EngineError('invalid_input', `Scenario data file ${name}: the columns ${wrong.join(', ')} are missing or not mapped.`)
    data[name] = parsed.data
  }
  return data
}

/** The figures of one inputs.csv cell: one for a plain cell, one per part for a several-figure cell. */
export function figureParts(id: string, cell: string, rowQualifier: string): FigurePart[] {
  const split = SPLITS[id]
  const qualifierOf = (implied: string | null): string | null => (implied && implied !== 'range' ? implied : text(rowQualifier))
  if (!split) {
    const v = parseValue(cell)
    if (v.value === null && v.low === null && v.impliedQualifier !== 'NA')
      throw new EngineError(
        'invalid_input',
        `Scenario figure ${id}: the value "${cell}" is neither a number, a range, a bound nor NA, and no split is listed for it.`
      )
    return [{ code: id, part: null, value: v.value, low: v.low, high: v.high, qualifier: qualifierOf(v.impliedQualifier) }]
  }
  return split.map((p, i) => {
    if (!cell.includes(p.text)) throw new EngineError('invalid_input', `Scenario figure ${id}: the part "${p.text}" is not in the cell "${cell}".`)
    const v = parseValue(p.text)
    return { code: `${id}.${i + 1}`, part: p.part, value: v.value, low: p.low ?? v.low, high: p.high ?? v.high, qualifier: qualifierOf(v.impliedQualifier) }
  })
}

export interface ScenarioLoadSummary {
  sources: number
  rows: number
  figures: number
  gaps: number
}

export function loadScenarioData(db: Db, data: ScenarioData): ScenarioLoadSummary {
  for (const r of data['sources.csv']) {
    insertRow(db, 'source', {
      code: r.source_id.trim(),
      title: r.title.trim(),
      publisher: text(r.publisher),
      published: text(r.date),
      url: text(r.url),
      source_type: text(r.source_type),
      reliability: text(r.reliability_note)
    })
  }
  const sourceId = db.prepare('SELECT id FROM source WHERE code = ?')
  let figures = 0
  for (const r of data['inputs.csv']) {
    const source = sourceId.get(r.source_id.trim()) as { id: number } | undefined
    if (!source) throw new EngineError('invalid_input', `Scenario figure ${r.id}: its source ${r.source_id} is in neither sources.csv.`)
    for (const p of figureParts(r.id.trim(), r.value.trim(), r.value_qualifier)) {
      insertRow(db, 'scenario_input', {
        code: p.code,
        row_code: r.id.trim(),
        part: p.part,
        parameter: r.parameter.trim(),
        stage: r.stage.trim(),
        subject: r.element_or_product.trim(),
        region: r.country_region.trim(),
        period: r.year.trim(),
        value: p.value,
        value_low: p.low,
        value_high: p.high,
        value_text: text(r.value),
        unit: r.unit.trim(),
        qualifier: p.qualifier,
        source_id: source.id,
        locator: text(r.source_locator),
        confidence: text(r.confidence),
        note: text(r.note),
        starter_ref: text(r.starter_ref)
      })
      figures++
    }
  }
  for (const r of data['not_found.csv']) {
    insertRow(db, 'scenario_gap', {
      parameter: r.parameter.trim(),
      searched: text(r.what_was_searched),
      why: text(r.why_it_matters),
      suggestion: text(r.suggested_assumption_range)
    })
  }
  return { sources: data['sources.csv'].length, rows: data['inputs.csv'].length, figures, gaps: data['not_found.csv'].length }
}
