// Every row of the file through the writing half, reporting progress and checking the cancel flag every
// PROGRESS_EVERY rows: converted here, row by row (small files, workbooks, the CLI and tests), or taken in
// batches from a parse thread (feed.ts) that converts them on the other core. Both give the same items in order.
import { Converter } from './convert'
import type { Feed } from './feed'
import { BatchDecoder, RowConverter, type RowItem } from './items'
import type { Plan } from './plan'
import type { PendingRef, RefResolver } from './refs'
import type { Source } from './source'

const PROGRESS_EVERY = 2000

/** The writing half (pipeline.ts): takes items in file order. */
export interface Taker {
  take(item: RowItem): void
  adoptPending(p: PendingRef): void
  readonly tally: { rowCount: number }
}

export interface WalkHooks {
  progress?(p: { phase: 'importing'; rowsDone: number; done: number; total: number }): void
  cancelled?(): boolean
}

/** Converts and takes each row in this thread. True when cancelled. */
export function walkHere(run: Taker, source: Source, plan: Plan, resolver: RefResolver, hooks: WalkHooks): boolean {
  const rows = new RowConverter(new Converter(plan, resolver, source.layout.decimal))
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

/** Takes the parse thread's batches until the last (or a cancel); the parse thread is stopped either way. */
export function walkFeed(run: Taker, feed: Feed, total: number, hooks: WalkHooks): boolean {
  const decoder = new BatchDecoder()
  const take = run.take.bind(run)
  let sinceReport = 0
  try {
    for (let batch = feed.next(); batch; batch = feed.next()) {
      for (const p of batch.pending) run.adoptPending(p)
      decoder.each(batch, take)
      sinceReport += batch.rows
      if (sinceReport < PROGRESS_EVERY) continue
      sinceReport = 0
      hooks.progress?.({ phase: 'importing', rowsDone: run.tally.rowCount, done: batch.progress, total })
      if (hooks.cancelled?.()) return true
    }
  } finally {
    feed.stop()
  }
  return Boolean(hooks.cancelled?.())
}
