// A field's text while the analyst types: follows the stored value until edited, then holds the draft
// until it is saved (settle) or abandoned (reset), so a refresh never wipes half-typed work and a save
// does not flash the old value while the engine's answer is on its way.
import { useEffect, useRef, useState } from 'react'

export interface Draft {
  text: string
  dirty: boolean
  change(text: string): void
  reset(): void
  settle(): void
}

export function useDraft(stored: string): Draft {
  const [text, setText] = useState(stored)
  const [dirty, setDirty] = useState(false)
  const dirtyRef = useRef(false)
  dirtyRef.current = dirty
  useEffect(() => {
    if (!dirtyRef.current) setText(stored)
  }, [stored])
  return {
    text,
    dirty,
    change: (next) => {
      setText(next)
      setDirty(true)
    },
    reset: () => {
      setText(stored)
      setDirty(false)
    },
    settle: () => setDirty(false)
  }
}
