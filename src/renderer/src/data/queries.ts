// Every read a view shows, through TanStack Query: keyed by [method, args], kept until a change can have moved
// it (reads.ts says which), then read again once, or set in place from the engine's answer (the inspected row,
// the undo state). Never stale by time, never retried on its own: a refusal is shown in words. A read the change
// sends again leaves in the next task, so the grid's cell shows the engine's answer before any read is sent.
import { keepPreviousData, QueryClient, useQuery, type Query } from '@tanstack/react-query'
import type { Input, Method, MethodOf, Output, Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { ApiCallError, call, errorMessage } from '../api/client'
import { onChange, type ChangeNotice } from './changes'
import { effectOf } from './reads'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false }
  }
})

type ReadMethod = MethodOf<'read'>

export interface Loaded<T> {
  data: T | null
  error: string | null
  /** The last answer was 'not found' (deleted, or a restored backup predates it). */
  notFound: boolean
}

export function queryKey<M extends ReadMethod>(method: M, args: Input<M>): readonly [M, Input<M>] {
  return [method, args] as const
}

/**
 * The answer of `method` for `args`, read again whenever a change can have moved it; null args: not asked (no data).
 * The previous answer (of other args too, unless keepPrevious is false) stays on screen while the next is on its way.
 */
export function useCall<M extends ReadMethod>(method: M, args: Input<M> | null, options: { keepPrevious?: boolean } = {}): Loaded<Output<M>> {
  const q = useQuery<Output<M>, Error, Output<M>, readonly unknown[]>({
    queryKey: [method, args],
    queryFn: () => call(method, args as Input<M>),
    enabled: args !== null,
    placeholderData: (options.keepPrevious ?? true) ? keepPreviousData : undefined
  })
  const error = q.error
  return {
    data: args === null ? null : (q.data ?? null),
    error: error ? errorMessage(error) : null,
    notFound: error instanceof ApiCallError && error.code === 'not_found'
  }
}

/** The engine's copy of a row merged over the cached one, keeping reference labels it did not repeat. */
function patchRow(old: Row | undefined, fresh: Row): Row | undefined {
  if (!old) return undefined
  const merged: Row = { ...fresh }
  for (const key of Object.keys(old)) {
    if (!key.endsWith('__label') || key in fresh) continue
    const base = key.slice(0, -'__label'.length)
    if (fresh[base] !== old[base]) return undefined
    merged[key] = old[key]
  }
  return merged
}

function patch(method: Method, args: unknown, notice: ChangeNotice, old: unknown): unknown {
  if (method === 'history.state') return notice.history ?? undefined
  const { table, id } = args as { table: TableName; id: number }
  const fresh = notice.applied?.rows.find((r) => r.table === table && Number(r.row.id) === id)?.row
  return fresh ? patchRow(old as Row | undefined, fresh) : undefined
}

/** Queries a change marked stale, read again (those on screen) once the task that marked them is over. */
const toRefetch = new Set<Query>()
function refetchSoon(query: Query): void {
  if (toRefetch.size === 0) setTimeout(refetchMarked, 0)
  toRefetch.add(query)
}
function refetchMarked(): void {
  const marked = new Set(toRefetch)
  toRefetch.clear()
  void queryClient.refetchQueries({ type: 'active', predicate: (q) => marked.has(q) })
}

/** Applies one change to the cache: each query kept, set in place, or marked stale (and read again if on screen). */
export function applyChange(notice: ChangeNotice): void {
  for (const query of queryClient.getQueryCache().getAll()) {
    const [method, args] = query.queryKey as [Method, unknown]
    // A query not asked (null args) holds nothing to refresh.
    if (args === null || args === undefined) continue
    const effect = effectOf(method, args, notice)
    if (effect === 'keep') continue
    const next = effect === 'patch' ? patch(method, args, notice, query.state.data) : undefined
    if (next !== undefined) queryClient.setQueryData(query.queryKey, next)
    else {
      void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true, refetchType: 'none' })
      refetchSoon(query)
    }
  }
}

onChange(applyChange)
