// What one change does to the read cache: the edited row is set in place from the answer (no read), a read the
// change makes stale is sent again only after the task that told the change is over, and once however many
// changes that task told. Queries here are the cache's own (QueryObserver), with counting functions for answers.
import { afterEach, describe, expect, it } from 'vitest'
import { QueryObserver } from '@tanstack/react-query'
import type { AppliedEdit } from '../../../shared/api'
import type { ChangeNotice } from './changes'
import { applyChange, queryClient } from './queries'

const rowKey = ['rows.get', { table: 'trade_flow', id: 7 }] as const
const historyKey = ['history.forRow', { table: 'trade_flow', id: 7 }] as const

function edited(batchId: number): ChangeNotice {
  const applied: AppliedEdit = { batchId, insertedIds: [], rows: [{ table: 'trade_flow', row: { id: 7, version: 2, value_usd: 5 } }], deleted: [] }
  return { tables: new Set(['trade_flow']), applied, history: null, reshaped: false, domain: null }
}

/** A query on screen whose answers are counted. */
async function watched(key: readonly unknown[], answer: () => unknown): Promise<{ reads: () => number; stop: () => void }> {
  let reads = 0
  const observer = new QueryObserver(queryClient, {
    queryKey: key,
    queryFn: () => {
      reads += 1
      return answer()
    }
  })
  const stop = observer.subscribe(() => undefined)
  await queryClient.fetchQuery({ queryKey: key }).catch(() => undefined)
  return { reads: () => reads, stop }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5))

afterEach(() => queryClient.clear())

describe('the read cache after an edit', () => {
  it('sets the edited row in place, and reads its history again only after the task that told the edit', async () => {
    const row = await watched(rowKey, () => ({ id: 7, version: 1, value_usd: 4 }))
    const history = await watched(historyKey, () => [])
    expect([row.reads(), history.reads()]).toEqual([1, 1])

    applyChange(edited(12))
    applyChange(edited(13))
    expect(queryClient.getQueryData(rowKey)).toEqual({ id: 7, version: 2, value_usd: 5 })
    expect(history.reads()).toBe(1)

    await nextTask()
    expect([row.reads(), history.reads()]).toEqual([1, 2])
    row.stop()
    history.stop()
  })

  it('leaves a read of another row as it is', async () => {
    const other = await watched(['history.forRow', { table: 'trade_flow', id: 8 }], () => [])
    applyChange(edited(14))
    await nextTask()
    expect(other.reads()).toBe(1)
    other.stop()
  })

  it('does not ask again a read that failed, when the change does not touch what it reads', async () => {
    const failed = await watched(['rows.get', { table: 'facility', id: 1 }], () => {
      throw new Error('not found')
    })
    applyChange(edited(15))
    await nextTask()
    expect(failed.reads()).toBe(1)
    failed.stop()
  })
})
