// Whether the OS (or the browser) asks for the dark palette: the CSS follows prefers-color-scheme by itself, but
// charts drawn by script (ECharts) need to be told, and redrawn when the scheme changes while the app is open.
import { useEffect, useState } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

export function useDarkScheme(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia?.(QUERY).matches ?? false)
  useEffect(() => {
    const media = window.matchMedia?.(QUERY)
    if (!media) return
    const onChange = (): void => setDark(media.matches)
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [])
  return dark
}
