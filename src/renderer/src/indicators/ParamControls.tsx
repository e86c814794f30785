// An indicator's parameters as small controls: choices and sources as lists, countries, HS codes and years
// as short text fields applied on Enter or when they lose focus. Empty means the indicator's default.
import { useEffect, useState, type ReactElement } from 'react'
import type { IndicatorDef, IndicatorParams, ParamValue } from '../../../shared/analysis'

interface Props {
  def: IndicatorDef
  params: IndicatorParams
  resolved: IndicatorParams
  onChange(params: IndicatorParams): void
}

function TextParam({ value, placeholder, label, onCommit }: { value: string; placeholder: string; label: string; onCommit(v: string): void }): ReactElement {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  return (
    <input
      className="field-input param-input"
      value={text}
      placeholder={placeholder}
      aria-label={label}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => onCommit(text)}
      onKeyDown={(e) => e.key === 'Enter' && onCommit(text)}
    />
  )
}

export function ParamControls({ def, params, resolved, onChange }: Props): ReactElement {
  const set = (name: string, value: ParamValue): void => {
    const next = { ...params }
    if (value === null || value === '') delete next[name]
    else next[name] = value
    onChange(next)
  }
  return (
    <div className="params">
      {def.params.map((p) => {
        const current = params[p.name] ?? ''
        const shown = resolved[p.name] ?? p.default ?? ''
        return (
          <label key={p.name} className="param" title={p.description}>
            <span className="param-label">{p.label}</span>
            {p.choices ? (
              <select
                className="field-input field-select param-input"
                value={String(current)}
                aria-label={p.label}
                onChange={(e) => set(p.name, e.target.value)}
              >
                <option value="">{p.default === null ? `default (${String(shown)})` : `default (${String(p.default)})`}</option>
                {p.choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            ) : (
              <TextParam
                value={String(current)}
                label={p.label}
                placeholder={String(shown || 'latest')}
                onCommit={(v) => set(p.name, p.kind === 'year' && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : v.trim())}
              />
            )}
          </label>
        )
      })}
    </div>
  )
}
