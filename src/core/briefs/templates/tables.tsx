// The data appendix: chosen tables with their filters and sort, as printed tables. Columns come from the schema
// registry (visible ones, or those chosen); quantities carry their unit; a source column becomes a citation.
import type { ReactNode } from 'react'
import type { Row } from '../../../shared/api'
import type { TableSpec } from '../../../shared/briefs'
import { tableDef, type ColumnDef } from '../../../shared/schema'
import { problem, useBrief } from '../context'
import type { TablePage } from '../gather'
import { formatNumber } from '../format'
import { Cite } from './parts'

function columnsFor(spec: TableSpec): ColumnDef[] {
  const def = tableDef(spec.table)
  if (spec.columns?.length) return spec.columns.map((name) => def.columns.find((c) => c.name === name)).filter((c): c is ColumnDef => Boolean(c))
  return def.columns.filter((c) => !c.hidden && c.type !== 'longtext' && !c.name.endsWith('_unit_id') && c.name !== 'unit_id')
}

function cellText(col: ColumnDef, row: Row): string {
  const value = row[col.name]
  if (value === null || value === undefined || value === '') return ''
  if (col.type === 'ref') return String(row[`${col.name}__label`] ?? value)
  if (col.type === 'bool') return value ? 'yes' : 'no'
  if (col.type === 'number' && typeof value === 'number') {
    const unit = col.unitColumn ? row[`${col.unitColumn}__label`] : null
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
  }
  return String(value)
}

function filterText(spec: TableSpec): string {
  const def = tableDef(spec.table)
  const label = (name: string): string => def.columns.find((c) => c.name === name)?.label ?? name
  const parts = spec.filters.map(
    (f) => `${label(f.column)} ${f.op.replace(/([A-Z])/g, ' $1').toLowerCase()}${f.value === undefined ? '' : ` \u201c${f.value}\u201d`}`
  )
  return parts.length ? `Filtered: ${parts.join('; ')}.` : 'All rows.'
}

function DataTable({ spec, page }: { spec: TableSpec; page: TablePage }): ReactNode {
  const ctx = useBrief()
  const def = tableDef(spec.table)
  if ('error' in page) {
    problem(ctx, { kind: 'missing', level: 'error', message: `The ${def.label} table in the appendix cannot be read: ${page.error}` })
    return (
      <p className="missing">
        {def.label}: {page.error}
      </p>
    )
  }
  const columns = columnsFor(spec)
  const unsourced = def.columns.some((c) => c.name === 'source_id') ? page.rows.filter((r) => r.source_id === null).length : 0
  if (unsourced)
    problem(ctx, {
      kind: 'uncited',
      level: 'warning',
      message: `${unsourced} of the ${def.label} rows in the appendix have no source and print without a citation.`
    })
  return (
    <>
      <h3>{spec.title || def.label}</h3>
      <p className="note">
        {filterText(spec)} {page.total > page.rows.length ? `Showing the first ${page.rows.length} of ${page.total} rows.` : `${page.total} rows.`}
      </p>
      <table className="data">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.name} className={c.type === 'number' || c.type === 'integer' ? 'num' : c.type === 'ref' && c.ref === 'source' ? 'src' : undefined}>
                {c.ref === 'source' ? 'Src.' : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <tr key={String(row.id)}>
              {columns.map((c) =>
                c.type === 'ref' && c.ref === 'source' ? (
                  <td key={c.name} className="src">
                    <Cite ids={[typeof row[c.name] === 'number' ? (row[c.name] as number) : null]} />
                  </td>
                ) : (
                  <td key={c.name} className={c.type === 'number' || c.type === 'integer' ? 'num' : undefined}>
                    {cellText(c, row)}
                  </td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

export function Tables(): ReactNode {
  const ctx = useBrief()
  const specs = ctx.brief.config.tables
  if (!specs.length) {
    problem(ctx, { kind: 'empty', level: 'warning', message: 'The data appendix has no tables: choose at least one.' })
    return <p className="empty">No tables chosen.</p>
  }
  return specs.map((spec, i) => <DataTable key={i} spec={spec} page={ctx.data.tables[i] ?? { error: 'not read' }} />)
}
