// Bulk loading: when an import brings at least as many rows as its table holds (and 20,000 or more), the
// table's indexes are dropped inside the import's transaction and built again at the end (one sort per index
// instead of a million random B-tree inserts). Existing rows are found through an in-memory map of their keys.
// A UNIQUE natural-key index is dropped too when the table is small, and built FIRST at the end: if it fails, the
// file repeats a key, and one query names the repeated rows. The new rows are logged as id ranges
// (edits/ranges.ts). Rolling back restores everything; the CREATE INDEX statements are the dataset's own schema.
// While no new row is looked up before the end, new rows go in INSERT_ROWS at a time (one statement per batch).
// References are checked once at the end (pauseForeignKeys) instead of on every insert.
import type { Row } from '../../shared/api'
import type { ImportTable } from '../../shared/dataFiles'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { tableIndexes, type IndexDef } from '../tables/indexes'
import { ident } from '../tables/sql'
import type { Values } from '../tables/write'

export const BULK_MIN_ROWS = 20_000

/** The natural-key text of a record or a stored row (the same for both). */
export function keyOf(values: Values | Row, columns: readonly string[]): string {
  let key = ''
  for (let i = 0; i < columns.length; i++) key += (i ? '\u0001' : '') + String(values[columns[i]!] ?? '')
  return key
}

export interface BulkPlan {
  /**
   * Keys -> ids of the rows the table held (and, without a deferred key index, of each row the import adds);
   * null when the table's UNIQUE key index stays up and finds rows instead (a table of many rows).
   */
  existing: Map<string, number> | null
  /** The UNIQUE index on exactly the key columns, when the table has one. */
  keyIndex: IndexDef | null
  /** True when the key index is dropped during the import: repeated keys among new rows are found at the end. */
  deferKeyIndex: boolean
  keyColumns: readonly string[]
}

/** The UNIQUE index on exactly these columns, in this order, if the table has one. */
export function uniqueKeyIndex(db: Db, table: ImportTable, keyColumns: readonly string[]): IndexDef | null {
  const indexes = db.prepare(`PRAGMA index_list(${ident(table)})`).all() as { name: string; unique: number }[]
  for (const index of indexes) {
    if (!index.unique || !/^[a-z_][a-z0-9_]*$/.test(index.name)) continue
    const cols = (db.prepare(`PRAGMA index_info(${ident(index.name)})`).all() as { name: string }[]).map((c) => c.name)
    if (cols.length === keyColumns.length && cols.every((c, i) => c === keyColumns[i]))
      return tableIndexes(db, table).find((i) => i.name === index.name) ?? null
  }
  return null
}

export function planBulk(db: Db, table: ImportTable, keyColumns: readonly string[], expectedRows: number): BulkPlan | null {
  const t = ident(table)
  const { n } = db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }
  if (expectedRows < Math.max(BULK_MIN_ROWS, n)) return null
  const keyIndex = uniqueKeyIndex(db, table, keyColumns)
  if (keyIndex && n >= BULK_MIN_ROWS) return { existing: null, keyIndex, deferKeyIndex: false, keyColumns }
  const existing = new Map<string, number>()
  const cols = keyColumns.map(ident).join(', ')
  for (const row of db.prepare(`SELECT id, ${cols} FROM ${t}`).iterate() as IterableIterator<Row>) existing.set(keyOf(row, keyColumns), Number(row.id))
  return { existing, keyIndex, deferKeyIndex: keyIndex !== null, keyColumns }
}

export interface SuspendedIndexes {
  /** The indexes to build at the end (the key index among them when it is deferred). */
  readonly count: number
  /** Builds the deferred key index; false when the new rows repeat a key (nothing built, the transaction goes on). */
  buildKeyIndex(): boolean
  /**
   * Builds every other dropped index, telling `step` after each how many of `count` are built; false from `step`
   * stops there (a cancel: the caller rolls back). True when all are built.
   */
  buildOthers(step?: (built: number, count: number) => boolean): boolean
}

/** Drops the table's indexes (the key index too when the plan defers it) until the import's end. */
export function suspendIndexes(db: Db, table: ImportTable, plan: BulkPlan): SuspendedIndexes {
  const kept = plan.deferKeyIndex ? null : plan.keyIndex?.name
  const dropped = tableIndexes(db, table).filter((i) => i.name !== kept)
  for (const index of dropped) db.exec(`DROP INDEX ${ident(index.name)}`)
  const keyIndex = plan.deferKeyIndex ? plan.keyIndex : null
  let keyBuilt = !keyIndex
  return {
    count: dropped.length,
    buildKeyIndex: () => {
      if (keyBuilt || !keyIndex) return true
      try {
        db.exec(keyIndex.sql)
        keyBuilt = true
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw e
      }
      if (keyBuilt && nullKeysRepeat(db, table, plan.keyColumns, keyIndex.name)) {
        db.exec(`DROP INDEX ${ident(keyIndex.name)}`) // built again once the repeated rows are taken out
        keyBuilt = false
      }
      return keyBuilt
    },
    buildOthers: (step) => {
      const others = dropped.filter((i) => i.name !== keyIndex?.name)
      let built = dropped.length - others.length
      if (step && built > 0 && !step(built, dropped.length)) return false // the key index, built first
      for (const index of others) {
        db.exec(index.sql)
        if (step && !step(++built, dropped.length)) return false
      }
      return true
    }
  }
}

