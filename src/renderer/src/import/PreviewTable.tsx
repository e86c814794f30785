// The first 100 records as they will be stored, one column per field that gets a value, each row marked new,
// update, unchanged, invalid or skipped; a refused cell is red and says why on hover (and in the list below), and
// a cell an analyst had edited in Lodestone is marked and says whether it is kept or replaced.
import type { ReactElement } from 'react'
import type { ImportPreview, PreviewRow } from '../../../shared/dataFiles'

const STATUS: Record<PreviewRow['status'], string> = { new: 'New', update: 'Update', unchanged: 'Same', invalid: 'Invalid', skipped: 'Skipped' }

/** Quantities with thousands separators; years, ids and codes as written. */
function show(value: string | number | null | undefined, type: string): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' && type === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(value)
}

/** The file as it is, while the mapping cannot be used yet: the analyst sees what they are mapping. */
function RawTable({ preview }: { preview: ImportPreview }): ReactElement {
  return (
    <div className="preview-scroll" role="region" aria-label="Preview of the file" tabIndex={0}>
      <table className="preview-table is-raw" data-testid="raw-table">
        <thead>
          <tr>
            {preview.columns.map((c) => (
              <th key={c.index}>{c.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((r, i) => (
            <tr key={i}>
              {preview.columns.map((c) => (
                <td key={c.index}>{r[c.index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function PreviewTable({ preview }: { preview: ImportPreview }): ReactElement {
  if (preview.mappingProblems.length) return <RawTable preview={preview} />
  const used = new Set<string>()
  for (const r of preview.rows) for (const k of [...Object.keys(r.values), ...Object.keys(r.problems)]) used.add(k)
  const fields = preview.targets.filter((t) => used.has(t.name))
  const unit = preview.layout.format === 'json' ? 'Record' : 'Row'
  return (
    <div className="preview-scroll" role="region" aria-label="Preview of the rows" tabIndex={0}>
      <table className="preview-table" data-testid="preview-table">
        <thead>
          <tr>
            <th className="num">{unit}</th>
            <th>Status</th>
            {fields.map((f) => (
              <th key={f.name}>{f.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r, i) => (
            <tr key={`${r.row}-${i}`} className={`is-${r.status}`} data-testid="preview-row">
              <td className="num muted">{r.row}</td>
              <td>
                <span className={`status-chip is-${r.status}`} title={r.note}>
                  {STATUS[r.status]}
                </span>
              </td>
              {r.note && Object.keys(r.values).length === 0 ? (
                <td colSpan={fields.length} className="cell-note">
                  {r.note}
                </td>
              ) : (
                fields.map((f) => {
                  const problem = r.problems[f.name]
                  const edited = r.edited?.[f.name]
                  return (
                    <td key={f.name} className={problem ? 'cell-bad' : edited ? 'cell-edited' : undefined} title={problem ?? edited}>
                      {show(r.values[f.name], f.type)}
                    </td>
                  )
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.rows.length === 0 ? <p className="muted preview-empty">No rows to show.</p> : null}
    </div>
  )
}
