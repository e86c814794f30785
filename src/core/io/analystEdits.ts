// Updates that would replace what an analyst set in Lodestone: a value typed, pasted or corrected in a grid
// since the row was imported (the change log says who last set each column). They are counted and the first
// listed, so the preview says so before they are replaced and the import says which ones Undo brings back.
// The rows analysts ever touched are read once, so a re-import of a million rows asks the log only about those.
import type { AnalystEdits, ImportTable, PreviewRow } from '../../shared/dataFiles'
import { tableDef } from '../../shared/schema'
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import type { Values } from '../tables/write'

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
    private readonly table: ImportTable,
    /** mapping.edited 'keep': the analysts' values stay (the update leaves the columns check returns out). */
    readonly keep: boolean
  ) {}

  /** Notes an update of `rowId` that changes `columns` an analyst set; returns those columns. */
  private check(fileRow: number, rowId: number, columns: readonly string[]): readonly string[] {
    this.touched ??= new Set((prepared(this.db, TOUCHED_ROWS).all(this.table) as { id: number }[]).map((r) => r.id))
    if (!this.touched.has(rowId)) return []
    const edited = setByAnalyst(this.db, this.table, rowId, columns)
    if (edited.length) this.note(fileRow, rowId, edited)
    return edited
  }

  /**
   * An update's columns an analyst had set (before -> after, changed in place): noted, and left out of the update
   * when they are kept. Returns their stored values, or null when the update touches none.
   */
  settle(fileRow: number, stored: Values, before: Values, after: Values): Values | null {
    const edited = this.check(fileRow, Number(stored.id), Object.keys(after))
    if (edited.length === 0) return null
    for (const kept of this.keep ? edited : []) {
      delete before[kept]
      delete after[kept]
    }
    return Object.fromEntries(edited.map((c) => [c, stored[c] ?? null]))
  }

  private note(fileRow: number, rowId: number, columns: readonly string[]): void {
    this.count++
    if (this.listed.length >= MAX_ANALYST_EDITS) return
    const def = tableDef(this.table)
    const fields = columns.map((c) => def.columns.find((d) => d.name === c)?.label ?? c)
    this.listed.push({ row: fileRow, rowId, fields })
  }

  /** "The file would replace values edited in Lodestone since they were imported, in 2 rows: row 4, Note; …", or none. */
  summary(dryRun: boolean): AnalystEdits {
    const n = this.count
    if (n === 0) return noAnalystEdits
    const listed = this.listed
      .slice(0, 3)
      .map((r) => `row ${r.row}, ${r.fields.join(' and ')}`)
      .join('; ')
    const where = `in ${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}: ${listed}${n > 3 ? '; …' : ''}`
    const message = this.keep
      ? dryRun
        ? `Values edited in Lodestone since they were imported are kept, ${where}; the rest of each row comes from the file.`
        : `Values edited in Lodestone were kept, ${where}; the rest of each row came from the file.`
      : dryRun
        ? `The file would replace values edited in Lodestone since they were imported, ${where}. Importing takes the file's values (Undo brings the edits back).`
        : `The file replaced values edited in Lodestone, ${where}. Undo takes the import back and restores them.`
    return { count: n, message, rows: this.listed.map((r) => ({ ...r, fields: [...r.fields] })) }
  }
}

export const noAnalystEdits: AnalystEdits = { count: 0, message: null, rows: [] }

/**
 * Marks a preview row's cells an analyst had set: kept, the cell shows the stored value (a reference keeps the
 * file's label, with the words); replaced, the words say what it replaces.
 */
export function markEdited(row: PreviewRow, stored: Values, keep: boolean, refFields: readonly string[]): PreviewRow {
  const edited: Record<string, string> = {}
  const values = { ...row.values }
  for (const [field, value] of Object.entries(stored)) {
    const shown = value === null || value === undefined ? 'blank' : String(value)
    if (!keep) {
      edited[field] = refFields.includes(field) ? 'Replaces a value edited in Lodestone' : `Replaces ${shown}, edited in Lodestone`
      continue
    }
    edited[field] = `Kept as edited in Lodestone; the file has ${String(row.values[field] ?? 'blank')}`
    if (!refFields.includes(field)) values[field] = value as string | number | null
  }
  return { ...row, values, edited }
}
