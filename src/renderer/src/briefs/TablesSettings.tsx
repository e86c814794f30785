// The data appendix's tables: which tables, with an optional "only this country" filter and a row limit.
// (Any grid's own filter can also be exported as CSV, XLSX or JSON from its Export menu.)
import type { ReactElement } from 'react'
import { TABLES, tableDef, type TableName } from '../../../shared/schema'
import type { Brief, BriefPatch, TableSpec } from '../../../shared/briefs'

interface Props {
  brief: Brief
  readOnly: boolean
  save(patch: BriefPatch): void
}

function countryFilter(table: TableName, countryName: string | null): TableSpec['filters'] {
  const column = tableDef(table).columns.find((c) => c.ref === 'country' && (c.name === 'country_id' || c.name === 'reporter_id'))
  return column && countryName ? [{ column: column.name, op: 'equals', value: countryName }] : []
}

export function TablesSettings({ brief, readOnly, save }: Props): ReactElement {
  const specs = brief.config.tables
  const put = (tables: TableSpec[]): void => save({ config: { ...brief.config, tables } })
  return (
    <div className="brief-tables">
      {specs.map((spec, i) => (
        <div className="brief-table-spec" key={i}>
          <strong>{spec.title || tableDef(spec.table).label}</strong>
          <span className="muted">
            {spec.filters.length ? `${spec.filters.length} filter${spec.filters.length > 1 ? 's' : ''}` : 'all rows'} · up to {spec.limit} rows
          </span>
          <button type="button" className="btn btn-quiet btn-small" disabled={readOnly} onClick={() => put(specs.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      {readOnly ? null : (
        <label className="brief-field">
          <span className="brief-field-label">Add a table{brief.countryName ? ` (rows for ${brief.countryName} where the table has a country)` : ''}</span>
          <select
            className="brief-input"
            value=""
            data-testid="add-appendix-table"
            onChange={(e) => {
              const table = e.target.value as TableName
              if (table) put([...specs, { table, filters: countryFilter(table, brief.countryName), sort: [], limit: 200 }])
            }}
          >
            <option value="">Choose a table…</option>
            {TABLES.map((t) => (
              <option key={t.name} value={t.name}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
