// Rationale or recommendations: Markdown on the left, the sanitised rendering on the right as you type.
// Saved as it is typed: a pause of a moment (or leaving the field, Ctrl+Enter) saves, one undo step per pause.
// Every keystroke also lands in a local draft, so a reload or a crash before the save loses nothing.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { clearDraft, readDraft, writeDraft, type TextDraft } from '../data/unsaved'
import { Markdown } from './Markdown'

interface Props {
  label: string
  name: string
  value: string | null
  disabled: boolean
  error?: string
  /** Where this field's draft is kept (one per assessment and field). */
  draftKey: string
  onSave(text: string | null): Promise<boolean>
}

/** How long typing must pause before the text is saved. */
export const SAVE_PAUSE_MS = 700

export function MarkdownField({ label, name, value, disabled, error, draftKey, onSave }: Props): ReactElement {
  const stored = value ?? ''
  const [text, setText] = useState(stored)
  const [note, setNote] = useState<string | null>(null)
  const [offered, setOffered] = useState<TextDraft | null>(null)
  const textRef = useRef(stored)
  const savedRef = useRef(stored)
  const timer = useRef<number | undefined>(undefined)
  const chain = useRef<Promise<unknown>>(Promise.resolve())
  const latest = useRef({ onSave, draftKey, disabled })
  latest.current = { onSave, draftKey, disabled }

  const flush = (): void => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    chain.current = chain.current.then(async () => {
      const next = textRef.current
      if (next === savedRef.current || latest.current.disabled) return
      const ok = await latest.current.onSave(next.trim() ? next : null)
      if (!ok) return
      savedRef.current = next
      if (textRef.current === next) clearDraft(latest.current.draftKey)
    })
  }
  const flushRef = useRef(flush)
  flushRef.current = flush

  const change = (next: string): void => {
    textRef.current = next
    setText(next)
    setNote(null)
    writeDraft(draftKey, next, savedRef.current)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => flushRef.current(), SAVE_PAUSE_MS)
  }

  // A stored value that changes from elsewhere (undo, another window) replaces the text unless the analyst has
  // unsaved typing of their own in it.
  useEffect(() => {
    if (stored === savedRef.current) return
    if (textRef.current === savedRef.current) {
      textRef.current = stored
      setText(stored)
    }
    savedRef.current = stored
  }, [stored])

  // On opening: a draft left by a reload or crash over the same saved text is restored and saved; one typed
  // over a text that has changed since is offered instead.
  useEffect(() => {
    const draft = readDraft(draftKey)
    if (!draft || draft.text === savedRef.current) {
      if (draft) clearDraft(draftKey)
      return
    }
    if (draft.base === savedRef.current && !latest.current.disabled) {
      textRef.current = draft.text
      setText(draft.text)
      setNote('Restored the text typed before the page closed; it is saved now.')
      flushRef.current()
    } else setOffered(draft)
    return () => flushRef.current()
  }, [draftKey])

  useEffect(() => () => flushRef.current(), [])

  return (
    <section className="doc-section md-field" data-testid={`md-${name}`}>
      <h2 className="doc-h2">{label}</h2>
      {note ? (
        <p className="draft-note" role="status" data-testid={`md-${name}-note`}>
          {note}
        </p>
      ) : null}
      {offered ? (
        <div className="draft-note" role="status" data-testid={`md-${name}-offer`}>
          An unsaved draft of this text from {offered.at ? new Date(offered.at).toLocaleString() : 'an earlier session'} differs from the saved one.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              change(offered.text)
              setOffered(null)
            }}
          >
            Restore the draft
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearDraft(draftKey)
              setOffered(null)
            }}
          >
            Discard it
          </button>
        </div>
      ) : null}
      <div className="md-split">
        <textarea
          className="field-input md-source"
          value={text}
          disabled={disabled}
          aria-label={`${label} (Markdown)`}
          data-testid={`md-${name}-source`}
          placeholder="Write in Markdown: **bold**, lists, [links](https://…)"
          onChange={(e) => change(e.target.value)}
          onBlur={flush}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) flush()
          }}
        />
        <div className="md-preview" aria-label={`${label} preview`}>
          <Markdown source={text} testId={`md-${name}-preview`} empty="The rendered text appears here." />
        </div>
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </section>
  )
}
