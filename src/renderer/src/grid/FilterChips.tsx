// The active column filters as small chips above the grid, each removable; "Clear" drops them all. Also the
// Figures toolbar's "Conflicts" toggle, which is one of those filters (the figures in a conflict group).
// Reads the contract's filters (what the engine is actually asked), so a chip never shows a filter that is not applied.
import type { ReactElement, RefObject } from 'react'
import type { GridHandle } from './gridHandle'
import { columnDef, type TableName } from '../../../shared/schema'
import { CloseIcon } from '../ui/Icons'
import { describeFilter, type ContractFilter } from './query'

interface Props {
  table: TableName
  filters: ContractFilter[]
  onRemove(column: string): void
  onClear(): void
}

export function FilterChips({ table, filters, onRemove, onClear }: Props): ReactElement | null {
  if (filters.length === 0) return null
  return (
    <div className="filter-chips" aria-label="Active filters">
      {filters.map((f) => {
        const col = columnDef(table, f.column)
        if (!col) return null
        const text = describeFilter(col, f)
        return (
          <span className="chip" key={`${f.column}-${f.op}`} title={text}>
            <span className="chip-text">{text}</span>
            <button type="button" className="chip-remove" aria-label={`Remove filter: ${text}`} onClick={() => onRemove(f.column)}>
              <CloseIcon width={12} height={12} />
            </button>
          </span>
        )
      })}
      {filters.length > 1 ? (
        <button type="button" className="link-button" onClick={onClear}>
          Clear
        </button>
      ) : null}
    </div>
  )
}

/** Figures: show only the figures whose value other sources dispute (pressed while that filter is on). */
export function ConflictsToggle({ on, handleRef }: { on: boolean; handleRef: RefObject<GridHandle | null> }): ReactElement {
  return (
    <button
      type="button"
      className={`btn btn-quiet${on ? ' is-on' : ''}`}
      aria-pressed={on}
      data-testid="conflicts-only"
      title={on ? 'Show all figures' : 'Show only figures that other sources dispute (their conflict groups)'}
      onClick={() => handleRef.current?.setConflictsOnly(!on)}
    >
      Conflicts
    </button>
  )
}
