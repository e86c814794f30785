// The wizard's state: the uploaded file, how to read it, the target table and mapping, the latest preview
// (re-run in the engine's worker whenever a choice changes, one at a time, the newest choice winning), and
// the running import's job status from 'job.progress' events.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportPreview, ImportTable, JobStatus, Mapping, ReadOptions, UploadResult } from '../../../shared/dataFiles'
import { call, errorMessage, onEvent } from '../api/client'
import { uploadFile } from './upload'

export type ReadChoice = Partial<ReadOptions>

export interface ImportState {
  upload: UploadResult | null
  table: ImportTable
  read: ReadChoice
  mapping: Mapping | null
  preview: ImportPreview | null
  previewing: boolean
  busy: string | null
  error: string | null
  job: JobStatus | null
}

const INITIAL: ImportState = {
  upload: null,
  table: 'observation',
  read: {},
  mapping: null,
  preview: null,
  previewing: false,
  busy: null,
  error: null,
  job: null
}

export function useImport(): {
  state: ImportState
  chooseFile(file: File): Promise<void>
  /** Start from a file already uploaded (by the desktop File menu). */
  takeUpload(upload: UploadResult): void
  setTable(table: ImportTable): void
  setRead(read: ReadChoice, keepMapping?: boolean): void
  setMapping(mapping: Mapping): void
  loadMapping(mapping: Mapping, read: ReadChoice): void
  start(mode: 'all' | 'valid'): Promise<void>
  cancel(): Promise<void>
  reset(): void
  fail(message: string): void
} {
  const [state, setState] = useState<ImportState>(INITIAL)
  const latest = useRef(state)
  latest.current = state
  const running = useRef(false)
  const again = useRef(false)

  const preview = useCallback(async () => {
    if (running.current) {
      again.current = true
      return
    }
    running.current = true
    do {
      again.current = false
      const s = latest.current
      if (!s.upload) break
      setState((x) => ({ ...x, previewing: true }))
      try {
        const p = await call('import.preview', {
          uploadId: s.upload.uploadId,
          table: s.table,
          read: s.read,
          ...(s.mapping && s.mapping.table === s.table ? { mapping: s.mapping } : {})
        })
        // A shipped mapping chosen for this file brings its read options (header row, sheet): the import uses them too.
        const savedRead = p.origin?.kind === 'saved' ? (p.origin.read ?? {}) : null
        setState((x) => ({ ...x, preview: p, mapping: p.mapping, error: null, ...(savedRead ? { read: { ...x.read, ...savedRead } } : {}) }))
      } catch (e) {
        setState((x) => ({ ...x, error: errorMessage(e) }))
      }
    } while (again.current)
    running.current = false
    setState((x) => ({ ...x, previewing: false }))
  }, [])

  const timer = useRef<number | undefined>(undefined)
  /** Apply a choice and preview again: at once for a new file, after a short pause while typing. */
  const update = useCallback(
    (patch: Partial<ImportState>, delayMs = 0) => {
      setState((x) => ({ ...x, ...patch }))
      latest.current = { ...latest.current, ...patch }
      window.clearTimeout(timer.current)
      if (delayMs === 0) void preview()
      else timer.current = window.setTimeout(() => void preview(), delayMs)
    },
    [preview]
  )
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const chooseFile = useCallback(
    async (file: File) => {
      setState((x) => ({ ...x, busy: `Reading ${file.name}…`, error: null, preview: null, mapping: null, read: {}, job: null }))
      try {
        const upload = await uploadFile(file, (sent, total) =>
          setState((x) => ({ ...x, busy: `Sending ${file.name}… ${Math.round((sent / Math.max(total, 1)) * 100)}%` }))
        )
        update({ upload, busy: null })
      } catch (e) {
        setState((x) => ({ ...x, busy: null, upload: null, error: errorMessage(e) }))
      }
    },
    [update]
  )

  useEffect(
    () =>
      onEvent('job.progress', (status) => {
        if (latest.current.job?.jobId === status.jobId) setState((x) => ({ ...x, job: status }))
      }),
    []
  )

  const start = useCallback(async (mode: 'all' | 'valid') => {
    const s = latest.current
    if (!s.upload || !s.mapping) return
    try {
      const job = await call('import.start', { uploadId: s.upload.uploadId, read: s.read, mapping: s.mapping, mode })
      setState((x) => ({ ...x, job, error: null }))
      latest.current = { ...latest.current, job }
      const now = await call('jobs.get', { jobId: job.jobId })
      setState((x) => (x.job?.jobId === now.jobId && x.job.state === 'running' ? { ...x, job: now } : x))
    } catch (e) {
      setState((x) => ({ ...x, error: errorMessage(e) }))
    }
  }, [])

  const cancel = useCallback(async () => {
    const job = latest.current.job
    if (!job) return
    try {
      setState((x) => ({ ...x, job: { ...job, phase: 'cancelling' } }))
      await call('import.cancel', { jobId: job.jobId })
    } catch (e) {
      setState((x) => ({ ...x, error: errorMessage(e) }))
    }
  }, [])

  return {
    state,
    chooseFile,
    takeUpload: (upload) => update({ upload, busy: null, error: null, preview: null, mapping: null, read: {}, job: null }),
    setTable: (table) => update({ table, mapping: null }),
    setRead: (read, keepMapping = false) => update({ read, ...(keepMapping ? {} : { mapping: null }) }),
    setMapping: (mapping) => update({ mapping }, 400),
    loadMapping: (mapping, read) => update({ mapping, table: mapping.table, read: { ...latest.current.read, ...read } }),
    start,
    cancel,
    reset: () => setState({ ...INITIAL, table: latest.current.table }),
    fail: (message) => setState((x) => ({ ...x, error: message }))
  }
}
