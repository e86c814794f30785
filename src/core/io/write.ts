// Writes imported records: each finds its row by the key (update when a value differs, else unchanged) or is
// inserted, and every change goes to the change log under ONE 'import' batch, so undo takes the whole import
// back. Runs inside the caller's transaction; never commits or rolls back itself.
import type { ImportTable } from '../../shared/dataFiles'
import { tableDef, type TableName } from '../../shared/schema'
import type { Db } from '../db/open'
import { nextCode } from '../edits/codes'
import { abandonRedo } from '../edits/history'
import { createBatch, type LogEntry } from '../edits/log'
import { ident } from '../tables/sql'
import { prepared } from '../tables/statements'
import { insertRow, updateCells, type Values } from '../tables/write'

export type Outcome = 'new' | 'update' | 'unchanged'

function keyCondition(table: TableName, columns: readonly string[]): string {
  return columns
    .map((c) => {
      const required = tableDef(table).columns.find((d) => d.name === c)?.required
      return `${ident(c)} ${required ? '=' : 'IS'} ?`
    })
    .join(' AND ')
}

export class ImportWriter {
  private batchId = 0
  private seq = 0
  private codeNumber: number | null = null
  private readonly columns: string[]
  private readonly logStmt
  private readonly findSql: string

  constructor(
    private readonly db: Db,
    private readonly table: ImportTable,
    private readonly keyColumns: readonly string[],
    private readonly actor: string
  ) {
    this.columns = tableDef(table).columns.map((c) => c.name)
    this.logStmt = prepared(db, 'INSERT INTO change_log (batch_id, seq, table_name, row_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
    this.findSql = `SELECT ${this.columns.map(ident).join(', ')} FROM ${ident(table)} WHERE ${keyCondition(table, keyColumns)} LIMIT 1`
  }

  /** Opens the import's change-log batch. Call inside the transaction, before any write. */
  begin(label: string): void {
    this.batchId = createBatch(this.db, { label, origin: 'import', actor: this.actor })
  }

  private log(e: LogEntry): void {
    this.logStmt.run(this.batchId, this.seq++, e.table, e.rowId, e.op, e.before ? JSON.stringify(e.before) : null, e.after ? JSON.stringify(e.after) : null)
  }

  /** The full stored row of an insert, for the log (what redo puts back). */
  private insertLogged(table: TableName, values: Values): number {
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

  /** Adds a reference row (a country, a unit) the import needs; logged with the import. */
  readonly createReference = (table: TableName, values: Values): number => this.insertLogged(table, values)

  private autoCode(values: Values): void {
    const auto = tableDef(this.table).autoCode
    if (!auto || (values[auto.column] !== undefined && values[auto.column] !== null && values[auto.column] !== '')) return
    if (this.codeNumber === null) this.codeNumber = Number(nextCode(this.db, this.table)!.slice(auto.prefix.length))
    values[auto.column] = `${auto.prefix}${String(this.codeNumber++).padStart(auto.digits, '0')}`
  }

  find(values: Values): Values | undefined {
    return prepared(this.db, this.findSql).get(...this.keyColumns.map((c) => values[c] ?? null)) as Values | undefined
  }

  upsert(values: Values): Outcome {
    const existing = this.find(values)
    if (!existing) {
      this.autoCode(values)
      this.insertLogged(this.table, values)
      return 'new'
    }
    const before: Values = {}
    const after: Values = {}
    for (const [column, value] of Object.entries(values)) {
      if (existing[column] !== value) {
        before[column] = existing[column] ?? null
        after[column] = value
      }
    }
    if (Object.keys(after).length === 0) return 'unchanged'
    const id = Number(existing.id)
    updateCells(this.db, this.table, id, after)
    this.log({ table: this.table, rowId: id, op: 'update', before, after })
    return 'update'
  }

  /** Names the batch after what happened; a batch with no changes is removed. Returns its id (0 when removed). */
  finish(label: string): number {
    if (this.seq === 0) {
      prepared(this.db, 'DELETE FROM edit_batch WHERE id = ?').run(this.batchId)
      return 0
    }
    abandonRedo(this.db)
    prepared(this.db, 'UPDATE edit_batch SET label = ? WHERE id = ?').run(label, this.batchId)
    return this.batchId
  }
}
