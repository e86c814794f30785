// Scenario rows in SQL: figures an input may cite (scenario_input by S-code, observation by F-code, facilities,
// initiatives and organisations by E-code), a scenario with the chain of scenarios it copies, and the seeding of the
// starter scenarios into a new dataset. The only file of scenarios/ that runs SQL.
import type { CitedFigure, ScenarioSummary } from '../../shared/scenarios'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { prepared } from '../tables/statements'
import type { AssumptionRow, FigureLookup, ScenarioLayer } from './model/resolve'
import { STARTER_SCENARIOS } from './starter'

type Raw = Record<string, string | number | null>
const num = (x: unknown): number | null => (typeof x === 'number' ? x : null)
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null)

function sourceOf(r: Raw): CitedFigure['source'] {
  return r.source_code ? { code: String(r.source_code), title: String(r.source_title) } : null
}

const INPUT_SQL = `SELECT i.*, s.code AS source_code, s.title AS source_title FROM scenario_input i LEFT JOIN source s ON s.id = i.source_id`
const OBS_SQL = `SELECT o.code, o.subject, o.period, o.value, o.value_low, o.value_high, o.value_text, o.qualifier, o.basis, u.code AS unit,
  s.code AS source_code, s.title AS source_title FROM observation o JOIN unit u ON u.id = o.unit_id LEFT JOIN source s ON s.id = o.source_id WHERE o.code = ?`
const ENTITY_SQL = (table: string): string => `SELECT e.code, e.name AS subject, e.year AS period, e.capacity AS value, u.code AS unit, u.basis AS basis,
  s.code AS source_code, s.title AS source_title FROM ${table} e LEFT JOIN unit u ON u.id = e.capacity_unit_id LEFT JOIN source s ON s.id = e.source_id WHERE e.code = ?`

function fromInput(r: Raw): CitedFigure {
  return {
    code: String(r.code),
    table: 'scenario_input',
    subject: `${String(r.subject)}${r.part ? ` (${String(r.part)})` : ''}, ${String(r.region)}`,
    period: str(r.period),
    value: num(r.value),
    low: num(r.value_low),
    high: num(r.value_high),
    valueText: str(r.value_text),
    unit: String(r.unit),
    basis: String(r.unit),
    qualifier: str(r.qualifier),
    source: sourceOf(r)
  }
}

export function figureLookup(db: Db): FigureLookup {
  const cache = new Map<string, CitedFigure | undefined>()
  const figure = (code: string): CitedFigure | undefined => {
    if (cache.has(code)) return cache.get(code)
    let f: CitedFigure | undefined
    const input = prepared(db, `${INPUT_SQL} WHERE i.code = ?`).get(code) as Raw | undefined
    if (input) f = fromInput(input)
    const obs = f ? undefined : (prepared(db, OBS_SQL).get(code) as Raw | undefined)
    if (obs)
      f = {
        code,
        table: 'observation',
        subject: String(obs.subject),
        period: str(obs.period),
        value: num(obs.value),
        low: num(obs.value_low),
        high: num(obs.value_high),
        valueText: str(obs.value_text),
        unit: String(obs.unit),
        basis: String(obs.basis),
        qualifier: str(obs.qualifier),
        source: sourceOf(obs)
      }
    for (const table of ['facility', 'initiative', 'organisation'] as const) {
      if (f) break
      const sql =
        table === 'initiative'
          ? ENTITY_SQL(table).replace('e.capacity AS value', 'e.amount AS value').replace('e.capacity_unit_id', 'e.amount_unit_id')
          : ENTITY_SQL(table)
      const e = prepared(db, sql).get(code) as Raw | undefined
      if (e && e.unit)
        f = {
          code,
          table,
          subject: String(e.subject),
          period: str(e.period),
          value: num(e.value),
          low: null,
          high: null,
          valueText: e.value === null ? null : String(e.value),
          unit: String(e.unit),
          basis: String(e.basis ?? 'not stated'),
          qualifier: null,
          source: sourceOf(e)
        }
    }
    cache.set(code, f)
    return f
  }
  const siblings = (code: string): CitedFigure[] => {
    const own = prepared(db, 'SELECT parameter, row_code FROM scenario_input WHERE code = ?').get(code) as { parameter: string; row_code: string } | undefined
    if (!own) return []
    return (prepared(db, `${INPUT_SQL} WHERE i.parameter = ? AND i.row_code <> ?`).all(own.parameter, own.row_code) as Raw[]).map(fromInput)
  }
  return { figure, siblings }
}

const SUMMARY_SQL = `SELECT s.id, s.code, s.name, s.description, s.base_id, b.name AS base_name, s.first_year, s.last_year,
  (SELECT count(*) FROM scenario_assumption a WHERE a.scenario_id = s.id) AS overrides FROM scenario s LEFT JOIN scenario b ON b.id = s.base_id`

function summary(r: Raw): ScenarioSummary {
  return {
    id: Number(r.id),
    code: str(r.code),
    name: String(r.name),
    description: str(r.description),
    baseId: num(r.base_id),
    baseName: str(r.base_name),
    firstYear: Number(r.first_year),
    lastYear: Number(r.last_year),
    overrides: Number(r.overrides)
  }
}

export function listScenarios(db: Db): ScenarioSummary[] {
  return (prepared(db, `${SUMMARY_SQL} ORDER BY s.id`).all() as Raw[]).map(summary)
}

export function scenarioById(db: Db, id: number): ScenarioSummary {
  const r = prepared(db, `${SUMMARY_SQL} WHERE s.id = ?`).get(id) as Raw | undefined
  if (!r) throw new EngineError('not_found', `There is no scenario with id ${id}; it may have been deleted.`)
  return summary(r)
}

export function assumptionRows(db: Db, scenarioId: number): (AssumptionRow & { id: number })[] {
  return prepared(db, 'SELECT id, key, value, unit, figure, pick, note FROM scenario_assumption WHERE scenario_id = ? ORDER BY id').all(
    scenarioId
  ) as (AssumptionRow & {
    id: number
  })[]
}

/** The scenario and those it copies, nearest first (a loop of copies is refused in words). */
export function layersOf(db: Db, id: number): { scenario: ScenarioSummary; layers: ScenarioLayer[] } {
  const scenario = scenarioById(db, id)
  const layers: ScenarioLayer[] = []
  const seen = new Set<number>()
  for (let s: ScenarioSummary | null = scenario; s; s = s.baseId === null ? null : scenarioById(db, s.baseId)) {
    if (seen.has(s.id)) throw new EngineError('validation', `Scenario ${scenario.name} copies itself through ${s.name}; point "Copy of" at another scenario.`)
    seen.add(s.id)
    layers.push({ scenarioId: s.id, name: s.name, rows: assumptionRows(db, s.id) })
  }
  return { scenario, layers }
}

/** Write the starter scenarios (inside the starter load's transaction; no change log, like the rest of the load). */
export function seedStarterScenarios(db: Db): number {
  const ids = new Map<string, number>()
  const insertScenario = db.prepare('INSERT INTO scenario (code, name, description, base_id, first_year, last_year) VALUES (?, ?, ?, ?, 2025, 2040)')
  const insertRow = db.prepare('INSERT INTO scenario_assumption (scenario_id, key, value, unit, figure, pick, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
  for (const s of STARTER_SCENARIOS) {
    const id = Number(insertScenario.run(s.code, s.name, s.description, s.base ? ids.get(s.base)! : null).lastInsertRowid)
    ids.set(s.code, id)
    for (const r of s.rows) insertRow.run(id, r.key, r.value, r.unit, r.figure, r.pick, r.note)
  }
  return ids.size
}
