// Everything a brief prints, read from the dataset before rendering starts: drafts, the strategy rows, the
// assessments and their evidence, the charts' series, scenario results, appendix pages, every figure the texts
// refer to and the source list's entries. Templates get this data and no database handle: a render only formats.
import type { Row } from '../../shared/api'
import type { Brief, ChartKind } from '../../shared/briefs'
import type { ScenarioResults } from '../../shared/scenarios'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { filterContext } from '../indicators/conflictIds'
import { scenarioResults } from '../scenarios/compute'
import { readPage } from '../tables/query'
import { prepared } from '../tables/statements'
import { chartData, type ChartData } from './charts'
import type { SourceBook, SourceEntry } from './citations'
import {
  assessmentsFor,
  evidenceFor,
  figureByCode,
  strategyItems,
  type AssessmentRow,
  type CountryRow,
  type EvidenceLink,
  type Figure,
  type StrategyItem
} from './data'
import { draftHighlights, draftTakeaway } from './draft'
import { chosenScenarioIds, draftScenarioHighlights, draftScenarioTakeaway } from './scenarioDraft'
import { figureCodes } from './text'

/** A page of an appendix table, or why it cannot be read. */
export type TablePage = { rows: Row[]; total: number } | { error: string }

export interface BriefData {
  leadSource: SourceEntry | null
  /** The analyst's text, or Lodestone's draft when they wrote none. */
  highlights: string
  takeaway: string
  /** The country's initiatives and facilities (none without a country). */
  strategy: StrategyItem[]
  assessments: AssessmentRow[]
  /** Assessment id -> its evidence links, and the sources of its evidence figures (for the gaps table). */
  evidence: ReadonlyMap<number, EvidenceLink[]>
  evidenceSources: ReadonlyMap<number, (number | null)[]>
  charts: { kind: ChartKind; data: ChartData | null }[]
  scenarios: ({ id: number; results: ScenarioResults } | { id: number; error: string })[]
  /** One per brief.config.tables entry, in order. */
  tables: TablePage[]
  /** Every figure the texts refer to ({F0001}), by code in upper case. */
  figures: ReadonlyMap<string, Figure>
  sources: SourceBook
}

const SOURCE_COLUMNS = 'id, code, title, publisher, published, url, reliability'
const EVIDENCE_SOURCES = `SELECT DISTINCT o.source_id AS s FROM assessment_evidence e JOIN observation o ON o.id = e.target_id
  WHERE e.assessment_id = ? AND e.target_table = 'observation' ORDER BY e.id`

/** Every source, looked up by id and code while citations are numbered. */
function sourceBook(db: Db): SourceBook {
  const rows = prepared(db, `SELECT ${SOURCE_COLUMNS} FROM source`).all() as SourceEntry[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  const byCode = new Map(rows.map((r) => [r.code, r]))
  return { byId: (id) => byId.get(id), byCode: (code) => byCode.get(code) }
}

/** The analyst's highlights and takeaway, or Lodestone's drafts, for the sections the brief includes. */
function drafted(db: Db, brief: Brief, country: CountryRow | undefined, included: ReadonlySet<string>): { highlights: string; takeaway: string } {
  const config = brief.config
  const scenario = brief.template === 'scenario'
  const highlights = !included.has('highlights')
    ? ''
    : (config.highlights ?? (scenario ? draftScenarioHighlights(db, config) : draftHighlights(db, country, config.leadSourceId)))
  const written = config.takeaway.trim()
  const takeaway =
    written || !included.has('takeaway')
      ? written
      : brief.template === 'country'
        ? draftTakeaway(db, country)
        : scenario
          ? draftScenarioTakeaway(db, config)
          : ''
  return { highlights, takeaway }
}

function tablePages(db: Db, brief: Brief): TablePage[] {
  return brief.config.tables.map((spec) => {
    try {
      const page = readPage(db, { table: spec.table, offset: 0, limit: spec.limit, sort: spec.sort, filters: spec.filters }, filterContext(db))
      return { rows: page.rows, total: page.total }
    } catch (e) {
      return { error: e instanceof EngineError ? e.message : String(e) }
    }
  })
}

function scenarioList(db: Db, brief: Brief): BriefData['scenarios'] {
  return chosenScenarioIds(db, brief.config).map((id) => {
    try {
      return { id, results: scenarioResults(db, id) }
    } catch (e) {
      return { id, error: (e as Error).message }
    }
  })
}

function figuresIn(db: Db, texts: readonly (string | null | undefined)[]): Map<string, Figure> {
  const figures = new Map<string, Figure>()
  for (const text of texts) {
    for (const code of text ? figureCodes(text) : []) {
      const key = code.toUpperCase()
      if (figures.has(key)) continue
      const figure = figureByCode(db, code)
      if (figure) figures.set(key, figure)
    }
  }
  return figures
}

/** Reads only what the brief's included sections print. */
export function gatherBrief(db: Db, brief: Brief, country: CountryRow | undefined): BriefData {
  const { config } = brief
  const included = new Set(config.sections.filter((s) => s.include).map((s) => s.kind))
  const { highlights, takeaway } = drafted(db, brief, country, included)
  const wantsAssessments = included.has('gaps') || included.has('assessments')
  const assessments = wantsAssessments ? assessmentsFor(db, brief.countryId, config.assessmentIds) : []
  const texts = [highlights, takeaway, ...assessments.flatMap((a) => [a.summary, a.rationale, a.recommendations])]
  const sources = sourceBook(db)
  return {
    leadSource: config.leadSourceId ? (sources.byId(config.leadSourceId) ?? null) : null,
    highlights,
    takeaway,
    strategy: country && included.has('strategy') ? strategyItems(db, country, config.initiativeIds, config.facilityIds) : [],
    assessments,
    evidence: new Map(assessments.map((a) => [a.id, evidenceFor(db, a.id)])),
    evidenceSources: new Map(assessments.map((a) => [a.id, (prepared(db, EVIDENCE_SOURCES).all(a.id) as { s: number | null }[]).map((r) => r.s)])),
    charts: included.has('figures') ? config.charts.map((kind) => ({ kind, data: chartData(db, kind, country) })) : [],
    scenarios: included.has('scenarios') ? scenarioList(db, brief) : [],
    tables: included.has('tables') ? tablePages(db, brief) : [],
    figures: figuresIn(db, texts),
    sources
  }
}
