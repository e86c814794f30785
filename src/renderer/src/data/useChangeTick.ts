// A count that moves each time a change touches what some work reads that is not a query of its own (Find's
// search as the analyst types): the work depends on it and runs again. Scoped by table, never global.
import { useEffect, useState } from 'react'
import type { TableName } from '../../../shared/schema'
import { onChange } from './changes'

export function useChangeTick(tables: readonly TableName[]): number {
  const [tick, setTick] = useState(0)
  const key = tables.join(',')
  useEffect(() => {
    const watched = new Set(key.split(','))
    return onChange((notice) => {
      if (notice.domain !== null) return
      if (notice.tables === 'all' || [...notice.tables].some((t) => watched.has(t))) setTick((n) => n + 1)
    })
  }, [key])
  return tick
}
