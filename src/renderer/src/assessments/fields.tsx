// Small document fields for the assessment editor: a line of text saved when it loses focus, and a choice
// (confidence, trend) or date saved as soon as it changes. Each shows the engine's refusal under it.
import { useEffect, useState, type KeyboardEvent, type ReactElement } from 'react'

interface TextProps {
  value: string | null
  label: string
  className?: string
  placeholder?: string
  disabled: boolean
  error?: string
  testId?: string
  type?: 'text' | 'date'
  /** A line that wraps (titles): a one-row text area that grows with its text; Enter still saves. */
  wrap?: boolean
  onSave(value: string | null): void
}

export function LineField({ value, label, className, placeholder, disabled, error, testId, type = 'text', wrap = false, onSave }: TextProps): ReactElement {
  const [text, setText] = useState(value ?? '')
  useEffect(() => setText(value ?? ''), [value])
  const commit = (next: string): void => {
    if ((next.trim() || null) !== (value ?? null)) onSave(next.trim() || null)
  }
  const common = { className: 'field-input', value: text, disabled, placeholder, 'data-testid': testId }
  const onEnter = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || type !== 'text') return
    e.preventDefault()
    commit(text)
  }
  return (
    <label className={`doc-field ${className ?? ''}`}>
      <span className="doc-field-label">{label}</span>
      {wrap ? (
        <textarea {...common} rows={1} onChange={(e) => setText(e.target.value.replace(/\n/g, ' '))} onBlur={() => commit(text)} onKeyDown={onEnter} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => {
            setText(e.target.value)
            if (type === 'date') commit(e.target.value)
          }}
          onBlur={() => type === 'text' && commit(text)}
          onKeyDown={onEnter}
        />
      )}
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  )
}

interface ChoiceProps {
  value: string | null
  label: string
  choices: readonly string[]
  disabled: boolean
  error?: string
  testId?: string
  onSave(value: string | null): void
}

export function ChoiceField({ value, label, choices, disabled, error, testId, onSave }: ChoiceProps): ReactElement {
  return (
    <label className="doc-field">
      <span className="doc-field-label">{label}</span>
      <select
        className="field-input field-select"
        value={value ?? ''}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onSave(e.target.value || null)}
      >
        <option value="">not set</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  )
}
