// Every row of the file through the writing half, converted row by row, reporting progress and checking the
// cancel flag every PROGRESS_EVERY rows. (A parse thread feeding batches was tried for issue 11 and left out: on
// this 2-core machine it held the file twice, over the 500 MB budget, and lost to one thread under load.)
import { Converter } from './convert'
import { RowConverter, type RowItem } from './items'
import type { Plan } from './plan'
import type { RefResolver } from './refs'
import type { Source } from './source'

const PROGRESS_EVERY = 2000

/** The writing half (pipeline.ts): takes items in file order. */
export interface Taker {
  take(item: RowItem): void
  readonly tally: { rowCount: number }
}

export interface WalkHooks {
  progress?(p: { phase: 'importing'; rowsDone: number; done: number; total: number }): void
  cancelled?(): boolean
}

/** Converts and takes each row in this thread. True when cancelled. */
export function walkHere(run: Taker, source: Source, plan: Plan, resolver: RefResolver, hooks: WalkHooks): boolean {
  const rows = new RowConverter(new Converter(plan, resolver, source.layout.decimal, source.footnotes))
  const take = run.take.bind(run)
  let cancelled = false
  let sinceReport = 0
  source.eachRow((row, progress) => {
    rows.items(row, take)
    if (++sinceReport >= PROGRESS_EVERY) {
      sinceReport = 0
      hooks.progress?.({ phase: 'importing', rowsDone: run.tally.rowCount, done: progress, total: source.progressTotal })
      if (hooks.cancelled?.()) cancelled = true
    }
    return !cancelled
  })
  return cancelled || Boolean(hooks.cancelled?.())
}
