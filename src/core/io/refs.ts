// References in imported cells ("CHN", "Burma", "Indiae, 4", "metric tons") -> row ids. Countries and units
// Lodestone knows (the country catalogue, readable unit names) but the dataset lacks get a pending (negative) id;
// `realise` adds the row only when a valid record uses it, so a skipped row adds nothing. Anything else unknown
// is a sentence naming what to add first.
import type { MappingSource } from '../../shared/dataFiles'
import { tableDef, type ColumnDef, type TableName } from '../../shared/schema'
import { parseUnit } from '../../shared/units'
import type { Db } from '../db/open'
import { resolveRef } from '../tables/refs'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import type { Values } from '../tables/write'
import { knownCountry, withoutFootnotes, type Unmarked } from './countryCatalogue'

export type Resolution = { ok: true; id: number; label: string; marks?: Omit<Unmarked, 'text'> } | { ok: false; message: string }
/** A pending reference (a country or unit the dataset lacks) as a parse thread's resolver hands it over. */
export interface PendingRef {
  id: number
  table: string
  values: Values
  label: string
}

export type CreateRow = (table: TableName, values: Values, label: string) => number

const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  'metric tons': 't',
  'metric ton': 't',
  'metric tonnes': 't',
  tonnes: 't',
  tonne: 't',
  'thousand metric tons': 'kt',
  kilograms: 'kg',
  kilogram: 'kg',
  kgs: 'kg',
  'dollars per kilogram': 'USD/kg',
  'us dollars per kilogram': 'USD/kg',
  '$/kg': 'USD/kg',
  percent: '%',
  percentage: '%',
  'per cent': '%',
  dollars: 'USD',
  'us dollars': 'USD',
  number: 'count'
}

function findBy(db: Db, table: TableName, column: string, value: string): { id: number; label: string } | undefined {
  const label = ident(tableDef(table).labelColumn)
  return prepared(db, `SELECT id, ${label} AS label FROM ${ident(table)} WHERE ${ident(column)} = ? COLLATE NOCASE LIMIT 1`).get(value) as
    { id: number; label: string } | undefined
}

interface Pending {
  table: TableName
  values: Values
  label: string
  realId: number | null
}

export class RefResolver {
  /** Per referenced table, per value as written (a number and its text are different keys). */
  private readonly cache = new Map<TableName, Map<string | number, Resolution>>()
  private readonly pending = new Map<number, Pending>()
  /** Reference rows added so far (realised). */
  readonly created: { table: string; label: string }[] = []

  constructor(
    private readonly db: Db,
    /** The source a mapping cites (a recognised layout's): added to Sources when the dataset lacks it. */
    private readonly citedSource?: MappingSource,
    /** Told of each new pending row (a parse thread sends them to the thread that writes, which adopts them). */
    private readonly onPending?: (p: PendingRef) => void
  ) {}

  /** A pending id for a row to add; two names for the same code (Burma, Myanmar) share one. */
  private create(table: TableName, values: Values, label: string): number {
    for (const [id, p] of this.pending) if (p.table === table && p.values.code === values.code) return id
    const id = -(this.pending.size + 1)
    this.pending.set(id, { table, values, label, realId: null })
    this.onPending?.({ id, table, values, label })
    return id
  }

  /** A pending row a parse thread's resolver made (its records carry the id): `realise` adds it when used. */
  adopt(p: PendingRef): void {
    this.pending.set(p.id, { table: p.table as TableName, values: p.values, label: p.label, realId: null })
  }

  /** "country:12" -> the pending id the row had before it was added (keys compare the same in every pass). */
  private readonly pendingOfReal = new Map<string, number>()

  /** The id as it was before this import added the row (a pending, negative id), else the id itself. */
  stableId(table: string, id: number): number {
    return this.pendingOfReal.get(`${table}:${id}`) ?? id
  }

  /** The real id for a pending one, adding the row through `insert` the first time. */
  realise(id: number, insert: CreateRow): number {
    const p = this.pending.get(id)
    if (!p) return id
    if (p.realId === null) {
      p.realId = insert(p.table, p.values, p.label)
      this.created.push({ table: p.table, label: p.label })
      this.pendingOfReal.set(`${p.table}:${p.realId}`, id)
    }
    return p.realId
  }

