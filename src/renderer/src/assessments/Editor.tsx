// The assessment editor, as a document: title and one-line summary, status with Review and Publish, the
// judgement (severity against the theme's rubric, confidence, trend, as-of, author), rationale and
// recommendations in Markdown with a live sanitised preview, the live evidence list, and versions beside it.
import { useState, type ReactElement } from 'react'
import type { AssessmentDetail } from '../../../shared/analysis'
import { CONFIDENCE, SEVERITY_TRENDS } from '../../../shared/schema'
import { draftKey } from '../data/unsaved'
import { EvidenceList } from './EvidenceList'
import { ChoiceField, LineField } from './fields'
import { MarkdownField } from './MarkdownField'
import { RubricEditor } from './RubricEditor'
import { SeverityPicker } from './SeverityPicker'
import { StatusActions } from './StatusActions'
import { useFieldSave } from './useFieldSave'
import { VersionHistory } from './VersionHistory'

interface Props {
  detail: AssessmentDetail
  readOnly: boolean
  onBack(): void
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

export function Editor({ detail, readOnly, onBack }: Props): ReactElement {
  const a = detail.assessment
  const id = Number(a.id)
  const { save, errors } = useFieldSave(id, Number(a.version))
  const put = (column: string) => (value: string | number | null) => void save(column, value)
  const [editingRubric, setEditingRubric] = useState(false)
  return (
    <div className="editor" data-testid="assessment-editor">
      <article className="doc">
        <h1 className="visually-hidden">
          Assessment: {str(a.country_id__label)} · {str(a.theme_id__label)}
        </h1>
        <nav className="doc-crumbs">
          <button type="button" className="link-button" onClick={onBack} data-testid="back-to-board">
            ← Board
          </button>
          <span className="muted">
            {str(a.country_id__label)} · {str(a.theme_id__label)}
          </span>
        </nav>
        <LineField
          wrap
          className="doc-title"
          label="Title"
          value={str(a.title)}
          disabled={readOnly}
          error={errors.title}
          testId="field-title"
          onSave={put('title')}
        />
        <LineField
          wrap
          className="doc-summary"
          label="Summary"
          placeholder="The gap in one line"
          value={str(a.summary)}
          disabled={readOnly}
          error={errors.summary}
          testId="field-summary"
          onSave={put('summary')}
        />
        <StatusActions id={id} status={String(a.status)} version={Number(a.version)} readOnly={readOnly} />
        <section className="doc-section">
          <h2 className="doc-h2">Judgement</h2>
          <div className="doc-meta">
            <ChoiceField
              label="Confidence"
              value={str(a.confidence)}
              choices={CONFIDENCE}
              disabled={readOnly}
              error={errors.confidence}
              onSave={put('confidence')}
            />
            <ChoiceField
              label="Trend"
              value={str(a.trend)}
              choices={SEVERITY_TRENDS}
              disabled={readOnly}
              error={errors.trend}
              testId="field-trend"
              onSave={put('trend')}
            />
            <LineField label="As of" type="date" value={str(a.as_of)} disabled={readOnly} error={errors.as_of} onSave={put('as_of')} />
            <LineField label="Author" value={str(a.author)} disabled={readOnly} error={errors.author} onSave={put('author')} />
          </div>
          <div className="doc-field-label severity-label">
            Severity
            {readOnly || editingRubric ? null : (
              <button type="button" className="link-button" onClick={() => setEditingRubric(true)}>
                edit what the levels mean
              </button>
            )}
          </div>
          {editingRubric ? <RubricEditor rubric={detail.rubric} onClose={() => setEditingRubric(false)} /> : null}
          <SeverityPicker value={typeof a.severity === 'number' ? a.severity : null} rubric={detail.rubric} disabled={readOnly} onChoose={put('severity')} />
          {errors.severity ? <p className="field-error">{errors.severity}</p> : null}
        </section>
        <MarkdownField
          label="Rationale"
          name="rationale"
          value={str(a.rationale)}
          disabled={readOnly}
          error={errors.rationale}
          draftKey={draftKey(`assessment:${id}`, 'rationale')}
          onSave={(t) => save('rationale', t)}
        />
        <MarkdownField
          label="Recommendations"
          name="recommendations"
          value={str(a.recommendations)}
          disabled={readOnly}
          error={errors.recommendations}
          draftKey={draftKey(`assessment:${id}`, 'recommendations')}
          onSave={(t) => save('recommendations', t)}
        />
        <EvidenceList assessmentId={id} items={detail.evidence} readOnly={readOnly} />
      </article>
      <VersionHistory assessmentId={id} versions={detail.versions} editedSinceVersion={detail.editedSinceVersion} />
    </div>
  )
}
