// The contract's part for supply-coverage scenarios: list, get and create (a copy with overrides) scenarios, set or
// clear one assumption (an edit: logged, undoable), results per year, compare 2-4 scenarios, sensitivity, and the
// figures an assumption may cite. Types live in ../scenarios.ts.
import { z } from 'zod'
import type { AppliedEdit } from './primitives'
import type { FigureChoice, ScenarioDetail, ScenarioResults, ScenarioSummary, SensitivityResult } from '../scenarios'
import { SENSITIVITY_METRICS } from '../scenarios'
import { changedByResult, read, returns, write } from './method'
import { rowId } from './primitives'

const year = z.number().int().min(2000).max(2100)
/** One input: cite a figure (code, optional pick and restated unit with a note) or give a value, unit and note. */
export const assumptionInput = z
  .object({
    key: z.string().min(1).max(120),
    figure: z.string().max(20).nullable().optional(),
    pick: z.enum(['low', 'high', 'mid']).nullable().optional(),
    value: z.number().finite().nullable().optional(),
    unit: z.string().max(80).optional(),
    note: z.string().max(4000).nullable().optional()
  })
  .strict()
export type AssumptionInput = z.infer<typeof assumptionInput>

export const scenarioMethods = {
  'scenarios.list': read(z.object({}).strict(), returns<ScenarioSummary[]>()),
  'scenarios.get': read(z.object({ id: rowId }).strict(), returns<ScenarioDetail>()),
  'scenarios.create': write(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        description: z.string().max(4000).optional(),
        baseId: rowId.nullable().optional(),
        overrides: z.array(assumptionInput).max(200).default([]),
        /** Add the Sm option's starting inputs (SmCo magnets; labelled assumptions) unless the base has Sm already. */
        withSm: z.boolean().optional()
      })
      .strict(),
    returns<{ scenario: ScenarioSummary; applied: AppliedEdit }>(),
    changedByResult
  ),
  'scenarios.setAssumption': write(
    z.object({ scenarioId: rowId, assumption: assumptionInput, clear: z.boolean().default(false) }).strict(),
    returns<{ detail: ScenarioDetail; applied: AppliedEdit }>(),
    changedByResult
  ),
  'scenarios.results': read(z.object({ id: rowId, year: year.optional() }).strict(), returns<ScenarioResults>()),
  'scenarios.compare': read(z.object({ ids: z.array(rowId).min(2).max(4) }).strict(), returns<ScenarioResults[]>()),
  'scenarios.sensitivity': read(
    z.object({ id: rowId, year, metric: z.enum(SENSITIVITY_METRICS).default('totalCoverage'), limit: z.number().int().min(1).max(60).default(20) }).strict(),
    returns<SensitivityResult>()
  ),
  'scenarios.figures': read(
    z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    returns<FigureChoice[]>()
  )
}
