// The Start view on a dataset's first opening: the paths of datasets this window has shown are remembered
// (localStorage, newest last), and a path not among them opens on Start. A page opened with an address of its
// own keeps it; a page opened bare on a known dataset goes back to the view last shown.
import { useEffect, useRef } from 'react'
import { DEFAULT_ROUTE, type Route } from './route'
import { lastRoute, type RouteState } from './useRoute'

const SEEN_KEY = 'lodestone.seenDatasets'
const MAX_SEEN = 50

function seenPaths(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(SEEN_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : []
  } catch {
    return []
  }
}

/** Marks the path as seen; true when it was not seen before. */
function markSeen(path: string): boolean {
  const seen = seenPaths()
  if (seen.includes(path)) return false
  try {
    window.localStorage.setItem(SEEN_KEY, JSON.stringify([...seen, path].slice(-MAX_SEEN)))
  } catch {
    // Storage unavailable: Start shows again next time, which is harmless.
  }
  return true
}

export function useFirstOpen(datasetPath: string | null, { route, addressed, navigate }: RouteState): void {
  const shownPath = useRef<string | null>(null)
  useEffect(() => {
    if (datasetPath === null || shownPath.current === datasetPath) return
    const firstInWindow = shownPath.current === null
    shownPath.current = datasetPath
    const isNew = markSeen(datasetPath)
    if (firstInWindow && addressed) return
    const next: Route | null = isNew ? { view: 'start' } : route ? null : (lastRoute() ?? DEFAULT_ROUTE)
    // The first decision of a bare page replaces its address; another file opened later is a step Back can undo.
    if (next) navigate(next, { replace: firstInWindow })
  }, [datasetPath, addressed, route, navigate])
}
