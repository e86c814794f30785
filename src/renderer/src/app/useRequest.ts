// Load one thing from the engine and reload it whenever `deps` change (the dataset revision, usually);
// the previous answer stays on screen while the next one is on its way.
import { useEffect, useState } from 'react'
import { errorMessage } from '../api/client'

export interface Loaded<T> {
  data: T | null
  error: string | null
}

export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null })
  useEffect(() => {
    let live = true
    load()
      .then((data) => live && setState({ data, error: null }))
      .catch((e: unknown) => live && setState((s) => ({ data: s.data, error: errorMessage(e) })))
    return () => {
      live = false
    }
    // The caller names what the request depends on.
  }, deps)
  return state
}
