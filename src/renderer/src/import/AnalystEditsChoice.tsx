// Values an analyst set in Lodestone that the file would change: the preview names them by row and column, and
// the analyst chooses to take the file's values (the default; Undo brings the edits back) or to keep theirs
// (mapping.edited 'keep', the rest of each row still from the file).
import type { ReactElement } from 'react'
import type { ImportPreview, Mapping } from '../../../shared/dataFiles'

interface Props {
  preview: ImportPreview
  mapping: Mapping
  readOnly: boolean
  onChange(mapping: Mapping): void
}

/** The mapping without the rule, so the file's values are taken (the default). */
function replacing(mapping: Mapping): Mapping {
  const { edited: _edited, ...rest } = mapping
  return rest
}

export function AnalystEditsChoice({ preview, mapping, readOnly, onChange }: Props): ReactElement | null {
  const edits = preview.analystEdits
  if (!edits?.message) return null
  const keeping = mapping.edited === 'keep'
  return (
    <p className={`import-analyst-edits${keeping ? ' is-kept' : ''}`} role="note" data-testid="preview-analyst-edits">
      <span data-testid="analyst-edits-message">{edits.message}</span>{' '}
      <button
        type="button"
        className="link-button"
        disabled={readOnly}
        onClick={() => onChange(keeping ? replacing(mapping) : { ...mapping, edited: 'keep' })}
        data-testid="analyst-edits-choice"
      >
        {keeping ? 'Take the file\u2019s values instead' : 'Keep the values edited in Lodestone'}
      </button>
    </p>
  )
}
