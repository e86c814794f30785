// The scenarios methods of the contract: list, get (assumptions with what each resolves to), create (a copy with
// overrides), set or clear an assumption, results, compare, sensitivity and the figures the picker offers.
import type { AssumptionView, FigureChoice, ScenarioDetail } from '../../shared/scenarios'
import type { Db } from '../db/open'
import type { HandlerContext, Handlers } from '../handlerContext'
import { prepared } from '../tables/statements'
import { scenarioResults, scenarioSensitivity } from './compute'
import { createScenario, setAssumption } from './edits'
import { keyDef } from './model/catalogue'
import { resolveLayers, resolveRow } from './model/resolve'
import { figureLookup, layersOf, listScenarios } from './store'

type ScenarioMethods =
  | 'scenarios.list'
  | 'scenarios.get'
  | 'scenarios.create'
  | 'scenarios.setAssumption'
  | 'scenarios.results'
  | 'scenarios.compare'
  | 'scenarios.sensitivity'
  | 'scenarios.figures'

export function scenarioDetail(db: Db, id: number): ScenarioDetail {
  const { scenario, layers } = layersOf(db, id)
  const lookup = figureLookup(db)
  const { inputs, problems } = resolveLayers(layers, lookup)
  const byKey = new Map(inputs.map((i) => [i.key, i]))
  const views: AssumptionView[] = []
  const seen = new Set<string>()
  for (const layer of layers) {
    for (const r of layer.rows) {
      if (seen.has(r.key)) continue
      seen.add(r.key)
      const resolved = byKey.get(r.key) ?? null
      const check = resolved ? null : resolveRow(r, lookup)
      views.push({
        rowId: r.id ?? null,
        scenarioId: layer.scenarioId,
        inherited: layer.scenarioId !== scenario.id,
        key: r.key,
        value: r.value,
        unit: r.unit,
        figure: r.figure,
        pick: r.pick,
        note: r.note,
        input: resolved,
        problem: check && !check.ok ? check.message : null
      })
    }
  }
  const order = (k: string): string => `${keyDef(k)?.group ?? 'z'}|${k}`
  views.sort((a, b) => order(a.key).localeCompare(order(b.key)))
  return { scenario, assumptions: views, problems }
}

function figureChoices(db: Db, query: string, limit: number): FigureChoice[] {
  const like = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
  const codes = prepared(
    db,
    `SELECT code, parameter FROM scenario_input WHERE code LIKE ?1 ESCAPE '\\' OR parameter LIKE ?1 ESCAPE '\\' OR subject LIKE ?1 ESCAPE '\\'
     UNION ALL SELECT o.code, NULL FROM observation o WHERE o.code IS NOT NULL AND (o.code LIKE ?1 ESCAPE '\\' OR o.subject LIKE ?1 ESCAPE '\\')
     LIMIT ?2`
  ).all(like, limit) as { code: string; parameter: string | null }[]
  const lookup = figureLookup(db)
  return codes.flatMap((c) => {
    const f = lookup.figure(c.code)
    return f ? [{ ...f, parameter: c.parameter }] : []
  })
}

export function scenarioHandlers(ctx: HandlerContext): Pick<Handlers, ScenarioMethods> {
  const edit = { db: ctx.db, actor: ctx.actor }
  return {
    'scenarios.list': () => listScenarios(ctx.db),
    'scenarios.get': (input) => scenarioDetail(ctx.db, input.id),
    'scenarios.create': (input) => createScenario(edit, input),
    'scenarios.setAssumption': (input) => {
      const applied = setAssumption(edit, input)
      return { applied, detail: scenarioDetail(ctx.db, input.scenarioId) }
    },
    'scenarios.results': (input) => scenarioResults(ctx.db, input.id, input.year),
    'scenarios.compare': (input) => input.ids.map((id) => scenarioResults(ctx.db, id)),
    'scenarios.sensitivity': (input) => scenarioSensitivity(ctx.db, input.id, input.year, input.metric, input.limit),
    'scenarios.figures': (input) => figureChoices(ctx.db, input.query, input.limit)
  }
}
