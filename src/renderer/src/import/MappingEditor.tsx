// The mapping, one target field per line: which column feeds it (suggested by name), or one value for every
// row (the source of all rows, say), with optional translations of the column's values ("M" = import).
// Required fields are starred, natural-key fields marked; the row filter and wide-table setting show below.
import { useState, type ReactElement } from 'react'
import type { FieldMapping, Mapping, SourceColumn, TargetField } from '../../../shared/dataFiles'
import { FILTER_OPS_IMPORT } from '../../../shared/dataFiles'

interface Props {
  targets: TargetField[]
  columns: SourceColumn[]
  mapping: Mapping
  derived: readonly string[]
  onChange(mapping: Mapping): void
}

const CONSTANT = '\u0000constant'

function translationsText(m: FieldMapping, samples: string[]): string {
  const given = Object.entries(m.values ?? {}).map(([k, v]) => `${k} = ${v ?? ''}`)
  const rest = samples.filter((s) => !(m.values && s in m.values)).map((s) => `${s} = `)
  return [...given, ...rest].join('\n')
}

function parseTranslations(text: string): Record<string, string | null> | undefined {
  const out: Record<string, string | null> = {}
  for (const line of text.split('\n')) {
    const at = line.indexOf('=')
    if (at < 0) continue
    const from = line.slice(0, at).trim()
    const to = line.slice(at + 1).trim()
    if (from !== '' && to !== '') out[from] = to
  }
  return Object.keys(out).length ? out : undefined
}

const UNPIVOTED = {
  values: '— the values of the columns below —',
  headers: '— the headers of the columns below —',
  flags: '— the flag right of each value —'
} as const

function unpivotedBy(u: Mapping['unpivot'], field: string): keyof typeof UNPIVOTED | null {
  if (!u) return null
  return u.valueInto === field ? 'values' : u.headerInto.includes(field) ? 'headers' : u.flagInto === field ? 'flags' : null
}

function FieldRow({
  target,
  columns,
  value,
  derived,
  unpivoted,
  onChange
}: {
  target: TargetField
  columns: SourceColumn[]
  value: FieldMapping | undefined
  derived: boolean
  /** Filled by the one-record-per-column rule: from the listed columns' values, their headers, or the flags beside them. */
  unpivoted: 'values' | 'headers' | 'flags' | null
  onChange(v: FieldMapping | undefined): void
}): ReactElement {
  const [translating, setTranslating] = useState(false)
  const mode = value?.column !== undefined ? value.column : value?.constant !== undefined ? CONSTANT : ''
  const samples = columns.find((c) => c.name === value?.column)?.samples ?? []
  return (
    <div className={`map-row${value ? ' is-mapped' : ''}`} data-testid={`map-${target.name}`}>
      <div className="map-target">
        <span>{target.label}</span>
        {target.required ? (
          <span className="map-required" title="Required">
            *
          </span>
        ) : null}
        {target.key ? (
          <span className="map-key" title="Part of the key that finds an existing row">
            key
          </span>
        ) : null}
      </div>
      <select
        value={mode}
        aria-label={`Source of ${target.label}`}
        onChange={(e) => {
          const v = e.target.value
          onChange(v === '' ? undefined : v === CONSTANT ? { constant: '' } : { column: v })
        }}
      >
        <option value="">{unpivoted ? UNPIVOTED[unpivoted] : derived ? '— filled in by Lodestone —' : '— not imported —'}</option>
        {columns.map((c) => (
          <option key={c.index} value={c.name}>
            {c.name}
            {c.samples[0] !== undefined ? ` (e.g. ${c.samples[0].slice(0, 24)})` : ''}
          </option>
        ))}
        <option value={CONSTANT}>One value for every row…</option>
      </select>
      {mode === CONSTANT || (value?.constant !== undefined && value.column !== undefined) ? (
        <input
          className="map-constant"
          value={String(value?.constant ?? '')}
          placeholder={target.ref ? `a ${target.ref} code or name` : 'value'}
          aria-label={`Value of ${target.label} for every row`}
          onChange={(e) => onChange({ ...value, constant: e.target.value })}
        />
      ) : value?.column !== undefined ? (
        <button type="button" className="link-button" title="Translate the column's values (e.g. M = import)" onClick={() => setTranslating(!translating)}>
          {value.values ? `${Object.keys(value.values).length} value${Object.keys(value.values).length === 1 ? '' : 's'}` : 'Values…'}
        </button>
      ) : (
        <span />
      )}
      {translating && value?.column !== undefined ? (
        <textarea
          className="map-translations"
          defaultValue={translationsText(value, samples)}
          aria-label={`Translations for ${target.label}`}
          onBlur={(e) => onChange({ ...value, values: parseTranslations(e.target.value) })}
          rows={Math.min(8, Math.max(3, samples.length + 1))}
        />
      ) : null}
    </div>
  )
}

