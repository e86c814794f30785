// The brief's outline: the document settings, then its sections in order. Each section can be included or
// dropped (checkbox), moved up or down, or removed; sections the brief lacks can be added back.
import type { ReactElement } from 'react'
import { SECTION_KINDS, SECTION_LABELS, type BriefConfig, type SectionKind } from '../../../shared/briefs'

export type Selected = 'document' | SectionKind

interface Props {
  config: BriefConfig
  selected: Selected
  readOnly: boolean
  onSelect(selected: Selected): void
  onChange(sections: BriefConfig['sections']): void
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

export function Outline({ config, selected, readOnly, onSelect, onChange }: Props): ReactElement {
  const sections = config.sections
  const missing = SECTION_KINDS.filter((k) => !sections.some((s) => s.kind === k))
  return (
    <nav className="brief-outline" aria-label="Outline">
      <div className="brief-pane-title">Outline</div>
      <button
        type="button"
        className={`outline-item${selected === 'document' ? ' is-active' : ''}`}
        onClick={() => onSelect('document')}
        data-testid="outline-document"
      >
        <span className="outline-label">Title and page</span>
      </button>
      <ol className="outline-list">
        {sections.map((s, i) => (
          <li
            key={s.kind}
            className={`outline-row${selected === s.kind ? ' is-active' : ''}${s.include ? '' : ' is-dropped'}`}
            data-testid={`outline-${s.kind}`}
          >
            <input
              type="checkbox"
              checked={s.include}
              disabled={readOnly}
              aria-label={`Include ${SECTION_LABELS[s.kind]}`}
              onChange={(e) => onChange(sections.map((x, j) => (j === i ? { ...x, include: e.target.checked } : x)))}
            />
            <button type="button" className="outline-label" onClick={() => onSelect(s.kind)}>
              {s.title || SECTION_LABELS[s.kind]}
            </button>
            <span className="outline-moves">
              <button
                type="button"
                className="icon-button"
                disabled={readOnly || i === 0}
                aria-label={`Move ${SECTION_LABELS[s.kind]} up`}
                onClick={() => onChange(move(sections, i, i - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={readOnly || i === sections.length - 1}
                aria-label={`Move ${SECTION_LABELS[s.kind]} down`}
                onClick={() => onChange(move(sections, i, i + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={readOnly}
                aria-label={`Remove ${SECTION_LABELS[s.kind]}`}
                onClick={() => onChange(sections.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      {missing.length && !readOnly ? (
        <label className="outline-add">
          <span className="muted">Add a section</span>
          <select
            value=""
            onChange={(e) => e.target.value && onChange([...sections, { kind: e.target.value as SectionKind, include: true }])}
            data-testid="outline-add"
          >
            <option value="">Choose…</option>
            {missing.map((k) => (
              <option key={k} value={k}>
                {SECTION_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </nav>
  )
}
