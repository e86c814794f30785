// Every row of the file through the writing half, reporting progress and checking the cancel flag every
// PROGRESS_EVERY rows: converted here, row by row (small files, workbooks, the CLI and tests, a busy machine), or
// taken in batches from a parse thread (feed.ts) that converts them on another core. Both give the same items.
import { BatchDecoder } from './batches'
import { Converter } from './convert'
import { Feed, type FeedSpec } from './feed'
import { RowConverter, type RowItem } from './items'
import type { Plan } from './plan'
import type { PendingRef, RefResolver } from './refs'
import type { Source } from './source'

const PROGRESS_EVERY = 2000

/** The writing half (pipeline.ts): takes items in file order. */
export interface Taker {
  take(item: RowItem): void
  /** A reference row the parse thread found missing (its records carry the pending id). */
  adoptPending(p: PendingRef): void
  readonly tally: { rowCount: number }
}

export interface WalkHooks {
  progress?(p: { phase: 'importing'; rowsDone: number; done: number; total: number }): void
  cancelled?(): boolean
}

/** A parse thread's file: the bytes for the first pass (moved to it), then read again from disk by the next. */
export interface Spare {
  bytes: Uint8Array | null
}

/** Where the parse thread starts and what it reads, when the pipeline chose one for this file. */
export type FeedPlan = Omit<FeedSpec, 'fileName'> & { entry: string; spare: Spare }

/** Every row through the run: in this thread, or from a parse thread (`feed`). True when cancelled. */
export function walkRows(run: Taker, source: Source, plan: Plan, resolver: RefResolver, hooks: WalkHooks, feed: FeedPlan | null): boolean {
  if (!feed) return walkHere(run, source, plan, resolver, hooks)
  const { entry, spare, ...spec } = feed
  const bytes = spare.bytes
  spare.bytes = null
  source.release?.() // the parse thread reads the file itself: this thread need not hold its text
  return walkFeed(run, new Feed(entry, { ...spec, fileName: source.fileName }, bytes), source.progressTotal, hooks)
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