type RowFilter = Exclude<NonNullable<Mapping['filter']>, unknown[]>

function FilterLine({ mapping, columns, onChange }: { mapping: Mapping; columns: SourceColumn[]; onChange(m: Mapping): void }): ReactElement {
  // a recognised layout may combine several conditions: the first is edited here, the others are kept
  const all: RowFilter[] = mapping.filter === undefined ? [] : Array.isArray(mapping.filter) ? mapping.filter : [mapping.filter]
  const f = all[0]
  const more = all.slice(1)
  const set = (patch: Partial<RowFilter>): void => {
    const first: RowFilter = {
      column: f?.column ?? columns[0]?.name ?? '',
      op: f?.op ?? 'equals',
      ...(f?.value !== undefined ? { value: f.value } : {}),
      ...patch
    }
    onChange({ ...mapping, filter: more.length ? [first, ...more] : first })
  }
  if (!f) {
    return (
      <button type="button" className="link-button" onClick={() => set({})}>
        Import only some rows…
      </button>
    )
  }
  return (
    <div className="map-filter">
      <span>Only rows where</span>
      <select value={f.column} onChange={(e) => set({ column: e.target.value })} aria-label="Filter column">
        {columns.map((c) => (
          <option key={c.index} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
      <select value={f.op} onChange={(e) => set({ op: e.target.value as typeof f.op })} aria-label="Filter test">
        {FILTER_OPS_IMPORT.map((op) => (
          <option key={op} value={op}>
            {op === 'notEmpty' ? 'is not empty' : op === 'startsWith' ? 'starts with' : op === 'in' ? 'is one of' : op}
          </option>
        ))}
      </select>
      {f.op !== 'notEmpty' ? (
        <input
          value={Array.isArray(f.value) ? f.value.join(', ') : (f.value ?? '')}
          aria-label="Filter value"
          onChange={(e) => set({ value: f.op === 'in' ? e.target.value.split(',').map((v) => v.trim()) : e.target.value })}
        />
      ) : null}
      {more.length ? (
        <span>
          and {more.length} more condition{more.length === 1 ? '' : 's'}
        </span>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange({ ...mapping, filter: more.length ? (more.length === 1 ? more[0] : more) : undefined })}
      >
        Remove
      </button>
    </div>
  )
}

export function MappingEditor({ targets, columns, mapping, derived, onChange }: Props): ReactElement {
  const setField = (name: string, v: FieldMapping | undefined): void => {
    const fields = { ...mapping.fields }
    if (v) fields[name] = v
    else delete fields[name]
    onChange({ ...mapping, fields })
  }
  const labelOf = (name: string): string => targets.find((t) => t.name === name)?.label ?? name
  return (
    <section className="import-mapping" aria-label="Mapping">
      <h2 className="import-section-title">Columns</h2>
      {targets.map((t) => (
        <FieldRow
          key={t.name}
          target={t}
          columns={columns}
          value={mapping.fields[t.name]}
          derived={derived.includes(t.name)}
          unpivoted={unpivotedBy(mapping.unpivot, t.name)}
          onChange={(v) => setField(t.name, v)}
        />
      ))}
      <div className="map-extras">
        <FilterLine mapping={mapping} columns={columns} onChange={onChange} />
        {mapping.unpivot ? (
          <div className="map-filter" data-testid="map-unpivot">
            <span>
              One record per column: {mapping.unpivot.columns.join(', ')} → {labelOf(mapping.unpivot.valueInto)}, header →{' '}
              {mapping.unpivot.headerInto.map(labelOf).join(' and ')}
              {mapping.unpivot.flagInto ? `, the cell right of each → ${labelOf(mapping.unpivot.flagInto)}` : ''}
            </span>
            <button type="button" className="link-button" onClick={() => onChange({ ...mapping, unpivot: undefined })}>
              Remove
            </button>
          </div>
        ) : null}
      </div>
    </section>
  )
}
