// The mapping file's documentation stays true: docs/mapping.schema.json is what the zod schema the CLI checks
// with generates, a JSON Schema validator agrees with zod on the shipped and documented mappings (and on broken
// ones), and docs/mapping.md lists every import table's target columns as the registry has them.
// LODESTONE_WRITE_DOCS=1 rewrites both generated parts.
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import fs from 'node:fs'
import path from 'node:path'
import { IMPORT_TABLES } from '../../shared/dataFiles'
import { mappingFile, mappingFileJsonSchema } from '../../shared/mappingFile'
import { tableDef } from '../../shared/schema'
import { targetFields } from './keys'

const REPO = path.resolve(__dirname, '../../..')
const DOC = path.join(REPO, 'docs/mapping.md')
const SCHEMA = path.join(REPO, 'docs/mapping.schema.json')
const WRITE = process.env.LODESTONE_WRITE_DOCS === '1'

function fieldsMarkdown(): string {
  const parts: string[] = []
  for (const table of IMPORT_TABLES) {
    const def = tableDef(table)
    parts.push(`### \`${table}\` (${def.label})`, '', '| Column | Label | Type | Notes |', '| --- | --- | --- | --- |')
    for (const f of targetFields(table)) {
      const col = def.columns.find((c) => c.name === f.name)
      const notes = [f.key ? 'key' : '', f.required ? 'required' : '', f.ref ? `names a row of ${tableDef(f.ref as 'country').label}` : '']
      if (col?.enumValues) notes.push(`one of ${col.enumValues.map((v) => (v ? `\`${v}\`` : '(blank)')).join(', ')}`)
      parts.push(`| \`${f.name}\` | ${f.label} | ${f.ref ? 'reference' : f.type} | ${notes.filter(Boolean).join('; ')} |`)
    }
    parts.push('')
  }
  return parts.join('\n')
}

function docWithFields(doc: string): string {
  const start = '<!-- fields:start -->'
  const end = '<!-- fields:end -->'
  return doc.slice(0, doc.indexOf(start) + start.length) + '\n' + fieldsMarkdown() + doc.slice(doc.indexOf(end))
}

const shipped = (): { name: string; value: unknown }[] =>
  fs
    .readdirSync(path.join(REPO, 'resources/mappings'))
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, value: JSON.parse(fs.readFileSync(path.join(REPO, 'resources/mappings', name), 'utf8')) }))

describe('the mapping file format as documented', () => {
  const schema = mappingFileJsonSchema()
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema)

  it('docs/mapping.schema.json is the schema the CLI validates with', () => {
    const text = JSON.stringify(schema, null, 2) + '\n'
    if (WRITE) fs.writeFileSync(SCHEMA, text)
    expect(fs.readFileSync(SCHEMA, 'utf8')).toBe(text)
  })

  it('docs/mapping.md lists the target columns of every import table', () => {
    const doc = fs.readFileSync(DOC, 'utf8')
    if (WRITE) fs.writeFileSync(DOC, docWithFields(doc))
    expect(fs.readFileSync(DOC, 'utf8')).toBe(docWithFields(doc))
    for (const table of IMPORT_TABLES) expect(doc).toContain(`### \`${table}\``)
  })

  it('the shipped mappings and the documented example are valid for both the JSON Schema and zod', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(fs.readFileSync(DOC, 'utf8'))![1]!
    const files = [...shipped(), { name: 'docs example', value: JSON.parse(example) }]
    expect(files.length).toBeGreaterThanOrEqual(3)
    for (const f of files) {
      expect({ name: f.name, errors: validate(f.value) ? null : validate.errors }).toEqual({ name: f.name, errors: null })
      expect(mappingFile.safeParse(f.value).success).toBe(true)
    }
  })

  it('refuses the same broken mappings as zod does', () => {
    const base = shipped()[0]!.value as { mapping: Record<string, unknown> }
    const broken: unknown[] = [
      { ...base, mapping: { ...base.mapping, table: 'figures' } },
      { ...base, mapping: { ...base.mapping, filter: { column: 'x', op: 'like', value: 'y' } } },
      { ...base, mapping: { ...base.mapping, filter: [] } },
      { ...base, mapping: { ...base.mapping, fields: { value: { column: 3 } } } },
      { ...base, mapping: { ...base.mapping, fields: { value: { colum: 'Value' } } } },
      { ...base, read: { headerRow: 0 } },
      { ...base, extra: true }
    ]
    for (const value of broken) {
      expect(validate(value)).toBe(false)
      expect(mappingFile.safeParse(value).success).toBe(false)
    }
  })
})
