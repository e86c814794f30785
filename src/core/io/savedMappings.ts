// The mapping files Lodestone ships (resources/mappings, beside the starter folder), offered by name in the
// import wizard: each read and checked against the mapping file schema (a broken one is left out), and marked as
// matching a file when every column it reads is among the file's columns. Read once per engine.
import fs from 'node:fs'
import path from 'node:path'
import type { Mapping, SavedMapping, SourceColumn } from '../../shared/dataFiles'
import { mappingFile } from '../../shared/mappingFile'

export type SavedMappingFile = Omit<SavedMapping, 'matches'>

/** resources/mappings next to the starter folder (where the desktop package and a checkout both put it). */
export function savedMappingsDir(starterDir: string | undefined): string | null {
  return starterDir ? path.join(starterDir, '..', 'mappings') : null
}

export function readSavedMappings(dir: string | null): SavedMappingFile[] {
  if (!dir || !fs.existsSync(dir)) return []
  const saved: SavedMappingFile[] = []
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      const parsed = mappingFile.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))
      if (!parsed.success) continue
      const { mapping, read, description } = parsed.data
      const name = file.replace(/\.json$/, '')
      // Named in the mapping, so that once it is loaded and edited the wizard still says what it was based on.
      saved.push({ name, description: description ?? null, table: mapping.table, mapping: { ...mapping, layout: mapping.layout ?? name }, read: read ?? {} })
    } catch {
      // Not JSON: left out, as a broken file would be by `lodestone import --mapping`.
    }
  }
  return saved
}

/** The file's columns a mapping reads: field columns, filter columns and wide-table columns. */
function columnsRead(m: Mapping): string[] {
  const filters = m.filter === undefined ? [] : Array.isArray(m.filter) ? m.filter : [m.filter]
  return [...Object.values(m.fields).flatMap((f) => (f.column !== undefined ? [f.column] : [])), ...filters.map((f) => f.column), ...(m.unpivot?.columns ?? [])]
}

const norm = (s: string): string => s.trim().toLowerCase()

/** True when the file has every column the mapping reads (compared as the import does: case and outer spaces aside). */
export function mappingFits(m: Mapping, columns: readonly SourceColumn[]): boolean {
  const have = new Set(columns.map((c) => norm(c.name)))
  const wanted = columnsRead(m)
  return wanted.length > 0 && wanted.every((c) => have.has(norm(c)))
}
