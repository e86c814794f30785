// What the open dataset holds: the row count of each table from 'tables.list' (the data tables large, the
// reference and analysis tables in a line below), each opening its table, and the file's size and last backup.
import type { ReactElement } from 'react'
import type { TableSummary } from '../../../shared/api'
import type { DatasetInfo } from '../../../shared/dataFiles'
import type { Route } from '../app/route'
import { formatBytes, formatNumber, formatWhen } from '../data/format'

interface Props {
  info: DatasetInfo | null
  tables: TableSummary[] | null
  navigate(route: Route): void
}

/** A table's label inside a sentence: "Evidence links" -> "evidence links", "HS codes" stays. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label
}

export function DatasetHoldings({ info, tables, navigate }: Props): ReactElement {
  const data = (tables ?? []).filter((t) => t.group === 'data')
  const others = (tables ?? []).filter((t) => t.group !== 'data')
  const open = (t: TableSummary) => () => navigate({ view: 'table', table: t.name })
  return (
    <section className="start-card" aria-labelledby="start-holds-title" data-testid="start-holdings">
      <h2 id="start-holds-title" className="start-section-title">
        What it holds
      </h2>
      <div className="start-stats">
        {data.map((t) => (
          <button key={t.name} type="button" className="start-stat" onClick={open(t)} data-testid={`start-count-${t.name}`}>
            <span className="start-stat-value">{formatNumber(t.rowCount)}</span>
            <span className="start-stat-label">{t.label}</span>
          </button>
        ))}
      </div>
      {others.length ? (
        <p className="start-others">
          {others.map((t, i) => (
            <span key={t.name}>
              {i ? <span className="start-dot"> · </span> : null}
              <button type="button" className="link-button" onClick={open(t)}>
                {formatNumber(t.rowCount)} {inSentence(t.label)}
              </button>
            </span>
          ))}
        </p>
      ) : null}
      {info ? (
        <p className="start-file-facts muted">
          {formatBytes(info.sizeBytes)} on disk · {info.lastBackupAt ? `last backup ${formatWhen(info.lastBackupAt)}` : 'no backup yet'}
          {info.readOnly ? ` · read-only${info.readOnlyReason ? `: ${info.readOnlyReason}` : ''}` : ''}
        </p>
      ) : null}
    </section>
  )
}
