// Choosing a referenced row in the grid (country, unit, source, …): a search popup over the cell backed by
// 'rows.lookup'. The cell stores the chosen row's id; the engine answers with its label.
import { useState, type ReactElement } from 'react'
import { RefPicker } from '../../ui/RefPicker'
import { typedKey, type EditorProps } from './editorProps'

export function RefCellEditor(props: EditorProps): ReactElement {
  const { column, onValueChange, stopEditing } = props
  const [initialQuery] = useState(() => typedKey(props) ?? '')

  return (
    <div className="popup-editor" style={{ minWidth: Math.max(props.eGridCell.offsetWidth, 360) }}>
      <RefPicker
        column={column}
        initialQuery={initialQuery}
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
