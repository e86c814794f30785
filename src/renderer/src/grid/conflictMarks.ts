// Conflicts in plain sight: which figures sit in a group of disagreeing figures ('figures.conflicts'), for the
// grid's marks (a sign on the value, "preferred" on the one chosen) and the "Conflicts only" filter. Set from the
// 'figures.conflicts' query while Figures is open (TablePane); the cell rules read it synchronously.
import type { FigureConflict } from '../../../shared/analysis'

export interface ConflictMark {
  group: FigureConflict
  preferred: boolean
  used: boolean
}

let marks = new Map<number, ConflictMark>()
let signature = ''

export function conflictOf(id: unknown): ConflictMark | undefined {
  return typeof id === 'number' ? marks.get(id) : undefined
}

export function conflictedIds(): number[] {
  return [...marks.keys()]
}

/** The groups as the engine now gives them; true when the marks changed (the grid then redraws its cells). */
export function setConflictMarks(groups: FigureConflict[]): boolean {
  const next = new Map<number, ConflictMark>()
  for (const g of groups) for (const f of g.figures) next.set(f.id, { group: g, preferred: f.preferred, used: f.id === g.usedId })
  const sig = [...next].map(([id, m]) => `${id}:${m.preferred ? 1 : 0}${m.used ? 1 : 0}:${m.group.figures.length}`).join(',')
  marks = next
  if (sig === signature) return false
  signature = sig
  return true
}

/** "3 figures disagree (MCS 2025, MCS 2026, …); the preferred one is F0031" for the value cell's title. */
export function conflictTitle(m: ConflictMark): string {
  const others = m.group.figures.map(
    (f) => `${f.code ?? f.id} ${f.value === null ? 'NA' : f.value.toLocaleString('en-US')} ${f.unit} (${f.source?.code ?? 'no source'})`
  )
  const used = m.group.figures.find((f) => f.id === m.group.usedId)
  const who = m.group.preferredId !== null ? `preferred: ${used?.code ?? ''}` : `none preferred; indicators use ${used?.code ?? ''} by rule`
  return `${m.group.figures.length} figures disagree: ${others.join('; ')}. ${who}.`
}
