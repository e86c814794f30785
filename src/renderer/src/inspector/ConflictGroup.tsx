// The figure's conflict group, at the top of the inspector: the figures other sources give for the same
// indicator, country, subject and year, side by side with their sources, which one is preferred (or used by
// rule, and why), and "Prefer this one" (one undoable edit).
import { useState, type ReactElement } from 'react'
import type { ConflictFigure } from '../../../shared/analysis'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'

interface Props {
  figureId: number
  readOnly: boolean
}

function valueOf(f: ConflictFigure): string {
  if (f.value === null) return f.valueText || 'NA'
  const q = f.qualifier && !['e', 'r', 'range', 'NA'].includes(f.qualifier) ? `${f.qualifier} ` : ''
  return `${q}${f.value.toLocaleString('en-US')} ${f.unit}${f.qualifier === 'e' ? ' e' : ''}`
}

export function ConflictGroup({ figureId, readOnly }: Props): ReactElement | null {
  const found = useCall('figures.conflicts', { observationId: figureId })
  const [error, setError] = useState<string | null>(null)
  const group = found.data?.[0]
  if (!group) return null
  const preferred = group.figures.find((f) => f.preferred)
  const used = group.figures.find((f) => f.id === group.usedId)
  const prefer = (id: number): void => {
    setError(null)
    call('figures.prefer', { id }).catch((e: unknown) => setError(errorMessage(e)))
  }
  return (
    <section className="inspector-conflict" data-testid="inspector-conflict" aria-label="Conflicting figures">
      <h3 className="inspector-conflict-title">
        <span className="badge badge-conflict">≠ conflict</span> {group.figures.length} figures disagree
      </h3>
      <p className="inspector-conflict-pref" data-testid="preferred-line">
        {preferred ? (
          <>
            Preferred: <strong>{preferred.code}</strong> ({preferred.source?.code ?? 'no source'})
          </>
        ) : (
          <>
            None preferred; indicators use <strong>{used?.code}</strong> by rule. {group.explanation}
          </>
        )}
      </p>
      <ul className="inspector-conflict-list">
        {group.figures.map((f) => (
          <li key={f.id} className={f.id === figureId ? 'is-current' : undefined}>
            <span className="nowrap">
              {f.code} <span className="num">{valueOf(f)}</span>
            </span>
            <span className="muted" title={f.source?.title}>
              {f.source?.code ?? 'no source'}
            </span>
            {f.preferred ? (
              <span className="badge badge-preferred">preferred</span>
            ) : readOnly ? null : (
              <button type="button" className="btn btn-small" onClick={() => prefer(f.id)} data-testid={`inspector-prefer-${f.code ?? f.id}`}>
                Prefer
              </button>
            )}
          </li>
        ))}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
    </section>
  )
}
