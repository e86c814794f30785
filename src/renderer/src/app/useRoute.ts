// The current view as the URL hash says it: in-app navigation pushes a history entry (so the browser's or the
// window's Back and Forward move between views), a reload keeps the view, and an unknown address is replaced
// quietly (by Figures; on opening, as if there were none). Hash only: no server rewrites, and no navigation the desktop shell would have to allow.
import { useCallback, useEffect, useState } from 'react'
import { DEFAULT_ROUTE, parseRoute, routeHash, type Route } from './route'

const LAST_ROUTE_KEY = 'lodestone.route'

export interface RouteState {
  /** Null until decided: the page was opened without an address and the first-open check has not run yet. */
  route: Route | null
  /** True when the page was opened with an address of its own (it wins over the first-open Start view). */
  addressed: boolean
  navigate(route: Route, options?: { replace?: boolean }): void
}

/** The view last shown, for a start without an address (the desktop window always opens index.html bare). */
export function lastRoute(): Route | null {
  try {
    return parseRoute(window.localStorage.getItem(LAST_ROUTE_KEY) ?? '')
  } catch {
    return null
  }
}

function remember(route: Route): void {
  try {
    window.localStorage.setItem(LAST_ROUTE_KEY, routeHash(route))
  } catch {
    // Storage may be unavailable: a bare start then opens the default view.
  }
}

function writeHash(route: Route, replace: boolean): void {
  const hash = routeHash(route)
  if (window.location.hash === hash) return
  // pushState/replaceState change the hash without a navigation (no will-navigate in the desktop shell).
  if (replace) window.history.replaceState(window.history.state, '', hash)
  else window.history.pushState(null, '', hash)
}

/** The route in the address after Back, Forward or a typed address; one that names no view is replaced by the default. */
function routeFromAddress(): Route {
  const route = parseRoute(window.location.hash)
  if (route) return route
  writeHash(DEFAULT_ROUTE, true)
  return DEFAULT_ROUTE
}

export function useRoute(): RouteState {
  // A page opened on an address that names no view opens as if bare (Start on a first open, else the last view).
  const [addressed] = useState(() => parseRoute(window.location.hash) !== null)
  const [route, setRoute] = useState<Route | null>(() => parseRoute(window.location.hash))

  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    writeHash(next, options.replace ?? false)
    setRoute((current) => (current && routeHash(current) === routeHash(next) ? current : next))
  }, [])

  useEffect(() => {
    if (route) remember(route)
  }, [route])

  useEffect(() => {
    // Back, Forward, or an address typed in the browser's bar.
    const follow = (): void => {
      const next = routeFromAddress()
      setRoute((current) => (current && routeHash(current) === routeHash(next) ? current : next))
    }
    window.addEventListener('popstate', follow)
    window.addEventListener('hashchange', follow)
    return () => {
      window.removeEventListener('popstate', follow)
      window.removeEventListener('hashchange', follow)
    }
  }, [])

  return { route, addressed, navigate }
}
