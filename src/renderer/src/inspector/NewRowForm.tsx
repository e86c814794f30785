// "New <singular>": the required fields of a table, and for a figure its value and source too (references by
// picker, enums by select), checked with the shared coerceCell, then one 'edits.apply' insert. Reports the new
// row's id; the caller shows it.
import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react'
import type { Row } from '../../../shared/api'
import { editableColumns, tableDef, type ColumnDef, type TableName } from '../../../shared/schema'
import { coerceCell, type CellValue } from '../../../shared/validate'
import { insertRow } from '../data/edits'
import { capitalise } from '../data/rows'
import { useFocusHandoff } from '../ui/useFocusHandoff'
import { FieldControl } from './FieldControl'

interface Props {
  table: TableName
  onCreated(id: number): void
  onCancel(): void
}

/** Optional fields the form still asks for, because a row without them is hardly usable (a figure's value and source). */
const ASKED: Partial<Record<TableName, string[]>> = { observation: ['value', 'source_id'] }

function formColumns(table: TableName): ColumnDef[] {
  const asked = ASKED[table] ?? []
  return editableColumns(table).filter((c) => c.required || asked.includes(c.name))
}

function checkAll(columns: ColumnDef[], values: Row): { values: Row; errors: Record<string, string> } {
  const out: Row = {}
  const errors: Record<string, string> = {}
  for (const col of columns) {
    const coerced = coerceCell(col, values[col.name] ?? null)
    if (coerced.ok) out[col.name] = coerced.value
    else errors[col.name] = coerced.message
  }
  return { values: out, errors }
}

function NewField({
  col,
  value,
  label,
  error,
  first,
  onChange
}: {
  col: ColumnDef
  value: string | number | null
  label: string | null
  error?: string
  first: boolean
  onChange(raw: CellValue, label?: string | null): Promise<string | null>
}): ReactElement {
  const id = useId()
  return (
    <div className={`field${col.type === 'longtext' ? ' field-wide' : ''}`}>
      <label className="field-label" htmlFor={id} title={col.description ?? col.label}>
        {col.label}
        {col.required ? null : <span className="field-optional muted"> (optional)</span>}
      </label>
      <div className="field-value">
        <FieldControl id={id} col={col} value={value} refLabel={label} readOnly={false} autoFocus={first} onCommit={onChange} />
        {error ? (
          <div className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
    </div>
  )
}

export function NewRowForm({ table, onCreated, onCancel }: Props): ReactElement {
  const def = tableDef(table)
  const columns = formColumns(table)
  const [values, setValues] = useState<Row>({})
  // Enter in a field saves it and submits the form in the same keystroke: submit reads this, not stale state.
  const valuesRef = useRef<Row>({})
  const [labels, setLabels] = useState<Record<string, string | null>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useFocusHandoff<HTMLFormElement>()

  const change =
    (col: ColumnDef) =>
    async (raw: CellValue, label?: string | null): Promise<string | null> => {
      const coerced = coerceCell(col, raw)
      valuesRef.current = { ...valuesRef.current, [col.name]: coerced.ok ? coerced.value : typeof raw === 'boolean' ? Number(raw) : raw }
      setValues(valuesRef.current)
      if (label !== undefined) setLabels((l) => ({ ...l, [col.name]: label }))
      setErrors(({ [col.name]: _dropped, ...rest }) => rest)
      return null
    }

  const submit = async (e?: FormEvent): Promise<void> => {
    e?.preventDefault()
    const checked = checkAll(columns, valuesRef.current)
    setErrors(checked.errors)
    if (Object.keys(checked.errors).length > 0 || busy) return
    setBusy(true)
    const outcome = await insertRow(table, checked.values)
    setBusy(false)
    if (!outcome.ok) {
      setFormError(outcome.message)
      return
    }
    const id = outcome.applied?.insertedIds[0]
    if (id !== undefined) onCreated(id)
  }

  return (
    <form
      ref={formRef}
      aria-label={`New ${def.singular}`}
      className="new-row-form"
      data-testid="new-row-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
        if (e.key === 'Escape') onCancel()
      }}
    >
      <div className="inspector-head">
        <div className="inspector-kicker">{def.label}</div>
        <h2 className="inspector-title">New {def.singular}</h2>
        <p className="muted">{columns.length > 0 ? 'Fill in what you know; the rest can wait.' : 'Nothing is required: create it and fill it in.'}</p>
      </div>
      <div className="field-list">
        {columns.map((col, i) => (
          <NewField
            key={col.name}
            col={col}
            value={values[col.name] ?? null}
            label={labels[col.name] ?? null}
            error={errors[col.name]}
            first={i === 0}
            onChange={change(col)}
          />
        ))}
      </div>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" data-testid="create-row" disabled={busy}>
          {busy ? 'Creating…' : `Create ${def.singular}`}
        </button>
      </div>
      {def.autoCode ? <p className="hint">{capitalise(def.singular)} codes are filled in automatically.</p> : null}
    </form>
  )
}
