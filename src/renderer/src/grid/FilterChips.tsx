// The active column filters as small chips above the grid, each removable; "Clear" drops them all.
// Reads the contract's filters (what the engine is actually asked), so a chip never shows a filter that is not applied.
import type { ReactElement } from 'react'
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
