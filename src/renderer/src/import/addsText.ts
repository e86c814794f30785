// What an import adds besides its rows, in words: "3 countries (Austria, Belgium, Chile) and 1 source
// (USGS-MCS2025-WORLD)", each table named by the schema, the names cut short when there are many.
import type { ImportPreview } from '../../../shared/dataFiles'
import { isTableName, tableDef } from '../../../shared/schema'

const SHOWN = 4

function noun(table: string, n: number): string {
  if (!isTableName(table)) return table
  const def = tableDef(table)
  return n === 1 ? def.singular : def.label.toLowerCase()
}

/** A country's label without its code ("Austria (AUT)" -> "Austria"); a source's code alone, without its title. */
function shortLabel(table: string, label: string): string {
  if (table === 'source') return label.replace(/ \(.*\)$/s, '')
  return label.replace(/ \([A-Z0-9_]+\)$/, '')
}

export function addsText(created: ImportPreview['created']): string {
  const groups = new Map<string, string[]>()
  for (const c of created) groups.set(c.table, [...(groups.get(c.table) ?? []), shortLabel(c.table, c.label)])
  const parts = [...groups].map(([table, labels]) => {
    const names = labels.length > SHOWN ? `${labels.slice(0, SHOWN).join(', ')}, …` : labels.join(', ')
    return `${labels.length} ${noun(table, labels.length)} (${names})`
  })
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '')
}
