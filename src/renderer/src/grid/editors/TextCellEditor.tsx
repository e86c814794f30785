// The in-cell editor for one-line values: text, number, integer, year (text input) and date (date input).
// Each keystroke is checked with the shared coerceCell; a refused value keeps the editor open with the
// reason under the cell, and leaving the cell by clicking away discards it (nothing is written).
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { coerceCell } from '../../../../shared/validate'
import { CellErrorTip } from '../../ui/CellErrorTip'
import { useEditorCallbacks } from './editorHost'
import { startedByClearing, typedKey, useCommitGuard, useFocusOnMount, type EditorProps } from './editorProps'
import { takeTypeAhead } from './typeAhead'

const NUMERIC = new Set(['number', 'integer', 'year'])

function startText(props: EditorProps): string {
  if (startedByClearing(props)) return ''
  const typed = props.column.type === 'date' ? null : typedKey(props)
  if (typed !== null) return typed
  return props.value === null || props.value === undefined ? '' : String(props.value)
}

export function TextCellEditor(props: EditorProps): ReactElement {
  const { column, onValueChange } = props
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState(() => startText(props))
  const [error, setError] = useState<string | null>(null)
  const textRef = useRef(text)
  textRef.current = text
  const fresh = typedKey(props) !== null || startedByClearing(props)

  const push = (value: string): void => {
    const coerced = coerceCell(column, value)
    onValueChange(coerced.ok ? coerced.value : value)
  }

  // Once, on mount: a typed or cleared start is already a change the grid must know about, with any keys typed
  // while the editor was mounting (and an Enter among them, which then commits).
  useEffect(() => {
    const ahead = fresh ? takeTypeAhead() : { text: '', enter: false }
    if (ahead.text) {
      textRef.current += ahead.text
      setText(textRef.current)
    }
    if (fresh) push(textRef.current)
    if (ahead.enter) window.setTimeout(() => props.stopEditing(), 0)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount (see above)
  }, [])

  useEditorCallbacks({ isCancelAfterEnd: () => !coerceCell(column, textRef.current).ok })
  useFocusOnMount(input, !fresh)
  useCommitGuard(input, () => {
    const coerced = coerceCell(column, textRef.current)
    if (!coerced.ok) setError(coerced.message)
    return coerced.ok
  })

  return (
    <>
      <input
        ref={input}
        className={`cell-input${NUMERIC.has(column.type) ? ' is-num' : ''}${error ? ' is-invalid' : ''}`}
        type={column.type === 'date' ? 'date' : 'text'}
        inputMode={NUMERIC.has(column.type) ? 'decimal' : undefined}
        aria-label={column.label}
        aria-invalid={error ? true : undefined}
        spellCheck={column.type === 'text'}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setError(null)
          push(e.target.value)
        }}
      />
      {error ? <CellErrorTip anchor={props.eGridCell} message={error} /> : null}
    </>
  )
}
