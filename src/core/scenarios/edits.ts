// Scenario edits as data: creating a scenario (a copy with overrides, plus the Sm option's inputs when asked) is one
// batch of inserts; setting or clearing an assumption is one edit batch (applyBatch); each is one transaction in the
// change log, undone by inverting it. Every assumption is checked by resolve first: a refused one changes nothing.
import type { AppliedEdit, Change } from '../../shared/api'
import type { AssumptionInput } from '../../shared/contract/scenarios'
import type { ScenarioSummary } from '../../shared/scenarios'
import { applyBatch, type EditContext } from '../edits/apply'
import { nextCode } from '../edits/codes'
import { abandonRedo } from '../edits/history'
import { createBatch, writeEntries, type LogEntry } from '../edits/log'
import { collectTouched } from '../edits/touched'
import { EngineError } from '../errors'
import { insertRow, readStored, type Values } from '../tables/write'
import { keyDef } from './model/catalogue'
import { resolveRow, type AssumptionRow } from './model/resolve'
import { SMCO_DESCRIPTION, smcoOverrides } from './smcoOption'
import { assumptionRows, figureLookup, scenarioById } from './store'

function toRow(a: AssumptionInput): AssumptionRow {
  const def = keyDef(a.key)
  const figure = a.figure?.trim() ? a.figure.trim() : null
  return {
    key: a.key,
    figure,
    pick: figure ? (a.pick ?? null) : null,
    value: figure ? null : (a.value ?? null),
    unit: a.unit?.trim() || def?.unit || '',
    note: a.note?.trim() || null
  }
}

function checked(ctx: EditContext, rows: AssumptionRow[], where: string): void {
  const lookup = figureLookup(ctx.db)
  const problems = rows.flatMap((r) => {
    const res = resolveRow(r, lookup)
    return res.ok ? [] : [res.message]
  })
  if (problems.length)
    throw new EngineError('validation', `${where}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''} Nothing was changed.`, {
      reasons: problems
    })
}

export function createScenario(
  ctx: EditContext,
  input: { name: string; description?: string; baseId?: number | null; overrides: AssumptionInput[]; withSm?: boolean }
): { scenario: ScenarioSummary; applied: AppliedEdit } {
  const { db } = ctx
  const base = input.baseId ? scenarioById(db, input.baseId) : null
  const option = input.withSm ? smcoOverrides(db, base?.id ?? null, input.overrides) : []
  const rows = [...input.overrides, ...option].map(toRow)
  const keys = rows.map((r) => r.key)
  const twice = keys.find((k, i) => keys.indexOf(k) !== i)
  if (twice) throw new EngineError('validation', `The override ${twice} is given twice; give each input once. Nothing was changed.`)
  checked(ctx, rows, `Scenario ${input.name}`)
  return db.transaction(() => {
    const entries: LogEntry[] = []
    const values: Values = {
      code: nextCode(db, 'scenario'),
      name: input.name,
      description: input.description?.trim() || (option.length ? SMCO_DESCRIPTION : null),
      base_id: base?.id ?? null,
      first_year: base?.firstYear ?? 2025,
      last_year: base?.lastYear ?? 2040
    }
    const id = insertRow(db, 'scenario', values)
    entries.push({ table: 'scenario', rowId: id, op: 'insert', before: null, after: readStored(db, 'scenario', id) as Values })
    for (const r of rows) {
      const rowId = insertRow(db, 'scenario_assumption', {
        scenario_id: id,
        key: r.key,
        value: r.value,
        unit: r.unit,
        figure: r.figure,
        pick: r.pick,
        note: r.note
      })
      entries.push({ table: 'scenario_assumption', rowId, op: 'insert', before: null, after: readStored(db, 'scenario_assumption', rowId) as Values })
    }
    abandonRedo(db)
    const batchId = createBatch(db, {
      label: base ? `Copy scenario ${base.name} as ${input.name}` : `Create scenario ${input.name}`,
      origin: 'user',
      actor: ctx.actor
    })
    writeEntries(db, batchId, entries)
    return { scenario: scenarioById(db, id), applied: { batchId, insertedIds: [id], ...collectTouched(db, entries) } }
  })()
}

const COLUMNS = ['value', 'unit', 'figure', 'pick', 'note'] as const

export function setAssumption(ctx: EditContext, input: { scenarioId: number; assumption: AssumptionInput; clear: boolean }): AppliedEdit {
  const scenario = scenarioById(ctx.db, input.scenarioId)
  const def = keyDef(input.assumption.key)
  if (!def) throw new EngineError('validation', `"${input.assumption.key}" is not an input of the scenario model. Nothing was changed.`)
  const own = assumptionRows(ctx.db, scenario.id).find((r) => r.key === def.key)
  if (input.clear) {
    if (!own) throw new EngineError('not_found', `${scenario.name} has no value of its own for ${def.label}; there is nothing to clear.`)
    if (scenario.baseId === null && !def.optional)
      throw new EngineError(
        'validation',
        `${def.label} is required and ${scenario.name} copies no other scenario; change it instead of clearing it. Nothing was changed.`
      )
    return applyBatch(ctx, [{ kind: 'delete', table: 'scenario_assumption', id: own.id }], `Clear ${def.label} in ${scenario.name}`)
  }
  const row = toRow(input.assumption)
  checked(ctx, [row], `${scenario.name}, ${def.label}`)
  const label = `Set ${def.label} in ${scenario.name}`
  const changes: Change[] = own
    ? COLUMNS.filter((c) => (own[c] ?? null) !== (row[c] ?? null)).map((c) => ({
        kind: 'update',
        table: 'scenario_assumption',
        id: own.id,
        column: c,
        value: row[c] ?? null
      }))
    : [
        {
          kind: 'insert',
          table: 'scenario_assumption',
          values: { scenario_id: scenario.id, key: row.key, value: row.value, unit: row.unit, figure: row.figure, pick: row.pick, note: row.note }
        }
      ]
  if (!changes.length) return { batchId: 0, insertedIds: [], rows: [], deleted: [] }
  return applyBatch(ctx, changes, label)
}
