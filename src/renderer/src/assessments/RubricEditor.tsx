// Editing what each severity level means for one theme: five short texts, saved together as one undoable
// edit; an emptied level goes back to Lodestone's generic wording.
import { useState, type ReactElement } from 'react'
import type { ThemeRubric } from '../../../shared/analysis'
import { call, errorMessage } from '../api/client'

interface Props {
  rubric: ThemeRubric
  onClose(): void
}

export function RubricEditor({ rubric, onClose }: Props): ReactElement {
  const [texts, setTexts] = useState(rubric.levels.map((l) => (l.isDefault ? '' : l.text)))
  const [error, setError] = useState<string | null>(null)
  const save = (): void => {
    call('themes.setRubric', { themeId: rubric.themeId, levels: texts.map((t) => t.trim() || null) })
      .then(onClose)
      .catch((e: unknown) => setError(errorMessage(e)))
  }
  return (
    <div className="rubric-editor" data-testid="rubric-editor">
      <p className="muted">What each level means for “{rubric.themeName}”. Leave a level empty to use the generic wording shown.</p>
      {rubric.levels.map((l, i) => (
        <label key={l.level} className="rubric-edit-row">
          <span className={`sev-chip sev-${l.level}`}>{l.level}</span>
          <textarea
            className="field-input"
            rows={2}
            value={texts[i]}
            placeholder={l.isDefault ? l.text : ''}
            aria-label={`Severity ${l.level} means`}
            onChange={(e) => setTexts(texts.map((t, j) => (j === i ? e.target.value : t)))}
          />
        </label>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
      <div className="rubric-editor-actions">
        <button type="button" className="btn btn-primary" onClick={save}>
          Save rubric
        </button>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  )
}
