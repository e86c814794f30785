// Updates that would replace what an analyst set in Lodestone: a value typed, pasted or corrected in a grid
// since the row was imported (the change log says who last set each column). They are counted and the first
// listed, so the preview says so before they are replaced and the import says which ones Undo brings back.
// The rows analysts ever touched are read once, so a re-import of a million rows asks the log only about those.
import type { AnalystEdits, ImportTable } from '../../shared/dataFiles'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'

/** Rows listed (all are counted). */
export const MAX_ANALYST_EDITS = 500
/** Log entries read per row, newest first: enough for any row's recent history. */
const ENTRIES_READ = 50

// Batches in effect (not undone), by what made them; an undo or redo batch stands for the batch it reverts.
const LAST_SETTERS = `
  SELECT b.origin AS origin, c.after AS after FROM change_log c JOIN edit_batch b ON b.id = c.batch_id
  WHERE c.table_name = ? AND c.row_id = ? AND c.op IN ('insert', 'update') AND b.undone = 0 AND b.origin NOT IN ('undo', 'redo')
  ORDER BY c.id DESC LIMIT ${ENTRIES_READ}`

/** The columns of `columns` whose value in the stored row was last set by an analyst (not by an import or the starter). */
export function setByAnalyst(db: Db, table: ImportTable, rowId: number, columns: readonly string[]): string[] {
  const entries = prepared(db, LAST_SETTERS).all(table, rowId) as { origin: string; after: string | null }[]
  const found: string[] = []
  const open = new Set(columns)
  for (const e of entries) {
    if (open.size === 0) break
    const after = e.after ? (JSON.parse(e.after) as Record<string, unknown>) : {}
    for (const column of [...open]) {
      if (!(column in after)) continue
      open.delete(column)
      if (e.origin === 'user') found.push(column)
    }
  }
  return columns.filter((c) => found.includes(c))
}

// Rows of a table that edits in effect by analysts touched (edit_batch has one row per edit: a short scan).
const TOUCHED_ROWS = `
  SELECT DISTINCT c.row_id AS id FROM edit_batch b JOIN change_log c ON c.batch_id = b.id
  WHERE b.origin = 'user' AND b.undone = 0 AND c.table_name = ?`

/** The updates of one import that replace analysts' values: counted, the first listed with the columns' labels. */
export class AnalystEditLog {
  count = 0
  readonly listed: { row: number; rowId: number; fields: string[] }[] = []
  private touched: Set<number> | null = null

  constructor(
    private readonly db: Db,
    private readonly table: ImportTable
  ) {}

  /** Notes an update of `rowId` that changes `columns` when an analyst set any of them. */
  check(fileRow: number, rowId: number, columns: readonly string[]): void {
    this.touched ??= new Set((prepared(this.db, TOUCHED_ROWS).all(this.table) as { id: number }[]).map((r) => r.id))
    if (!this.touched.has(rowId)) return
    const edited = setByAnalyst(this.db, this.table, rowId, columns)
    if (edited.length) this.note(fileRow, rowId, edited)
  }

  private note(fileRow: number, rowId: number, columns: readonly string[]): void {
    this.count++
    if (this.listed.length >= MAX_ANALYST_EDITS) return
    const def = tableDef(this.table)
    const fields = columns.map((c) => def.columns.find((d) => d.name === c)?.label ?? c)
    this.listed.push({ row: fileRow, rowId, fields })
  }

  /** "2 updates would replace values edited in Lodestone since they were imported: row 4, Note; row 9, Value…", or none. */
  summary(dryRun: boolean): AnalystEdits {
    const n = this.count
    if (n === 0) return noAnalystEdits
    const listed = this.listed
      .slice(0, 3)
      .map((r) => `row ${r.row}, ${r.fields.join(' and ')}`)
      .join('; ')
    const what = `${n.toLocaleString('en-US')} update${n === 1 ? '' : 's'}`
    const more = n > 3 ? '; …' : ''
    const message = dryRun
      ? `${what} would replace values edited in Lodestone since they were imported: ${listed}${more}. Importing takes the file's values; Undo then brings the edits back.`
      : `${what} replaced values edited in Lodestone: ${listed}${more}. Undo takes the import back and restores them.`
    return { count: n, message, rows: this.listed.map((r) => ({ ...r, fields: [...r.fields] })) }
  }
}

export const noAnalystEdits: AnalystEdits = { count: 0, message: null, rows: [] }
