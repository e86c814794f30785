// Severity with its rubric: the five levels of this theme, each with what it means, the chosen one marked.
// Choosing a level saves it at once (undoable); the theme's own wording replaces the generic one where set.
import type { ReactElement } from 'react'
import type { ThemeRubric } from '../../../shared/analysis'
import { SeverityChip } from './SeverityChip'

interface Props {
  value: number | null
  rubric: ThemeRubric
  disabled: boolean
  onChoose(level: number): void
}

export function SeverityPicker({ value, rubric, disabled, onChoose }: Props): ReactElement {
  return (
    <div className="rubric" role="radiogroup" aria-label="Severity" data-testid="severity-picker">
      {rubric.levels.map((l) => (
        <button
          type="button"
          role="radio"
          aria-checked={value === l.level}
          key={l.level}
          className={`rubric-level${value === l.level ? ' is-chosen' : ''}`}
          disabled={disabled}
          onClick={() => onChoose(l.level)}
          data-testid={`severity-${l.level}`}
        >
          <SeverityChip severity={l.level} />
          <span className="rubric-text">
            {l.text}
            {l.isDefault ? null : <span className="rubric-own muted"> (this theme)</span>}
          </span>
        </button>
      ))}
    </div>
  )
}
