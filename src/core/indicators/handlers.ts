// Contract handlers for computed indicators and conflicting figures. Preferring a figure is an edit like any
// other (logged, undoable, announced); computing reads only.
import type { Handlers, HandlerContext } from '../handlers'
import { EngineError } from '../errors'
import { listConflicts, preferFigure } from './conflicts'
import { computeAll, computeIndicator, listIndicators } from './registry'

type IndicatorHandlers = Pick<Handlers, 'indicators.list' | 'indicators.compute' | 'indicators.computeAll' | 'figures.conflicts' | 'figures.prefer'>

export function indicatorHandlers(ctx: HandlerContext): IndicatorHandlers {
  return {
    'indicators.list': () => listIndicators(ctx.db),
    'indicators.compute': (input) => computeIndicator(ctx.db, input.id, input.params),
    'indicators.computeAll': () => computeAll(ctx.db),
    'figures.conflicts': (input) => listConflicts(ctx.db, input),
    'figures.prefer': (input) => {
      if (ctx.info.readOnly) throw new EngineError('read_only', 'This dataset is open read-only, so it cannot be changed. Open a copy to edit it.')
      const applied = preferFigure({ db: ctx.db, actor: ctx.actor }, input.id, input.clear, input.over)
      if (applied.batchId) ctx.events.emit('dataset.changed', { batchId: applied.batchId, tables: ['observation'], origin: 'user' })
      return applied
    }
  }
}
