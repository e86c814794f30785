// What a dash in a Figures value cell means, as the source's legend says (mapping.dash): no figure (NA, the
// default) or zero. Offered when the preview meets a dash, or the mapping already says; the cell is kept as printed.
import type { ReactElement } from 'react'
import type { ImportPreview, Mapping } from '../../../shared/dataFiles'

const DASHES = new Set(['--', '-', '\u2014', '\u2013'])

interface Props {
  preview: ImportPreview
  mapping: Mapping
  readOnly: boolean
  onChange(mapping: Mapping): void
}

export function DashLegend({ preview, mapping, readOnly, onChange }: Props): ReactElement | null {
  if (mapping.table !== 'observation') return null
  const seen = preview.rows.some((r) => typeof r.values.value === 'string' && DASHES.has(r.values.value.trim()))
  if (!seen && mapping.dash === undefined) return null
  return (
    <p className="import-dash" data-testid="import-dash">
      <label>
        A dash (--, &mdash;) in a value cell means{' '}
        <select
          value={mapping.dash ?? 'not available'}
          disabled={readOnly}
          onChange={(e) => onChange({ ...mapping, dash: e.target.value === 'zero' ? 'zero' : 'not available' })}
          data-testid="import-dash-choice"
        >
          <option value="not available">no figure (NA)</option>
          <option value="zero">zero</option>
        </select>
      </label>{' '}
      <span className="muted">as the source&rsquo;s legend says; the cell is kept as printed either way.</span>
    </p>
  )
}
