// Writes imported records: each finds its row by the key (update when a value differs, else unchanged) or is
// inserted, and every change goes to the change log under ONE 'import' batch, so undo takes the whole import
// back. Runs inside the caller's transaction; never commits or rolls back itself. A row never holds values
// from two sources: where the key includes the source (figures, trade flows), a new record that another
// source already reports is noted as a second source (otherSources.ts); elsewhere a row from another source
// is not updated.
import type { ImportTable } from '../../shared/dataFiles'
import { isTableName, tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { nextCode } from '../edits/codes'
import { abandonRedo } from '../edits/history'
import { createBatch, logStatement, type LogEntry } from '../edits/log'
import { relabelBatch, removeBatch } from '../edits/logQueries'
import { ident } from '../tables/sql'
import { insertRow, updateCells, type Values } from '../tables/write'
import { logInsertRange } from '../edits/ranges'
import { leaveRowsAfter, pauseInsertNotes } from '../grid/findIndex'
import { BatchedInsert, brokenReferences, idRuns, keyOf, planBulk, repeatedKeys, type BulkPlan } from './bulk'
import { keyCondition } from './keys'
import { OtherSources, sourceCodeOf } from './otherSources'
import { AnalystEditLog } from './analystEdits'
import type { Duplicate, OtherSource, Outcome } from './tally'

export class ImportWriter {
  private batchId = 0
  private seq = 0
  private codeNumber: number | null = null
  /** Rows inserted on the bulk path, logged together at the end as id ranges (edits/ranges.ts). */
  private bulkRows = 0
  private readonly columns: string[]
  /** Columns an insert writes (all but id and version), with the default of bool columns. */
  private readonly insertColumns: { name: string; fallback: 0 | null }[]
  private readonly insertStmt
  private readonly logStmt
  private readonly findStmt
  private readonly byIdStmt
  /** Set for a bulk import (bulk.ts): indexes wait until the end (a dry run only uses its map of keys). */
  readonly bulk: BulkPlan | null
  /** Rows with a larger id are this import's; `fileRowOf` holds the file row each came from. */
  private readonly maxIdBefore: number
  private fileRowOf = new Int32Array(1024)
  /** Existing rows the file has matched so far -> the file row that matched them. */
  private readonly matched = new Map<number, number>()
  /** In a dry run: the keys of the new records so far -> their file rows. */
  private readonly seenNew = new Map<string, number>()
  /** Key columns without the source, when the key has it (null otherwise). */
  private readonly keyWithoutSource: string[] | null
  private readonly sourceLast: boolean
  /** Where the key has the source: other sources' rows for the same thing, noted as second sources. */
  readonly others: OtherSources | null
  /** Set on the bulk path when new rows are not looked up before the end (the key index is deferred). */
  private readonly batched: BatchedInsert | null
  /** Updates that replace values an analyst set in Lodestone. */
  readonly analystEdits: AnalystEditLog
  /** The last upsert's columns an analyst had set, with their stored values (the preview shows them). */
  lastEdited: Values | null = null

  constructor(
    private readonly db: Db,
    private readonly table: ImportTable,
    private readonly keyColumns: readonly string[],
    private readonly actor: string,
    expectedRows = 0,
    /** A preview: rows are found and compared but nothing is written (new keys are remembered in memory). */
    private readonly dryRun = false,
    /** Keep the values analysts set in Lodestone (mapping.edited 'keep') instead of the file's. */
    keepEdited = false
  ) {
    const def = tableDef(table)
    this.columns = def.columns.map((c) => c.name)
    this.insertColumns = def.columns
      .filter((c) => c.name !== 'id' && c.name !== 'version')
      .map((c) => ({ name: c.name, fallback: c.type === 'bool' ? 0 : null }))
    const names = this.insertColumns.map((c) => ident(c.name))
    this.insertStmt = db.prepare(`INSERT INTO ${ident(table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    this.logStmt = logStatement(db)
    const selectList = this.columns.map(ident).join(', ')
    this.findStmt = db.prepare(`SELECT ${selectList} FROM ${ident(table)} WHERE ${keyCondition(table, keyColumns)} LIMIT 1`)
    this.byIdStmt = db.prepare(`SELECT ${selectList} FROM ${ident(table)} WHERE id = ?`)
    this.bulk = planBulk(db, table, keyColumns, expectedRows)
    this.maxIdBefore = (db.prepare(`SELECT max(id) AS id FROM ${ident(table)}`).get() as { id: number | null }).id ?? 0
    this.keyWithoutSource = keyColumns.includes('source_id') ? keyColumns.filter((c) => c !== 'source_id') : null
    this.sourceLast = keyColumns[keyColumns.length - 1] === 'source_id'
    this.others = this.keyWithoutSource ? new OtherSources(db, table, this.keyWithoutSource, this.maxIdBefore, this.bulk) : null
    this.analystEdits = new AnalystEditLog(db, table, keepEdited)
    this.batched =
      this.bulk?.existing && this.bulk.deferKeyIndex && !dryRun
        ? new BatchedInsert(db, table, this.insertColumns, (id, fileRow) => {
            this.insertedInBulk(id)
            this.rememberNew(id, fileRow)
          })
        : null
  }

  /** Writes rows still gathered for a multi-row insert; call once every record is written, before the key index. */
  flush(): void {
    this.batched?.flush()
  }

  /** The smallest and largest id inserted on the bulk path: with bulkRows, the one run of ids when they are all there. */
  private bulkIds = { lo: Number.POSITIVE_INFINITY, hi: 0 }

  private insertedInBulk(id: number): void {
    this.bulkRows++
    if (id < this.bulkIds.lo) this.bulkIds.lo = id
    if (id > this.bulkIds.hi) this.bulkIds.hi = id
  }

  private rememberNew(id: number, fileRow: number): void {
    const at = id - this.maxIdBefore - 1
    if (at >= this.fileRowOf.length) {
      const grown = new Int32Array(Math.max(at + 1, this.fileRowOf.length * 2))
      grown.set(this.fileRowOf)
      this.fileRowOf = grown
    }
    this.fileRowOf[at] = fileRow
  }

  /** Opens the import's change-log batch. Call inside the transaction, before any write. */
  begin(label: string): void {
    if (this.dryRun) return
    this.batchId = createBatch(this.db, { label, origin: 'import', actor: this.actor })
    if (!this.bulk) return
    leaveRowsAfter(this.db, this.table, this.maxIdBefore) // Find's index takes the new rows in later
    this.resumeNotes = pauseInsertNotes(this.db, this.table)
  }

  /** Makes Find's insert trigger again after a bulk import's rows are in (see pauseInsertNotes). */
  private resumeNotes: () => void = () => undefined

  private log(e: LogEntry): void {
    this.logStmt.run(this.batchId, this.seq++, e.table, e.rowId, e.op, e.before ? JSON.stringify(e.before) : null, e.after ? JSON.stringify(e.after) : null)
  }

  /** The full stored row of an insert, for the log (what redo puts back). */
  private insertLogged(table: TableName, values: Values): number {
    if (table === this.table) return this.insertTarget(values)
    const def = tableDef(table)
    const full: Values = {}
    for (const c of def.columns) {
      if (c.name === 'id' || c.name === 'version') continue
      full[c.name] = values[c.name] ?? (c.type === 'bool' ? 0 : null)
    }
    const id = insertRow(this.db, table, full)
    this.log({ table, rowId: id, op: 'insert', before: null, after: { id, ...full, version: 1 } })
    return id
  }

  /** Insert into the import's own table through one prepared statement; the log keeps the whole row (not in bulk). */
  private insertTarget(values: Values): number {
    const cols = this.insertColumns
    const params = new Array<string | number | null>(cols.length)
    for (let i = 0; i < cols.length; i++) params[i] = values[cols[i]!.name] ?? cols[i]!.fallback
    const id = Number(this.insertStmt.run(params).lastInsertRowid)
    if (this.bulk) {
      this.insertedInBulk(id)
      return id
    }
    const row: Values = { id }
    for (let i = 0; i < cols.length; i++) row[cols[i]!.name] = params[i]!
    this.log({ table: this.table, rowId: id, op: 'insert', before: null, after: { ...row, version: 1 } })
    return id
  }

  /** Adds a reference row (a country, a unit) the import needs; logged with the import. */
  readonly createReference = (table: TableName, values: Values): number => (this.dryRun ? -++this.dryRunReferences : this.insertLogged(table, values))
  /** References a dry run would add (it only counts them: each gets its own negative id). */
  private dryRunReferences = 0

  private autoCode(values: Values): void {
    const auto = tableDef(this.table).autoCode
    if (!auto || (values[auto.column] !== undefined && values[auto.column] !== null && values[auto.column] !== '')) return
    if (this.codeNumber === null) this.codeNumber = Number(nextCode(this.db, this.table)!.slice(auto.prefix.length))
    values[auto.column] = `${auto.prefix}${String(this.codeNumber++).padStart(auto.digits, '0')}`
  }

  /** The record's key in the in-memory map of a bulk import, and the same without the source (built once). */
  private keysOf(values: Values): { key: string; sourceless: string | null } {
    const cols = this.keyWithoutSource
    if (!cols) return { key: keyOf(values, this.keyColumns), sourceless: null }
    const sourceless = keyOf(values, cols)
    // The source is the key's last column (keys.ts), so the full key is the sourceless one and the source.
    return { key: this.sourceLast ? `${sourceless}\u0001${String(values.source_id ?? '')}` : keyOf(values, this.keyColumns), sourceless }
  }

  private find(values: Values, key: string | null): Values | undefined {
    if (!this.bulk?.existing) return this.findStmt.get(...this.keyColumns.map((c) => values[c] ?? null)) as Values | undefined
    if (this.bulk.existing.size === 0) return undefined // an empty table, and new keys are checked at the end
    const id = this.bulk.existing.get(key ?? keyOf(values, this.keyColumns))
    return id === undefined ? undefined : (this.byIdStmt.get(id) as Values | undefined)
  }

  /** Inserts, updates or leaves the record's row; a key the file already used is a duplicate (nothing written). */
  upsert(values: Values, fileRow: number): Outcome | Duplicate | OtherSource {
    this.lastEdited = null
    const keys = this.bulk?.existing?.size ? this.keysOf(values) : null
    const existing = this.find(values, keys?.key ?? null)
    if (!existing) this.others?.note(values, fileRow, keys?.sourceless ?? null)
    if (!existing && this.dryRun) return this.newInDryRun(values, fileRow)
    if (!existing) {
      this.autoCode(values)
      if (this.batched) {
        this.batched.add(values, fileRow)
        return 'new'
      }
      const id = this.insertLogged(this.table, values)
      this.rememberNew(id, fileRow)
      if (this.bulk?.existing && !this.bulk.deferKeyIndex) this.bulk.existing.set(keyOf(values, this.keyColumns), id)
      return 'new'
    }
    const id = Number(existing.id)
    if (id > this.maxIdBefore) return { duplicateOf: this.fileRowOf[id - this.maxIdBefore - 1]! }
    const earlier = this.matched.get(id)
    if (earlier !== undefined) return { duplicateOf: earlier }
    this.matched.set(id, fileRow)
    const theirs = (existing.source_id as number | null | undefined) ?? null
    const ours = values.source_id
    if (theirs !== null && ours !== undefined && ours !== null && ours !== theirs)
      return { otherSource: sourceCodeOf(this.db, theirs) ?? String(theirs), rowId: id }
    return this.change(existing, values, fileRow)
  }

  private newInDryRun(values: Values, fileRow: number): Outcome | Duplicate {
    const key = keyOf(values, this.keyColumns)
    const earlier = this.seenNew.get(key)
    if (earlier !== undefined) return { duplicateOf: earlier }
    this.seenNew.set(key, fileRow)
    this.autoCode(values)
    return 'new'
  }

  private change(existing: Values, values: Values, fileRow: number): Outcome {
    const before: Values = {}
    const after: Values = {}
    for (const [column, value] of Object.entries(values)) {
      if (existing[column] !== value) {
        before[column] = existing[column] ?? null
        after[column] = value
      }
    }
    if (Object.keys(after).length > 0) this.lastEdited = this.analystEdits.settle(fileRow, existing, before, after)
    if (Object.keys(after).length === 0) return 'unchanged' // nothing differs, or only kept analysts' values
    if (this.dryRun) return 'update'
    const id = Number(existing.id)
    updateCells(this.db, this.table, id, after)
    this.log({ table: this.table, rowId: id, op: 'update', before, after })
    return 'update'
  }

  /**
   * New rows repeating the key of an earlier new row (found once the deferred key index could not be built):
   * their ids and file rows, with the file row that had the key first.
   */
  repeatedRows(): { id: number; row: number; duplicateOf: number }[] {
    const rowOf = (id: number): number => this.fileRowOf[id - this.maxIdBefore - 1]!
    return repeatedKeys(this.db, this.table, this.keyColumns, this.maxIdBefore).map(([id, first]) => ({ id, row: rowOf(id), duplicateOf: rowOf(first) }))
  }

  /** A row this import added (to list a repeated key). */
  rowOfNew(id: number): Values {
    return this.byIdStmt.get(id) as Values
  }

  /**
   * After a bulk import with foreign keys paused (bulk.ts): the first row it wrote that refers to no row, in
   * words, or null. References come from the resolver, so this is a fault of ours, never of the file.
   */
  brokenReference(): string | null {
    const mine = brokenReferences(this.db, this.table).find((r) => r.id > this.maxIdBefore || this.matched.has(r.id))
    if (!mine) return null
    const fileRow = mine.id > this.maxIdBefore ? this.fileRowOf[mine.id - this.maxIdBefore - 1] : this.matched.get(mine.id)
    return `The import of row ${fileRow} would refer to a row of ${isTableName(mine.parent) ? tableDef(mine.parent).label : mine.parent} that is not in the dataset, so it was rolled back: nothing was changed. This is a fault in Lodestone, not in the file; please report it with the file.`
  }

  /** Takes out new rows this import added (the repeats it leaves out); they are never logged. */
  removeNew(ids: number[]): void {
    const stmt = this.db.prepare(`DELETE FROM ${ident(this.table)} WHERE id = ? AND id > ?`)
    for (const id of ids) stmt.run(id, this.maxIdBefore)
    this.bulkRows -= ids.length
  }

  /** Names the batch after what happened; a batch with no changes is removed. Returns its id (0 when removed). */
  finish(label: string): number {
    this.flush()
    this.resumeNotes()
    if (this.bulk && this.bulkRows) {
      // Ids are distinct and none was taken out when as many rows are left as lo..hi holds: one run, no scan.
      const { lo, hi } = this.bulkIds
      const runs: [number, number][] = hi - lo + 1 === this.bulkRows ? [[lo, hi]] : idRuns(this.db, this.table, this.maxIdBefore)
      for (const [first, last] of runs) logInsertRange(this.db, this.batchId, this.seq++, { table: this.table, first, last })
      this.bulkRows = 0
    }
    if (this.seq === 0) {
      removeBatch(this.db, this.batchId)
      return 0
    }
    abandonRedo(this.db)
    relabelBatch(this.db, this.batchId, label)
    return this.batchId
  }
}
