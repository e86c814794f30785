// Contract handlers for computed indicators and conflicting figures. Preferring a figure is an edit like any
// other (logged, undoable, announced); computing reads only.
import type { Handlers, HandlerContext } from '../handlerContext'
import { listConflicts, preferFigure } from './conflicts'
import { computeAll, computeIndicator, listIndicators } from './registry'

type IndicatorHandlers = Pick<Handlers, 'indicators.list' | 'indicators.compute' | 'indicators.computeAll' | 'figures.conflicts' | 'figures.prefer'>

export function indicatorHandlers(ctx: HandlerContext): IndicatorHandlers {
  return {
    'indicators.list': () => listIndicators(ctx.db),
    'indicators.compute': (input) => computeIndicator(ctx.db, input.id, input.params),
    'indicators.computeAll': () => computeAll(ctx.db),
    'figures.conflicts': (input) => listConflicts(ctx.db, input),
    'figures.prefer': (input) => preferFigure({ db: ctx.db, actor: ctx.actor }, input.id, input.clear, input.over)
  }
}
