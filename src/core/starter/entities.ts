// entities.csv -> facility, initiative or organisation (see entityRules.ts for the judgement calls).
// Every column lands somewhere: enums get the full printed status in status_note, the capacity unit text goes to
// the capacity/amount note, and a type or country list the table has no column for is appended to description.
import { splitUnitText } from '../../shared/units'
import type { Db } from '../db/open'
import { joinNotes, splitList, text, type CsvRow } from './csv'
import { namesIn, parseEntityCountry } from './countries'
import { entityTable, facilityStage, facilityStatus, initiativeKind, initiativePillar, initiativeStatus, typeDetail, type EntityTable } from './entityRules'
import { insertRow, type Lookups, type SqlValue } from './lookups'
import { parsePlainNumber } from './values'

interface Capacity {
  amount: number | null
  unitId: number | null
  basis: string | null
  note: string | null
}

function capacity(r: CsvRow, lookups: Lookups, where: string): Capacity {
  const unitText = text(r.capacity_unit)
  const raw = text(r.capacity_value)
  const amount = raw === null ? null : parsePlainNumber(raw)
  if (raw !== null && amount === null) throw new Error(`${where}: capacity "${raw}" is not a number.`)
  if (!unitText) return { amount, unitId: null, basis: null, note: null }
  const split = splitUnitText(unitText)
  const unit = lookups.unit(split ? split.unit.code : unitText)
  return { amount, unitId: unit.id, basis: unit.parsed.basisStated ? unit.parsed.basis : null, note: unitText }
}

/** Shared columns: code, name, country, year, sources, related figures, description. */
function common(r: CsvRow, lookups: Lookups, extra: (string | null)[]): Record<string, SqlValue> {
  const where = `entities.csv ${r.entity_id}`
  const [first, ...others] = splitList(r.source_id)
  const place = parseEntityCountry(r.country)
  if (place.partners && !/^multilateral/i.test(place.partners)) for (const n of namesIn(place.partners)) lookups.countryNamed(n, where)
  return {
    code: r.entity_id.trim(),
    name: r.name.trim(),
    country_id: lookups.country(place.code),
    year: text(r.year),
    source_id: lookups.sourceOrNull(first, where),
    other_sources: others.length > 0 ? others.join(';') : null,
    related_figures: text(r.related_fact_ids),
    description: joinNotes(r.description, ...extra)
  }
}

function listedAs(r: CsvRow, withCountry: boolean): string {
  return `Listed in the starter data as: ${r.type.trim()}${withCountry ? `; countries: ${r.country.trim()}` : ''}.`
}

/** The unit's basis when it states one; a magnet or recycling plant's capacity is product weight; else not stated. */
function capacityBasis(cap: Capacity, stage: string): string | null {
  if (cap.unitId === null) return null
  if (cap.basis) return cap.basis
  return stage === 'magnet' || stage === 'recycling' ? 'product' : 'not stated'
}

function loadFacility(db: Db, r: CsvRow, lookups: Lookups): void {
  const cap = capacity(r, lookups, `entities.csv ${r.entity_id}`)
  const stage = facilityStage(r.type)
  const multiCountry = parseEntityCountry(r.country).partners !== null
  insertRow(db, 'facility', {
    ...common(r, lookups, [listedAs(r, multiCountry)]),
    stage,
    status: facilityStatus(r.status, r.type),
    status_note: text(r.status),
    capacity: cap.amount,
    capacity_unit_id: cap.unitId,
    capacity_basis: capacityBasis(cap, stage),
    capacity_note: cap.note
  })
}

function loadInitiative(db: Db, r: CsvRow, lookups: Lookups): void {
  const cap = capacity(r, lookups, `entities.csv ${r.entity_id}`)
  const place = parseEntityCountry(r.country)
  const kind = initiativeKind(r.type, r.name)
  insertRow(db, 'initiative', {
    ...common(r, lookups, [listedAs(r, false)]),
    kind,
    pillar: initiativePillar(kind, r.type, r.name, place.code),
    partners: place.partners,
    status: initiativeStatus(r.status),
    status_note: text(r.status),
    amount: cap.amount,
    amount_unit_id: cap.unitId,
    amount_note: cap.note
  })
}

function loadOrganisation(db: Db, r: CsvRow, lookups: Lookups): void {
  const cap = capacity(r, lookups, `entities.csv ${r.entity_id}`)
  const multiCountry = parseEntityCountry(r.country).partners !== null
  insertRow(db, 'organisation', {
    ...common(r, lookups, [multiCountry ? `Countries: ${r.country.trim()}.` : null]),
    kind: typeDetail(r.type) ?? text(r.type),
    status_note: text(r.status),
    capacity: cap.amount,
    capacity_unit_id: cap.unitId,
    capacity_note: cap.note
  })
}

const LOADERS: Readonly<Record<EntityTable, (db: Db, r: CsvRow, lookups: Lookups) => void>> = {
  facility: loadFacility,
  initiative: loadInitiative,
  organisation: loadOrganisation
}

/** Load every entity; returns how many went to each table. */
export function loadEntities(db: Db, rows: readonly CsvRow[], lookups: Lookups): Record<EntityTable, number> {
  const counts: Record<EntityTable, number> = { facility: 0, initiative: 0, organisation: 0 }
  for (const r of rows) {
    const table = entityTable(r.type)
    LOADERS[table](db, r, lookups)
    counts[table]++
  }
  return counts
}
