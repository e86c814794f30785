// Figures the dataset already holds from another source under other words: the subjects the import stores in
// the dataset's words (mapping.subjects, proposed by the preview), so each repeat meets the other source's figure
// in one group; the analyst can keep the file's words instead, or go back to the proposal.
import type { ReactElement } from 'react'
import type { Mapping } from '../../../shared/dataFiles'

interface Props {
  mapping: Mapping
  readOnly: boolean
  onChange(mapping: Mapping): void
}

/** The mapping without its subjects, so the next preview proposes them again. */
export function withoutSubjects(mapping: Mapping): Mapping {
  const { subjects: _subjects, ...rest } = mapping
  return rest
}

export function SubjectWords({ mapping, readOnly, onChange }: Props): ReactElement | null {
  if (mapping.table !== 'observation' || mapping.subjects === undefined) return null
  if (mapping.subjects.length === 0)
    return (
      <p className="muted import-subjects" data-testid="import-subjects">
        Subjects are kept as the file words them.{' '}
        <button type="button" className="link-button" disabled={readOnly} onClick={() => onChange(withoutSubjects(mapping))}>
          Use the dataset&rsquo;s words where figures repeat
        </button>
      </p>
    )
  return (
    <div className="import-subjects" data-testid="import-subjects">
      <p>
        Stored in the dataset&rsquo;s words, where its figures from other sources repeat this file&rsquo;s values (the file&rsquo;s words go into each
        figure&rsquo;s note):
      </p>
      <ul>
        {mapping.subjects.map((w) => (
          <li key={`${w.indicator}|${w.from}`}>
            <span className="muted">{w.indicator}:</span> &ldquo;{w.from}&rdquo; &rarr; &ldquo;{w.to}&rdquo;
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" disabled={readOnly} onClick={() => onChange({ ...mapping, subjects: [] })} data-testid="keep-file-words">
        Keep the file&rsquo;s words
      </button>
    </div>
  )
}
