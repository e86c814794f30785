// What depends on rows about to be deleted: the assessments that cite them as evidence (and so the briefs that
// quote those assessments). Read through 'rows.page' on the evidence links; the delete question names them.
import type { Row } from '../../../shared/api'
import type { TableName } from '../../../shared/schema'
import { call } from '../api/client'
import { rowLabel } from '../data/rows'

export interface Citation {
  row: string
  assessment: string
}

/** Evidence links citing any of `rows` (up to the first 5,000 links of the table). */
export async function citationsOf(table: TableName, rows: Row[]): Promise<Citation[]> {
  const ids = new Map(rows.map((r) => [Number(r.id), rowLabel(table, r)]))
  const page = await call('rows.page', {
    table: 'assessment_evidence',
    offset: 0,
    limit: 5000,
    sort: [],
    filters: [{ column: 'target_table', op: 'equals', value: table }]
  })
  return page.rows
    .filter((link) => ids.has(Number(link.target_id)))
    .map((link) => ({ row: ids.get(Number(link.target_id))!, assessment: String(link.assessment_id__label ?? `assessment ${String(link.assessment_id)}`) }))
}

/** "F0008 is evidence in "India — Midstream processing" and "…"; briefs quoting these assessments lose the clause." */
export function describeCitations(citations: Citation[]): string {
  const byRow = new Map<string, string[]>()
  for (const c of citations) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.assessment])
  const lines = [...byRow].slice(0, 6).map(([row, list]) => `${row} is evidence in ${[...new Set(list)].map((t) => `"${t}"`).join(', ')}`)
  if (byRow.size > 6) lines.push(`and ${byRow.size - 6} more cited rows`)
  return `${lines.join('; ')}. Deleting removes that evidence from those assessments and from any brief that quotes them.`
}
