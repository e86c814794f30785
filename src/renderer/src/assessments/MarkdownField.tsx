// Rationale or recommendations: Markdown on the left, the sanitised rendering on the right as you type.
// Saved when the text area loses focus (or Ctrl+Enter); the preview never runs what it shows.
import { useEffect, useState, type ReactElement } from 'react'
import { Markdown } from './Markdown'

interface Props {
  label: string
  name: string
  value: string | null
  disabled: boolean
  error?: string
  onSave(text: string | null): Promise<boolean>
}

export function MarkdownField({ label, name, value, disabled, error, onSave }: Props): ReactElement {
  const [text, setText] = useState(value ?? '')
  useEffect(() => setText(value ?? ''), [value])
  const commit = (): void => {
    const next = text.trim() ? text : null
    if ((next ?? '') !== (value ?? '')) void onSave(next)
  }
  return (
    <section className="doc-section md-field" data-testid={`md-${name}`}>
      <h2 className="doc-h2">{label}</h2>
      <div className="md-split">
        <textarea
          className="field-input md-source"
          value={text}
          disabled={disabled}
          aria-label={`${label} (Markdown)`}
          data-testid={`md-${name}-source`}
          placeholder="Write in Markdown: **bold**, lists, [links](https://…)"
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit()
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
