// The Start view on a dataset's first opening: the host keeps which files have had their Start shown
// ('datasets.welcome', beside recent files in its settings folder, so a new port or window does not show it
// again), and a file shown for the first time opens on Start. A page opened with an address of its own keeps it;
// a page opened bare on a known dataset goes back to the view last shown; a Save As copy carries on where it was.
import { useEffect, useRef } from 'react'
import { call } from '../api/client'
import { DEFAULT_ROUTE, type Route } from './route'
import { lastRoute, type RouteState } from './useRoute'

export function useFirstOpen(datasetPath: string | null, { route, addressed, navigate }: RouteState): void {
  const shownPath = useRef<string | null>(null)
  // The route when the host answers (the answer is asynchronous; the route may have moved meanwhile).
  const routeNow = useRef(route)
  useEffect(() => {
    routeNow.current = route
  }, [route])

  useEffect(() => {
    if (datasetPath === null || shownPath.current === datasetPath) return
    const firstInWindow = shownPath.current === null
    shownPath.current = datasetPath
    // A host that cannot say (no settings, an error) is taken as "seen": never a Start the analyst did not ask for.
    void call('datasets.welcome', {}).then(
      (answer) => decide(answer.firstOpen),
      () => decide(false)
    )
    function decide(isNew: boolean): void {
      if (shownPath.current !== datasetPath) return // another file opened before the answer came
      if (firstInWindow && addressed) return
      const next: Route | null = isNew ? { view: 'start' } : routeNow.current ? null : (lastRoute() ?? DEFAULT_ROUTE)
      // The first decision of a bare page replaces its address; another file opened later is a step Back can undo.
      if (next) navigate(next, { replace: firstInWindow })
    }
  }, [datasetPath, addressed, navigate])
}
