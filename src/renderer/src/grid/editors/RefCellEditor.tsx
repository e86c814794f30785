// Choosing a referenced row in the grid (country, unit, source, …): a search popup over the cell backed by
// 'rows.lookup'. The cell stores the chosen row's id; the engine answers with its label. Keys typed while the
// popup mounts (and an Enter among them) are taken from the grid's type-ahead, so a fast "India⏎" is India.
import { useState, type ReactElement } from 'react'
import { RefPicker } from '../../ui/RefPicker'
import { typedKey, type EditorProps } from './editorProps'
import { takeTypeAhead } from './typeAhead'

export function RefCellEditor(props: EditorProps): ReactElement {
  const { column, onValueChange, stopEditing } = props
  const [start] = useState(() => {
    const key = typedKey(props)
    const ahead = key === null ? { text: '', enter: false } : takeTypeAhead()
    return { query: (key ?? '') + ahead.text, enter: ahead.enter }
  })

  return (
    <div className="popup-editor" style={{ minWidth: Math.max(props.eGridCell.offsetWidth, 360) }}>
      <RefPicker
        column={column}
        initialQuery={start.query}
        initialEnter={start.enter}
        currentId={typeof props.value === 'number' ? props.value : null}
        autoFocus
        onPick={(id) => {
          onValueChange(id)
          stopEditing()
        }}
      />
    </div>
  )
}
