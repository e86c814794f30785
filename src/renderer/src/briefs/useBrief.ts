// One open brief: a 'briefs.get' query, and patches saved at once, one after another, each with the version the
// previous save returned (so a change made elsewhere is reported, never overwritten). The screen shows a change
// before the engine confirms it, and goes back if the engine refuses; a fresh read never overwrites a save on its way.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Brief, BriefPatch } from '../../../shared/briefs'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'

export interface OpenBrief {
  brief: Brief | null
  error: string | null
  saving: boolean
  save(patch: BriefPatch): Promise<Brief | null>
}

function applyLocally(brief: Brief, patch: BriefPatch): Brief {
  const { config, ...fields } = patch
  return { ...brief, ...fields, config: config ? ({ ...brief.config, ...config } as Brief['config']) : brief.config } as Brief
}

/** `onGone` runs when the brief no longer exists (deleted elsewhere, or a restored backup predates it). */
export function useBrief(id: number | null, onGone: () => void): OpenBrief {
  const [brief, setBrief] = useState<Brief | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(0)
  const saving = useRef(0)
  const confirmed = useRef<Brief | null>(null)
  const loaded = useCall('briefs.get', id === null ? null : { id }, { keepPrevious: false })
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const gone = useRef(onGone)
  useEffect(() => {
    gone.current = onGone
  })

  const fresh = loaded.data
  const notFound = loaded.notFound
  const readError = loaded.error
  useEffect(() => {
    if (id === null || notFound) {
      confirmed.current = null
      setBrief(null)
      setError(null)
      if (notFound) gone.current()
      return
    }
    if (readError) return setError(readError)
    if (!fresh || saving.current > 0 || (confirmed.current?.id === fresh.id && confirmed.current.version > fresh.version)) return
    confirmed.current = fresh
    setBrief(fresh)
    setError(null)
  }, [id, fresh, notFound, readError])

  const save = useCallback((patch: BriefPatch): Promise<Brief | null> => {
    setBrief((b) => (b ? applyLocally(b, patch) : b))
    setPending((n) => n + 1)
    saving.current += 1
    const run = async (): Promise<Brief | null> => {
      const base = confirmed.current
      if (!base) return null
      try {
        const next = await call('briefs.update', { id: base.id, patch, expectedVersion: base.version })
        confirmed.current = next
        setBrief(next)
        setError(null)
        return next
      } catch (e) {
        setError(errorMessage(e))
        setBrief(confirmed.current)
        return null
      } finally {
        saving.current -= 1
        setPending((n) => n - 1)
      }
    }
    const result = queue.current.then(run, run)
    queue.current = result
    return result
  }, [])

  return { brief, error, saving: pending > 0, save }
}
