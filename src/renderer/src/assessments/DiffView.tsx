// A readable diff of two versions (or a version and now): changed fields as "Severity 4 → 5", rationale and
// recommendations word by word (removed struck through, added underlined), evidence added and removed.
import type { ReactElement } from 'react'
import type { AssessmentDiff, SnapshotEvidence } from '../../../shared/analysis'
import { valueText } from './labels'

const show = (v: string | number | null): string => (v === null || v === '' ? 'none' : String(v))

function EvidenceLine({ e }: { e: SnapshotEvidence }): ReactElement {
  return (
    <>
      <strong>{e.label}</strong> <span className="muted">{valueText(e.value, e.unit)}</span>
    </>
  )
}

export function DiffView({ diff }: { diff: AssessmentDiff }): ReactElement {
  return (
    <div className="diff" data-testid="diff">
      <p className="diff-head muted">
        {diff.from.label} → {diff.to.label}
      </p>
      {diff.unchanged ? <p className="muted">No differences.</p> : null}
      {diff.fields.length ? (
        <ul className="diff-fields">
          {diff.fields.map((f) => (
            <li key={f.field} data-testid={`diff-field-${f.field}`}>
              <span className="diff-label">{f.label}</span> <del>{show(f.from)}</del> → <ins>{show(f.to)}</ins>
            </li>
          ))}
        </ul>
      ) : null}
      {diff.texts.map((t) => (
        <div key={t.field} className="diff-text" data-testid={`diff-text-${t.field}`}>
          <div className="diff-label">{t.label}</div>
          <p>
            {t.parts.map((p, i) =>
              p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'added' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>
            )}
          </p>
        </div>
      ))}
      {diff.evidenceAdded.length || diff.evidenceRemoved.length || diff.evidenceChanged.length ? (
        <ul className="diff-evidence">
          {diff.evidenceAdded.map((e) => (
            <li key={`a${e.table}${e.targetId}`} className="diff-added" data-testid="diff-evidence-added">
              + evidence <EvidenceLine e={e} />
            </li>
          ))}
          {diff.evidenceRemoved.map((e) => (
            <li key={`r${e.table}${e.targetId}`} className="diff-removed" data-testid="diff-evidence-removed">
              − evidence <EvidenceLine e={e} />
            </li>
          ))}
          {diff.evidenceChanged.map((c) => (
            <li key={`c${c.after.table}${c.after.targetId}`}>
              ~ {c.after.label}: {c.what}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
