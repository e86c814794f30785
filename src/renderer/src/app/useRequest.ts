// Load one thing from the engine and reload it whenever `deps` change (the dataset revision, usually);
// the previous answer stays on screen while the next one is on its way. Says when the thing asked for does not
// exist (deleted, or a restored backup predates it), so a view can fall back to its list instead of an error.
import { useEffect, useState } from 'react'
import { ApiCallError, errorMessage } from '../api/client'

export interface Loaded<T> {
  data: T | null
  error: string | null
  /** The last answer was 'not found'. */
  notFound: boolean
}

export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, notFound: false })
  useEffect(() => {
    let live = true
    load()
      .then((data) => live && setState({ data, error: null, notFound: false }))
      .catch((e: unknown) => live && setState((s) => ({ data: s.data, error: errorMessage(e), notFound: e instanceof ApiCallError && e.code === 'not_found' })))
    return () => {
      live = false
    }
    // The caller names what the request depends on.
  }, deps)
  return state
}
