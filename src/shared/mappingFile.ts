// The mapping file a user writes or saves (`lodestone import … --mapping FILE.json`, the wizard's Save/Load
// mapping): a description, how to read the file, and the column mapping. One zod schema, which the CLI and the
// wizard validate with, and the JSON Schema generated from it (docs/mapping.schema.json) for editors.
import { z } from 'zod'
import { mapping, readOptions } from './dataFiles'

export const MAPPING_SCHEMA_ID = 'https://lodestone.invalid/schemas/mapping.schema.json'

export const mappingFile = z
  .object({
    /** Where an editor finds this schema (ignored by Lodestone). */
    $schema: z.string().max(2000).optional(),
    /** What the mapping is for, in words. */
    description: z.string().max(2000).optional(),
    /** How to read the file; options not given are found automatically. */
    read: readOptions.partial().optional(),
    mapping
  })
  .strict()
export type MappingFile = z.output<typeof mappingFile>

/** The JSON Schema of a mapping file, as written to docs/mapping.schema.json. */
export function mappingFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(mappingFile, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  return { $id: MAPPING_SCHEMA_ID, title: 'Lodestone import mapping file', ...schema }
}
