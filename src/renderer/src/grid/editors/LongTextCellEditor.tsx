// Long text edited from the grid: a roomy textarea in a popup over the cell. Enter starts a new line,
// Ctrl/Cmd+Enter saves, Escape cancels. (The inspector is the comfortable place for long text.)
import { useEffect, useRef, useState, type ReactElement, type RefObject } from 'react'
import { coerceCell } from '../../../../shared/validate'
import { CellErrorTip } from '../../ui/CellErrorTip'
import { useEditorCallbacks } from './editorHost'
import { startedByClearing, typedKey, useFocusOnMount, type EditorProps } from './editorProps'

function useTextareaKeys(area: RefObject<HTMLTextAreaElement | null>, commit: () => void): void {
  const latest = useRef(commit)
  latest.current = commit
  useEffect(() => {
    const el = area.current
    if (!el) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Enter') return
      e.stopPropagation()
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault()
        latest.current()
      }
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [area])
}

export function LongTextCellEditor(props: EditorProps): ReactElement {
  const { column, onValueChange, stopEditing } = props
  const area = useRef<HTMLTextAreaElement>(null)
  const typed = typedKey(props)
  const [text, setText] = useState(() => (startedByClearing(props) ? '' : (typed ?? (props.value == null ? '' : String(props.value)))))
  const [error, setError] = useState<string | null>(null)
  const textRef = useRef(text)
  textRef.current = text

  useEffect(() => {
    if (typed !== null || startedByClearing(props)) onValueChange(textRef.current)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount: how the editor was started
  }, [])
  useEditorCallbacks({ isCancelAfterEnd: () => !coerceCell(column, textRef.current).ok })
  useFocusOnMount(area, false)
  useTextareaKeys(area, () => {
    const coerced = coerceCell(column, textRef.current)
    if (coerced.ok) stopEditing()
    else setError(coerced.message)
  })

  return (
    <div className="longtext-editor">
      <textarea
        ref={area}
        aria-label={column.label}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setError(null)
          onValueChange(e.target.value)
        }}
      />
      <div className="longtext-editor-hint">
        <span>{column.label}</span>
        <span>
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save · <kbd>Esc</kbd> cancel
        </span>
      </div>
      {error ? <CellErrorTip anchor={area.current} message={error} /> : null}
    </div>
  )
}
