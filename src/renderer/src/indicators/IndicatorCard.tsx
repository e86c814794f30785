// One indicator card: the number in large type with its unit and year, a one-line definition, parameters,
// a small chart, the choices made between disagreeing figures, notes, and the rows it was computed from.
// When the data do not allow it, the card says "not computable" and why, never NaN.
import { useState, type ReactElement } from 'react'
import type { IndicatorDef, IndicatorParams } from '../../../shared/analysis'
import { useCall } from '../data/queries'
import { EChart } from './EChart'
import { formatIndicator } from './format'
import { ParamControls } from './ParamControls'
import { Choices, UsedRows } from './UsedRows'

interface Props {
  def: IndicatorDef
  readOnly: boolean
}

export function IndicatorCard({ def, readOnly }: Props): ReactElement {
  const [params, setParams] = useState<IndicatorParams>({})
  const result = useCall('indicators.compute', { id: def.id, params })
  const r = result.data
  return (
    <article className="card" data-testid={`indicator-${def.id}`}>
      <header className="card-head">
        <h2 className="card-title">{def.title}</h2>
        <p className="card-def muted">{def.definition}</p>
      </header>
      {r?.headline ? (
        <div className="card-number" data-testid="indicator-value">
          <span className="big">{formatIndicator(r.headline.value)}</span> <span className="big-unit">{r.headline.unit}</span>
          <div className="card-number-label muted">{r.headline.label}</div>
        </div>
      ) : null}
      {r && !r.computable ? (
        <p className="not-computable" data-testid="not-computable">
          {r.reason}
        </p>
      ) : null}
      {result.error ? <p className="field-error">{result.error}</p> : null}
      <ParamControls def={def} params={params} resolved={r?.params ?? {}} onChange={setParams} />
      {r?.chart ? <EChart spec={r.chart} /> : null}
      {r ? <Choices result={r} readOnly={readOnly} /> : null}
      {r?.notes.length ? (
        <ul className="card-notes muted">
          {r.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
      <details className="card-formula">
        <summary>Formula</summary>
        <p>{def.formula}</p>
      </details>
      {r ? <UsedRows result={r} /> : null}
    </article>
  )
}
