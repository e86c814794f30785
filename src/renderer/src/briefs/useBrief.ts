// One open brief: loads it, and saves patches at once, one after another, each with the version the previous
// save returned (so a change made elsewhere is reported, never overwritten). The screen shows a change before
// the engine confirms it, and goes back if the engine refuses.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Brief, BriefPatch } from '../../../shared/briefs'
import { ApiCallError, call, errorMessage } from '../api/client'

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
export function useBrief(id: number | null, revision: number, onSaved: () => void, onGone: () => void): OpenBrief {
  const [brief, setBrief] = useState<Brief | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(0)
  const confirmed = useRef<Brief | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const gone = useRef(onGone)
  useEffect(() => {
    gone.current = onGone
  })

  useEffect(() => {
    let live = true
    if (id === null) {
      setBrief(null)
      setError(null)
      confirmed.current = null
      return
    }
    call('briefs.get', { id })
      .then((b) => {
        if (!live) return
        confirmed.current = b
        setBrief(b)
        setError(null)
      })
      .catch((e: unknown) => {
        if (!live) return
        if (e instanceof ApiCallError && e.code === 'not_found') {
          confirmed.current = null
          setBrief(null)
          setError(null)
          gone.current()
        } else setError(errorMessage(e))
      })
    return () => {
      live = false
    }
  }, [id, revision])

  const save = useCallback(
    (patch: BriefPatch): Promise<Brief | null> => {
      setBrief((b) => (b ? applyLocally(b, patch) : b))
      setPending((n) => n + 1)
      const run = async (): Promise<Brief | null> => {
        const base = confirmed.current
        if (!base) return null
        try {
          const next = await call('briefs.update', { id: base.id, patch, expectedVersion: base.version })
          confirmed.current = next
          setBrief(next)
          setError(null)
          onSaved()
          return next
        } catch (e) {
          setError(errorMessage(e))
          setBrief(confirmed.current)
          return null
        } finally {
          setPending((n) => n - 1)
        }
      }
      const result = queue.current.then(run, run)
      queue.current = result
      return result
    },
    [onSaved]
  )

  return { brief, error, saving: pending > 0, save }
}
