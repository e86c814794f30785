// What one file row becomes before it is written: its values, the preview's text and the problems found, per
// field. Shared by convert.ts (which makes it) and figures.ts (which reads a figure's printed value into it).
import type { Values } from '../tables/write'

export interface FieldProblem {
  field: string
  column: string | null
  message: string
  value?: string
}

export interface Converted {
  row: number
  /** Marks carried by a name ("Australiae": estimated; "Indiae, 4": footnote 4), for figures. */
  marks?: { marker: 'e' | 'r' | null; footnotes: string[] }
  values: Values
  display: Record<string, string | number | null>
  problems: FieldProblem[]
}
