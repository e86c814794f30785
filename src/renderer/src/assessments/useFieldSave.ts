// Saving one field of an assessment as a logged edit, with the row version the editor saw (a change made
// meanwhile elsewhere is refused, not overwritten). Saves made in quick succession (text saved as it is typed)
// carry the version the previous save produced. Remembers the last refusal per field to show under it.
import { useCallback, useRef, useState } from 'react'
import { call, errorMessage } from '../api/client'

export interface FieldSave {
  save(column: string, value: string | number | null): Promise<boolean>
  errors: Record<string, string>
  saving: boolean
}

export function useFieldSave(id: number, version: number): FieldSave {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  // The newest version known: the editor's (after a reload) or the one our own last save produced.
  const known = useRef({ id, version })
  if (known.current.id !== id || version > known.current.version) known.current = { id, version }
  const save = useCallback(
    async (column: string, value: string | number | null) => {
      setSaving(true)
      try {
        const applied = await call('edits.apply', {
          changes: [{ kind: 'update', table: 'assessment', id, column, value, expectedVersion: known.current.version }]
        })
        const row = applied.rows.find((r) => r.table === 'assessment' && Number(r.row.id) === id)
        if (row && typeof row.row.version === 'number' && known.current.id === id)
          known.current = { id, version: Math.max(known.current.version, row.row.version) }
        setErrors(({ [column]: _drop, ...rest }) => rest)
        return true
      } catch (e) {
        setErrors((prev) => ({ ...prev, [column]: errorMessage(e) }))
        return false
      } finally {
        setSaving(false)
      }
    },
    [id]
  )
  return { save, errors, saving }
}