/**
 * True when rows repeat a key through an empty key column (a flow with no source twice): a UNIQUE index lets
 * NULLs repeat, but a key's empty value is one value, as the import's matching has it. Reads the key index in order.
 */
function nullKeysRepeat(db: Db, table: ImportTable, keyColumns: readonly string[], keyIndex: string): boolean {
  const nullable = tableDef(table).columns.filter((c) => keyColumns.includes(c.name) && !c.required)
  if (nullable.length === 0) return false
  const where = nullable.map((c) => `${ident(c.name)} IS NULL`).join(' OR ')
  const sql = `SELECT 1 FROM ${ident(table)} INDEXED BY ${ident(keyIndex)} WHERE ${where} GROUP BY ${keyColumns.map(ident).join(', ')} HAVING count(*) > 1 LIMIT 1`
  return db.prepare(sql).get() !== undefined
}

/**
 * For a bulk import: foreign keys off until its transaction ends (SQLite ignores the pragma inside one), so the
 * references of a million rows are checked by one pass at the end (ImportWriter.brokenReference, about a tenth
 * of the time) instead of on each insert (a third of the insert's time). Returns the step that turns them on.
 */
export function pauseForeignKeys(db: Db): () => void {
  if (db.inTransaction || !db.pragma('foreign_keys', { simple: true })) return () => undefined
  db.pragma('foreign_keys = OFF')
  return () => db.pragma('foreign_keys = ON')
}

/** Rows of the table whose references point at no row: their ids and the table they should be in. */
export function brokenReferences(db: Db, table: ImportTable): { id: number; parent: string }[] {
  const rows = db.pragma(`foreign_key_check(${ident(table)})`) as { rowid: number; parent: string }[]
  return rows.map((r) => ({ id: r.rowid, parent: r.parent }))
}

/** Rows added after `maxIdBefore` whose key an earlier added row has: [id, id of the first row with that key]. */
export function repeatedKeys(db: Db, table: ImportTable, keyColumns: readonly string[], maxIdBefore: number): [number, number][] {
  const cols = keyColumns.map(ident).join(', ')
  const rows = db
    .prepare(`SELECT id, first FROM (SELECT id, min(id) OVER (PARTITION BY ${cols}) AS first FROM ${ident(table)} WHERE id > ?) WHERE id <> first ORDER BY id`)
    .raw()
    .all(maxIdBefore) as [number, number][]
  return rows
}

/** Runs of consecutive ids among the rows added after `maxIdBefore` (one run unless rows were taken out). */
export function idRuns(db: Db, table: ImportTable, maxIdBefore: number): [number, number][] {
  const t = ident(table)
  const { n, lo, hi } = db.prepare(`SELECT count(*) AS n, min(id) AS lo, max(id) AS hi FROM ${t} WHERE id > ?`).get(maxIdBefore) as {
    n: number
    lo: number
    hi: number
  }
  if (n === 0) return []
  if (hi - lo + 1 === n) return [[lo, hi]]
  return db
    .prepare(`SELECT min(id), max(id) FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS run FROM ${t} WHERE id > ?) GROUP BY run ORDER BY 1`)
    .raw()
    .all(maxIdBefore) as [number, number][]
}

/** Rows per multi-row INSERT on the bulk path (a call per row cost as much as the insert itself). */
export const INSERT_ROWS = 64

/** New rows gathered and inserted INSERT_ROWS at a time; ids are consecutive (the table's largest id + 1, ...). */
export class BatchedInsert {
  private readonly many
  private readonly one
  private readonly params: (string | number | null)[]
  private readonly oneParams: (string | number | null)[]
  private readonly fileRows: number[] = []

  constructor(
    db: Db,
    table: ImportTable,
    private readonly columns: readonly { name: string; fallback: 0 | null }[],
    /** Told each inserted row's id and the file row it came from. */
    private readonly inserted: (id: number, fileRow: number) => void
  ) {
    const names = columns.map((c) => ident(c.name)).join(', ')
    const tuple = `(${columns.map(() => '?').join(', ')})`
    this.many = db.prepare(`INSERT INTO ${ident(table)} (${names}) VALUES ${Array.from({ length: INSERT_ROWS }, () => tuple).join(', ')}`)
    this.one = db.prepare(`INSERT INTO ${ident(table)} (${names}) VALUES ${tuple}`)
    this.params = new Array<string | number | null>(INSERT_ROWS * columns.length)
    this.oneParams = new Array<string | number | null>(columns.length)
  }

  add(values: Values, fileRow: number): void {
    const cols = this.columns
    const at = this.fileRows.length * cols.length
    for (let i = 0; i < cols.length; i++) this.params[at + i] = values[cols[i]!.name] ?? cols[i]!.fallback
    this.fileRows.push(fileRow)
    if (this.fileRows.length === INSERT_ROWS) this.flush()
  }

  /** Inserts what is gathered (call before anything reads the new rows). */
  flush(): void {
    const n = this.fileRows.length
    if (n === INSERT_ROWS) {
      const last = Number(this.many.run(this.params).lastInsertRowid)
      for (let i = 0; i < n; i++) this.inserted(last - n + 1 + i, this.fileRows[i]!)
    } else {
      const width = this.columns.length
      for (let r = 0; r < n; r++) {
        for (let i = 0; i < width; i++) this.oneParams[i] = this.params[r * width + i]!
        this.inserted(Number(this.one.run(this.oneParams).lastInsertRowid), this.fileRows[r]!)
      }
    }
    this.fileRows.length = 0
  }
}
