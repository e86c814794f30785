// Saving one field of an assessment as a logged edit, with the row version the editor saw (a change made
// meanwhile elsewhere is refused, not overwritten). Remembers the last refusal per field to show under it.
import { useCallback, useState } from 'react'
import { call, errorMessage } from '../api/client'

export interface FieldSave {
  save(column: string, value: string | number | null): Promise<boolean>
  errors: Record<string, string>
  saving: boolean
}

export function useFieldSave(id: number, version: number, onSaved: () => void): FieldSave {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const save = useCallback(
    async (column: string, value: string | number | null) => {
      setSaving(true)
      try {
        await call('edits.apply', { changes: [{ kind: 'update', table: 'assessment', id, column, value, expectedVersion: version }] })
        setErrors(({ [column]: _drop, ...rest }) => rest)
        onSaved()
        return true
      } catch (e) {
        setErrors((prev) => ({ ...prev, [column]: errorMessage(e) }))
        return false
      } finally {
        setSaving(false)
      }
    },
    [id, version, onSaved]
  )
  return { save, errors, saving }
}
