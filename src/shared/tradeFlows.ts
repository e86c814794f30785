// A trade flow in words, saying whose report it is: "China reports imports from India". A flow is always the
// reporter's own statement; the partner's report of the same trade (the mirror flow) is another row, so "India's
// imports from China" must never be read off China's report of exports to India. Pure: used by the grid and inspector.
import type { FLOWS } from './schema'

type Flow = (typeof FLOWS)[number]

const VERB: Record<Flow, [string, string]> = {
  import: ['imports', 'from'],
  export: ['exports', 'to'],
  're-import': ['re-imports', 'from'],
  're-export': ['re-exports', 'to']
}

const MIRROR: Record<Flow, Flow> = { import: 'export', export: 'import', 're-import': 're-export', 're-export': 're-import' }

function place(name: string): string {
  return /^(world|other countries|eu|european union)/i.test(name) ? `the ${name}` : name
}

export interface FlowParts {
  reporter: string | null
  partner: string | null
  flow: string | null
}

const isFlow = (f: string | null): f is Flow => f !== null && f in VERB

/** "China reports imports from India", or null while a part is missing. */
export function flowInWords(p: FlowParts): string | null {
  if (!p.reporter || !p.partner || !isFlow(p.flow)) return null
  const [verb, prep] = VERB[p.flow]
  return `${p.reporter} reports ${verb} ${prep} ${place(p.partner)}`
}

/** What the row is not: "India's own report of this trade (its exports to China) would be a separate row." */
export function mirrorInWords(p: FlowParts): string | null {
  if (!p.reporter || !p.partner || !isFlow(p.flow) || /^(world|other)/i.test(p.partner)) return null
  const [verb, prep] = VERB[MIRROR[p.flow]]
  return `This is ${p.reporter}'s report. ${p.partner}'s own report of the same trade (its ${verb} ${prep} ${p.reporter}) would be a separate row.`
}
