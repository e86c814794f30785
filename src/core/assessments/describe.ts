// What an evidence link points at, read LIVE: the cited row's current value, unit, basis, year and source, in
// a label and one descriptive line; a pinned indicator's current headline; and for a deleted row, the last
// label the change log remembers, flagged missing rather than dropped.
import type { Row } from '../../shared/api'
import type { EvidenceItem, EvidenceTable, SourceRef } from '../../shared/analysis'
import { isTableName, tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { lastDeletedRow } from '../edits/logQueries'
import { computeIndicator, indicatorDef } from '../indicators/registry'
import { findRow } from '../tables/query'
import { prepared } from '../tables/statements'
import { pinById } from './pins'

export type Described = Pick<EvidenceItem, 'label' | 'description' | 'value' | 'unit' | 'basis' | 'year' | 'source' | 'missing'>

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v))
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null)
const join = (...parts: unknown[]): string =>
  parts
    .map(str)
    .filter((p) => p.trim() !== '')
    .join(' · ')

function sourceRef(db: Db, id: unknown): SourceRef | null {
  if (typeof id !== 'number') return null
  const s = prepared(db, 'SELECT id, code, title FROM source WHERE id = ?').get(id) as SourceRef | undefined
  return s ?? null
}

function base(db: Db, row: Row, label: string, description: string): Described {
  return { label, description, value: null, unit: null, basis: null, year: null, source: sourceRef(db, row.source_id), missing: false }
}

type Describer = (db: Db, row: Row) => Described

const DESCRIBERS: Partial<Record<TableName, Describer>> = {
  observation: (db, r) => ({
    ...base(
      db,
      r,
      str(r.code) || `figure ${str(r.id)}`,
      join(r.indicator_id__label, `${str(r.country_id__label)}${r.scope ? ` (${str(r.scope)})` : ''}`, r.subject, r.period)
    ),
    value: num(r.value) ?? (str(r.value_text) || null),
    unit: str(r.unit_id__label) || null,
    basis: str(r.basis) || null,
    year: num(r.year)
  }),
  trade_flow: (db, r) => ({
    ...base(
      db,
      r,
      `${str(r.reporter_id__label)} ${str(r.flow)} ${r.flow === 'export' ? 'to' : 'from'} ${str(r.partner_id__label)}, HS ${str(r.hs_code)}, ${str(r.year)}`,
      join(
        r.value_usd === null
          ? 'no value'
          : `USD ${Number(r.value_usd).toLocaleString('en-US')}${r.value_basis && r.value_basis !== 'not stated' ? ` (${str(r.value_basis)})` : ''}`,
        r.estimated ? 'estimated' : ''
      )
    ),
    value: num(r.quantity),
    unit: str(r.quantity_unit_id__label) || null,
    year: num(r.year)
  }),
  facility: (db, r) => ({
    ...base(db, r, join(r.code, r.name), join(r.stage, r.status, r.country_id__label)),
    value: num(r.capacity),
    unit: str(r.capacity_unit_id__label) || null,
    basis: str(r.capacity_basis) || null,
    year: str(r.year) || null
  }),
  initiative: (db, r) => ({
    ...base(db, r, join(r.code, r.name), join(r.kind, r.status, r.country_id__label)),
    value: num(r.amount),
    unit: str(r.amount_unit_id__label) || null,
    year: str(r.year) || null
  }),
  organisation: (db, r) => ({
    ...base(db, r, str(r.name), join(r.kind, r.country_id__label)),
    value: num(r.capacity),
    unit: str(r.capacity_unit_id__label) || null
  }),
  source: (db, r) => ({
    ...base(db, r, str(r.code), join(r.title, r.publisher, r.published)),
    source: { id: Number(r.id), code: str(r.code), title: str(r.title) }
  }),
  element: (db, r) => base(db, r, `${str(r.symbol)} ${str(r.name)}`, join(r.class, r.uses)),
  hs_code: (db, r) => base(db, r, `HS ${str(r.code)}`, join(r.jurisdiction, r.description)),
  assessment: (db, r) => ({ ...base(db, r, str(r.title), join(r.status, r.as_of)), value: num(r.severity), unit: 'severity (1-5)' })
}

/** The label a deleted row last had, from the change log's record of its deletion. */
function lastKnownLabel(db: Db, table: TableName, id: number): string | undefined {
  const row = lastDeletedRow(db, table, id) as Row | null
  if (!row) return undefined
  return str(row[tableDef(table).labelColumn]) || undefined
}

function missing(db: Db, table: EvidenceTable, id: number): Described {
  const singular = isTableName(table) ? tableDef(table).singular : 'computed indicator'
  const known = isTableName(table) ? lastKnownLabel(db, table, id) : undefined
  return {
    label: known ?? `${singular} #${id}`,
    description: `This ${singular} has been deleted; the link is kept so the judgement still shows what it cited. Undo the deletion or remove the link.`,
    value: null,
    unit: null,
    basis: null,
    year: null,
    source: null,
    missing: true
  }
}

function describePin(db: Db, id: number): Described {
  const pin = pinById(db, id)
  if (!pin) return missing(db, 'computed_indicator', id)
  const def = indicatorDef(pin.indicator)
  const settings = def.params
    .filter((p) => pin.params[p.name] !== null && pin.params[p.name] !== undefined)
    .map((p) => `${p.name} ${String(pin.params[p.name])}`)
    .join(', ')
  let result
  try {
    result = computeIndicator(db, pin.indicator, pin.params)
  } catch (e) {
    return {
      label: def.title,
      description: `not computable: ${(e as Error).message}`,
      value: null,
      unit: null,
      basis: null,
      year: null,
      source: null,
      missing: false
    }
  }
  return {
    label: `${def.title}${settings ? ` (${settings})` : ''}`,
    description: result.headline ? `${result.headline.label}; computed from ${result.rows.length} rows` : (result.reason ?? ''),
    value: result.headline?.value ?? null,
    unit: result.headline?.unit ?? null,
    basis: null,
    year: result.headline?.year ?? null,
    source: result.sources[0] ?? null,
    missing: false
  }
}

/** Describe the target of a link as it is now. */
export function describeTarget(db: Db, table: EvidenceTable, id: number): Described {
  if (table === 'computed_indicator') return describePin(db, id)
  const row = findRow(db, table, id)
  if (!row) return missing(db, table, id)
  const describer = DESCRIBERS[table]
  const def = tableDef(table)
  return describer ? describer(db, row) : base(db, row, str(row[def.labelColumn]) || `${def.singular} #${id}`, def.label)
}

/** True when the cited row exists (the check made before linking it). */
export function targetExists(db: Db, table: EvidenceTable, id: number): boolean {
  if (table === 'computed_indicator') return Boolean(pinById(db, id))
  return Boolean(findRow(db, table, id))
}
