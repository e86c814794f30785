// Every field of the inspected row, labelled, each editable in place (saved through the same 'edits.apply'
// path as the grid). Long text gets a full-width block; the rest sit in a two-column property list.
import { useId, type ReactElement } from 'react'
import type { Row } from '../../../shared/api'
import { tableDef, type ColumnDef, type TableName } from '../../../shared/schema'
import type { CellValue } from '../../../shared/validate'
import { updateCell } from '../data/edits'
import { refLabel } from '../data/format'
import { FieldControl } from './FieldControl'

interface Props {
  table: TableName
  row: Row
  readOnly: boolean
}

function Field({ table, row, col, readOnly }: Props & { col: ColumnDef }): ReactElement {
  const id = useId()
  const onCommit = async (raw: CellValue): Promise<string | null> => {
    const outcome = await updateCell(table, row, col.name, raw)
    return outcome.ok ? null : outcome.message
  }
  const wide = col.type === 'longtext'
  return (
    <div className={`field${wide ? ' field-wide' : ''}`} data-column={col.name}>
      <label className="field-label" htmlFor={id} title={col.description ?? col.label}>
        {col.label}
        {col.required ? (
          <span className="field-required" title="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <div className="field-value">
        <FieldControl
          id={id}
          col={col}
          value={row[col.name] ?? null}
          refLabel={col.type === 'ref' ? refLabel(row, col.name) : null}
          unit={col.unitColumn ? refLabel(row, col.unitColumn) : null}
          readOnly={readOnly}
          onCommit={onCommit}
        />
      </div>
    </div>
  )
}

export function FieldList(props: Props): ReactElement {
  const columns = tableDef(props.table).columns.filter((c) => c.name !== 'id' && c.name !== 'version')
  return (
    <div className="field-list">
      {columns.map((col) => (
        <Field key={`${String(props.row.id)}-${col.name}`} {...props} col={col} />
      ))}
    </div>
  )
}
