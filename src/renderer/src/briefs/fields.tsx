// Small form controls for brief settings: a text field and a text area that keep the analyst's typing locally
// and save on pause or when they leave the field, and a labelled row.
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react'

export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: ReactNode }): ReactElement {
  return (
    <label className="brief-field">
      <span className="brief-field-label">{label}</span>
      {children}
      {hint ? <span className="brief-field-hint">{hint}</span> : null}
    </label>
  )
}

interface TextProps {
  value: string
  disabled?: boolean
  multiline?: boolean
  rows?: number
  testId?: string
  placeholder?: string
  onSave(value: string): void
}

/** Saves 600 ms after the last keystroke, or at once on blur; shows the saved value again when it changes elsewhere. */
export function SavingText({ value, disabled, multiline, rows = 8, testId, placeholder, onSave }: TextProps): ReactElement {
  const [text, setText] = useState(value)
  const timer = useRef<number | null>(null)
  const focused = useRef(false)
  useEffect(() => {
    if (!focused.current) setText(value)
  }, [value])
  const flush = (next: string): void => {
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = null
    if (next !== value) onSave(next)
  }
  const change = (next: string): void => {
    setText(next)
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => flush(next), 600)
  }
  const common = {
    value: text,
    disabled,
    placeholder,
    'data-testid': testId,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false
      flush(text)
    }
  }
  return multiline ? (
    <textarea {...common} rows={rows} className="brief-textarea" onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} type="text" className="brief-input" onChange={(e) => change(e.target.value)} />
  )
}
