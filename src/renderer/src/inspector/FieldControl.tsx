// One field in the inspector or the new-row form, with the editor its type calls for: text and numbers
// (commit on Enter or blur), long text (textarea, commit on blur or Ctrl+Enter), enums and yes/no (select),
// dates, and references (picker). The caller decides what a commit means and answers with an error or null.
import { useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactElement } from 'react'
import type { ColumnDef } from '../../../shared/schema'
import type { CellValue } from '../../../shared/validate'
import { formatValue } from '../data/format'
import { RefField } from './RefField'
import { useDraft } from './useDraft'

export interface FieldControlProps {
  id: string
  col: ColumnDef
  value: string | number | null
  refLabel?: string | null
  unit?: string | null
  readOnly: boolean
  autoFocus?: boolean
  onCommit(raw: CellValue, label?: string | null): Promise<string | null>
}

function useCommit(onCommit: FieldControlProps['onCommit']): {
  error: string | null
  commit(raw: CellValue, label?: string | null): Promise<boolean>
  clear(): void
} {
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  return {
    error,
    clear: () => setError(null),
    commit: async (raw, label) => {
      // Enter then blur must not send the same edit twice (the second would meet a stale version).
      if (busy.current) return false
      busy.current = true
      try {
        const message = await onCommit(raw, label)
        setError(message)
        return message === null
      } finally {
        busy.current = false
      }
    }
  }
}

function FieldError({ message }: { message: string | null }): ReactElement | null {
  return message ? (
    <div className="field-error" data-testid="field-error" role="alert">
      {message}
    </div>
  ) : null
}

function TextInputField(props: FieldControlProps): ReactElement {
  const { id, col, value, unit, readOnly, autoFocus } = props
  const numeric = col.type === 'number' || col.type === 'integer' || col.type === 'year'
  const draft = useDraft(value === null ? '' : String(value))
  const [focused, setFocused] = useState(false)
  const { error, commit, clear } = useCommit(props.onCommit)
  const save = async (): Promise<void> => {
    if (draft.dirty && (await commit(draft.text))) draft.settle()
  }
  const common = {
    id,
    className: `field-input${numeric ? ' is-num' : ''}${col.type === 'text' ? ' field-autogrow' : ''}${error ? ' is-invalid' : ''}`,
    value: numeric && !focused && !draft.dirty ? formatValue(col, value) : draft.text,
    placeholder: readOnly ? undefined : '—',
    readOnly,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false)
      void save()
    },
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => draft.change(e.target.value),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter') {
        e.preventDefault()
        void save()
      } else if (e.key === 'Escape' && (draft.dirty || error)) {
        e.stopPropagation()
        draft.reset()
        clear()
      }
    }
  }
  // One-line text wraps as it grows so a long name stays readable; Enter still saves.
  const control =
    col.type === 'text' ? (
      <textarea rows={1} spellCheck {...common} />
    ) : (
      <input type={col.type === 'date' ? 'date' : 'text'} inputMode={numeric ? 'decimal' : undefined} {...common} />
    )
  return (
    <>
      <div
        className={`field-input-wrap${unit ? ' has-unit' : ''}`}
        onMouseDown={(e) => {
          // Clicking the empty part of a quantity's box puts the caret in its number.
          if (unit && e.target === e.currentTarget) {
            e.preventDefault()
            e.currentTarget.querySelector('input')?.focus()
          }
        }}
      >
        {control}
        {unit ? <span className="field-unit">{unit}</span> : null}
      </div>
      <FieldError message={error} />
    </>
  )
}

function LongTextField(props: FieldControlProps): ReactElement {
  const { id, value, readOnly, autoFocus } = props
  const draft = useDraft(value === null ? '' : String(value))
  const { error, commit, clear } = useCommit(props.onCommit)
  const save = async (): Promise<void> => {
    if (draft.dirty && (await commit(draft.text))) draft.settle()
  }
  return (
    <>
      <textarea
        id={id}
        className={`field-input field-textarea${error ? ' is-invalid' : ''}`}
        value={draft.text}
        placeholder={readOnly ? undefined : `Add ${props.col.label.toLowerCase()}…`}
        readOnly={readOnly}
        autoFocus={autoFocus}
        onBlur={() => void save()}
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            void save()
          } else if (e.key === 'Escape' && (draft.dirty || error)) {
            e.stopPropagation()
            draft.reset()
            clear()
          }
        }}
      />
      <FieldError message={error} />
    </>
  )
}

function selectOptions(col: ColumnDef): { value: string; label: string }[] {
  if (col.type === 'bool')
    return [
      { value: '1', label: 'Yes' },
      { value: '0', label: 'No' }
    ]
  return (col.enumValues ?? []).filter((v) => v !== '').map((v) => ({ value: v, label: v }))
}

function SelectField(props: FieldControlProps): ReactElement {
  const { id, col, value, readOnly, autoFocus } = props
  const { error, commit } = useCommit(props.onCommit)
  const blankAllowed = !col.required || (col.enumValues ?? []).includes('')
  const current = value === null ? '' : String(value)
  return (
    <>
      <select
        id={id}
        className={`field-input field-select${current === '' ? ' is-empty' : ''}${error ? ' is-invalid' : ''}`}
        value={current}
        disabled={readOnly}
        autoFocus={autoFocus}
        onChange={(e) => void commit(e.target.value === '' ? null : e.target.value)}
      >
        {blankAllowed || current === '' ? <option value="">{blankAllowed ? '—' : 'Choose…'}</option> : null}
        {selectOptions(col).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError message={error} />
    </>
  )
}

function RefControl(props: FieldControlProps): ReactElement {
  const { error, commit } = useCommit(props.onCommit)
  const value = typeof props.value === 'number' ? props.value : props.value === null ? null : Number(props.value)
  return (
    <>
      <RefField
        id={props.id}
        col={props.col}
        value={value}
        label={props.refLabel ?? null}
        disabled={props.readOnly}
        autoFocus={props.autoFocus}
        onPick={(picked, label) => void commit(picked, label)}
      />
      <FieldError message={error} />
    </>
  )
}

export function FieldControl(props: FieldControlProps): ReactElement {
  if (props.col.readOnly) return <div className="field-static">{formatValue(props.col, props.value) || '—'}</div>
  switch (props.col.type) {
    case 'longtext':
      return <LongTextField {...props} />
    case 'enum':
    case 'bool':
      return <SelectField {...props} />
    case 'ref':
      return <RefControl {...props} />
    default:
      return <TextInputField {...props} />
  }
}
