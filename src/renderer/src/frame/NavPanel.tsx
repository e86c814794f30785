// The left navigation: the dataset's tables by label, grouped DATA / REFERENCE / ANALYSIS, with row counts
// from 'tables.list'. Arrow keys move between tables. Falls back to the schema's list until counts arrive.
import { memo, useRef, type KeyboardEvent, type ReactElement } from 'react'
import type { TableSummary } from '../../../shared/api'
import { TABLES, type TableName } from '../../../shared/schema'
import { formatNumber } from '../data/format'

interface Props {
  tables: TableSummary[] | null
  active: TableName
  onSelect(table: TableName): void
  /**
   * Views (not tables; when one is active no table is): group 'start' above DATA, no group first in ANALYSIS,
   * group 'dataset' in DATASET at the bottom (import, file and backups).
   */
  views?: readonly { id: string; label: string; group?: 'dataset' | 'start' }[]
  activeView?: string | null
  onSelectView?(id: string): void
}

const GROUPS: { key: TableSummary['group']; title: string }[] = [
  { key: 'data', title: 'DATA' },
  { key: 'reference', title: 'REFERENCE' },
  { key: 'analysis', title: 'ANALYSIS' }
]

type Entry = Pick<TableSummary, 'name' | 'label' | 'group'> & { rowCount: number | null }

function entries(tables: TableSummary[] | null): Entry[] {
  if (tables) return tables
  return TABLES.map((t) => ({ name: t.name, label: t.label, group: t.group, rowCount: null }))
}

export const NavPanel = memo(function NavPanel({ tables, active, onSelect, views = [], activeView = null, onSelectView }: Props): ReactElement {
  const list = entries(tables)
  const nav = useRef<HTMLElement>(null)

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    const buttons = Array.from(nav.current?.querySelectorAll<HTMLButtonElement>('button.nav-item') ?? [])
    const index = buttons.findIndex((b) => b === document.activeElement)
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)))]
    if (!next) return
    e.preventDefault()
    next.focus()
    next.click()
  }

  const viewButton = (v: { id: string; label: string }): ReactElement => (
    <button
      type="button"
      key={v.id}
      className={`nav-item${v.id === activeView ? ' is-active' : ''}`}
      data-testid={`nav-view-${v.id}`}
      aria-current={v.id === activeView ? 'page' : undefined}
      onClick={() => onSelectView?.(v.id)}
    >
      <span className="nav-label">{v.label}</span>
    </button>
  )
  const datasetViews = views.filter((v) => v.group === 'dataset')
  const startViews = views.filter((v) => v.group === 'start')

  return (
    <nav className="nav" ref={nav} aria-label="Tables" onKeyDown={onKeyDown}>
      {startViews.length ? <div className="nav-group nav-start">{startViews.map(viewButton)}</div> : null}
      {GROUPS.map((group) => {
        const items = list.filter((t) => t.group === group.key)
        if (items.length === 0) return null
        return (
          <div className="nav-group" key={group.key}>
            <div className="nav-group-title">{group.title}</div>
            {group.key === 'analysis' ? views.filter((v) => !v.group).map(viewButton) : null}
            {items.map((t) => (
              <button
                type="button"
                key={t.name}
                className={`nav-item${t.name === active && !activeView ? ' is-active' : ''}`}
                data-testid={`nav-${t.name}`}
                aria-current={t.name === active && !activeView ? 'page' : undefined}
                onClick={() => onSelect(t.name)}
              >
                <span className="nav-label">{t.label}</span>
                <span className="nav-count" data-testid={`nav-count-${t.name}`}>
                  {t.rowCount === null ? '' : formatNumber(t.rowCount)}
                </span>
              </button>
            ))}
          </div>
        )
      })}
      {datasetViews.length ? (
        <div className="nav-group">
          <div className="nav-group-title">DATASET</div>
          {datasetViews.map(viewButton)}
        </div>
      ) : null}
    </nav>
  )
})
