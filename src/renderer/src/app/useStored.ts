// A small piece of UI state remembered between sessions (the open table, the inspector's visibility) in
// localStorage. Only layout preferences live here, never data.
import { useCallback, useState } from 'react'

function read<T>(key: string, fallback: T, accept: (v: unknown) => v is T): T {
  try {
    const raw = window.localStorage.getItem(key)
    if (raw === null) return fallback
    const value: unknown = JSON.parse(raw)
    return accept(value) ? value : fallback
  } catch {
    return fallback
  }
}

export function useStored<T>(key: string, fallback: T, accept: (v: unknown) => v is T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, fallback, accept))
  const set = useCallback(
    (next: T) => {
      setValue(next)
      try {
        window.localStorage.setItem(key, JSON.stringify(next))
      } catch {
        // Storage may be unavailable (private mode, quota): the preference just is not remembered.
      }
    },
    [key]
  )
  return [value, set]
}