  resolve(col: ColumnDef, raw: string | number): Resolution {
    const target = col.ref as TableName
    let byValue = this.cache.get(target)
    if (!byValue) {
      byValue = new Map()
      this.cache.set(target, byValue)
    }
    let hit = byValue.get(raw)
    if (!hit) {
      hit = this.lookup(col, target, raw)
      byValue.set(raw, hit)
    }
    return hit
  }

  private lookup(col: ColumnDef, target: TableName, raw: string | number): Resolution {
    if (typeof raw === 'number' && target !== 'country' && target !== 'unit') return this.generic(col, raw)
    const text = String(raw).trim()
    if (target === 'country') return this.country(text)
    if (target === 'unit') return this.unit(text)
    const found = this.generic(col, text)
    const cited = this.citedSource
    if (!found.ok && target === 'source' && cited && cited.code.toLowerCase() === text.toLowerCase()) {
      const values = { code: cited.code, title: cited.title, publisher: cited.publisher ?? null, published: cited.published ?? null, url: cited.url ?? null }
      return { ok: true, id: this.create('source', values, `${cited.code} (${cited.title})`), label: cited.code }
    }
    return found
  }

  private generic(col: ColumnDef, value: string | number): Resolution {
    const found = resolveRef(this.db, col, value)
    if (!found.ok) return found
    const row = prepared(this.db, `SELECT ${ident(tableDef(col.ref as TableName).labelColumn)} AS label FROM ${ident(col.ref as TableName)} WHERE id = ?`).get(
      found.id
    ) as { label: string | number }
    return { ok: true, id: found.id, label: String(row.label) }
  }

  private country(text: string): Resolution {
    for (const candidate of [{ text, marker: null, footnotes: [] }, ...withoutFootnotes(text)]) {
      const found = this.countryNamed(candidate.text)
      if (!found) continue
      const marks = candidate.marker || candidate.footnotes.length ? { marks: { marker: candidate.marker, footnotes: candidate.footnotes } } : {}
      return { ok: true, ...found, ...marks }
    }
    return {
      ok: false,
      message: `"${text}" is not a country Lodestone knows. Use its ISO code (e.g. IND) or its English name, or add it to Countries first (a new row there, or import a list of countries into Countries).`
    }
  }

  private countryNamed(text: string): { id: number; label: string } | undefined {
    const existing = findBy(this.db, 'country', 'code', text) ?? findBy(this.db, 'country', 'name', text)
    if (existing) return existing
    const known = knownCountry(text)
    if (!known) return undefined
    const byCode = findBy(this.db, 'country', 'code', known.code) ?? findBy(this.db, 'country', 'name', known.name)
    if (byCode) return byCode
    return { id: this.create('country', { code: known.code, name: known.name, kind: known.kind }, `${known.name} (${known.code})`), label: known.name }
  }

  private unit(text: string): Resolution {
    const code = UNIT_SYNONYMS[text.toLowerCase()] ?? text.replace(/\s+/g, ' ')
    const existing = findBy(this.db, 'unit', 'code', text) ?? findBy(this.db, 'unit', 'code', code)
    if (existing) return { ok: true, ...existing }
    const parsed = parseUnit(code)
    if (!parsed.known) {
      return {
        ok: false,
        message: `"${text}" is not a unit Lodestone can read. Use one from Units (e.g. t, kg, t REO, USD/kg, %), or add it there first (a new row there, or import a list of units into Units).`
      }
    }
    const id = this.create('unit', { code, dimension: parsed.dimension, scale: parsed.scale, basis: parsed.basis }, code)
    return { ok: true, id, label: code }
  }

  /** The default basis of a unit row, for figures whose basis the file does not give. */
  unitBasis(unitId: number): string | null {
    const p = this.pending.get(unitId)
    if (p) return (p.values.basis as string | null) ?? null
    const row = prepared(this.db, 'SELECT basis FROM unit WHERE id = ?').get(unitId) as { basis: string | null } | undefined
    return row?.basis ?? null
  }
}
