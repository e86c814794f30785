// facts.csv -> observation: one sourced figure per row, with its place split into country + scope, its period
// read into kind + year, its value into value / low / high / text, and its basis from the unit or the product text.
// Anything the schema cannot hold as printed (a confidence outside CONFIDENCE, say) is kept in the note.
import { CONFIDENCE, QUALIFIERS } from '../../shared/schema'
import type { ParsedUnit } from '../../shared/units'
import type { Db } from '../db/open'
import { joinNotes, text, type CsvRow } from './csv'
import { parsePlace, type Place } from './countries'
import { insertRow, type Lookups } from './lookups'
import { parsePeriod, type ParsedPeriod } from './periods'
import { parseValue, type ParsedValue } from './values'

export interface LoadedFigure {
  readonly id: number
  readonly row: CsvRow
  readonly place: Place
  readonly period: ParsedPeriod
  readonly value: ParsedValue
  readonly unit: ParsedUnit
}

/**
 * The basis of a figure: the unit's own when it states one ('t REO'); otherwise, for masses, what the product
 * text says ('(gross weight)', 'rare-earth-oxide equivalent', 'permanent magnets', 'NdPr oxide', 'monazite');
 * otherwise 'not stated'. Deliberately narrow: a wrong basis is worse than an honest 'not stated'.
 */
export function figureBasis(unit: ParsedUnit, subject: string): string {
  if (unit.basisStated) return unit.basis
  if (unit.dimension !== 'mass' && unit.dimension !== 'mass per year') return unit.basis
  if (/gross weight/i.test(subject)) return 'gross weight'
  if (/rare-earth-oxide equivalent|\btotal REO\b|\bREO total\b/i.test(subject)) return 'REO equivalent'
  if (/\bmagnets?\b(?!\s+rare[- ]earth)|\bREPM\b|NdFeB/i.test(subject)) return 'product'
  if (/\boxides?\b/i.test(subject)) return 'oxide'
  if (/monazite|beach-sand minerals/i.test(subject)) return 'mineral concentrate'
  return 'not stated'
}

/** A confidence from CONFIDENCE; 'high (superseded)' -> 'superseded'; the printed text goes to the note when changed. */
export function mapConfidence(raw: string): { value: string | null; note: string | null } {
  const t = raw.trim()
  if (t === '') return { value: null, note: null }
  if ((CONFIDENCE as readonly string[]).includes(t)) return { value: t, note: null }
  const longestFirst = [...CONFIDENCE].sort((a, b) => b.length - a.length)
  const nearest = /superseded/i.test(t) ? 'superseded' : (longestFirst.find((c) => t.toLowerCase().startsWith(c)) ?? null)
  return { value: nearest, note: `Confidence as published: ${t}.` }
}

function mapQualifier(raw: string, value: ParsedValue): { value: string; note: string | null } {
  const t = raw.trim()
  if (t === '' && value.impliedQualifier) return { value: value.impliedQualifier, note: null }
  if ((QUALIFIERS as readonly string[]).includes(t)) return { value: t, note: null }
  return { value: '', note: `Qualifier as published: ${t}.` }
}

/** Lynas and other Australian rows follow the July-June fiscal year; the rest India's April-March one. */
function fiscalConvention(place: Place, countryText: string): 'india' | 'jul-jun' {
  return place.code === 'AUS' || /lynas/i.test(countryText) ? 'jul-jun' : 'india'
}

function loadFigure(db: Db, r: CsvRow, lookups: Lookups): LoadedFigure {
  const where = `facts.csv ${r.id}`
  const place = parsePlace(r.country_region)
  const period = parsePeriod(r.year, fiscalConvention(place, r.country_region))
  const value = parseValue(r.value)
  const unit = lookups.unit(r.unit)
  const subject = r.element_or_product.trim()
  const qualifier = mapQualifier(r.value_qualifier, value)
  const confidence = mapConfidence(r.confidence)
  if (value.value === null && value.low === null && value.impliedQualifier === null && value.text !== null) {
    throw new Error(`${where}: the value "${value.text}" is not a number, a range, a fraction or NA.`)
  }
  for (const member of place.members ?? []) lookups.country(member)
  const id = insertRow(db, 'observation', {
    code: r.id.trim(),
    country_id: lookups.country(place.code),
    scope: place.scope,
    indicator_id: lookups.indicator(r.indicator.trim()),
    subject,
    period: r.year.trim(),
    period_kind: period.kind,
    year: period.year,
    value: value.value,
    value_low: value.low,
    value_high: value.high,
    value_text: value.text,
    unit_id: unit.id,
    basis: figureBasis(unit.parsed, subject),
    qualifier: qualifier.value,
    confidence: confidence.value,
    source_id: lookups.source(r.source_id, where),
    locator: text(r.source_locator),
    note: joinNotes(r.note, qualifier.note, confidence.note),
    key: text(r.key)
  })
  return { id, row: r, place, period, value, unit: unit.parsed }
}

/** Load every figure; returns them by code (F0001...) for trade flows and evidence links. */
export function loadFigures(db: Db, rows: readonly CsvRow[], lookups: Lookups): Map<string, LoadedFigure> {
  const figures = new Map<string, LoadedFigure>()
  for (const r of rows) {
    if (figures.has(r.id.trim())) throw new Error(`facts.csv: figure ${r.id} appears twice.`)
    figures.set(r.id.trim(), loadFigure(db, r, lookups))
  }
  return figures
}
