// Whether the window is too narrow to keep the inspector docked beside the grid (the nav, a usable grid and the
// inspector need about 1100 px). Below that the inspector is a drawer over the grid.
import { useEffect, useState } from 'react'

export const NARROW_QUERY = '(max-width: 1100px)'

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches)
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY)
    const follow = (): void => setNarrow(query.matches)
    query.addEventListener('change', follow)
    follow()
    return () => query.removeEventListener('change', follow)
  }, [])
  return narrow
}
