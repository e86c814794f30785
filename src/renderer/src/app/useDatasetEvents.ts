// Listen for 'dataset.changed' (an edit here, in another window or tab, an undo, an import) and for the
// event stream coming back after a drop; either way call `onChange` once per burst.
import { useEffect, useRef } from 'react'
import { onEvent, onReconnect } from '../api/client'

export function useDatasetEvents(onChange: () => void, burstMs = 60): void {
  const latest = useRef(onChange)
  latest.current = onChange
  useEffect(() => {
    let timer: number | undefined
    const schedule = (): void => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => latest.current(), burstMs)
    }
    const offChanged = onEvent('dataset.changed', schedule)
    const offReconnect = onReconnect(schedule)
    return () => {
      window.clearTimeout(timer)
      offChanged()
      offReconnect()
    }
  }, [burstMs])
}
