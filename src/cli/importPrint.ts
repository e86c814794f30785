// How `lodestone import` describes what it read: the file's layout in one line, the mapping one field per
// line, and the problems by row and column (the first 20; --report saves them all).
import { tableDef } from '../shared/schema'
import type { ImportView as PipelineOutcome } from './importView'

const SHOWN_PROBLEMS = 20
const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }

export function describeLayout(o: PipelineOutcome): string {
  const l = o.source.layout
  const parts: string[] = [l.format.toUpperCase()]
  if (l.encoding) parts.push(l.encoding.toUpperCase())
  if (l.delimiter) parts.push(`${DELIMITER_NAMES[l.delimiter] ?? l.delimiter}-separated`)
  if (l.decimal === ',') parts.push('decimal comma')
  if (l.sheet) parts.push(`sheet "${l.sheet}"`)
  if (l.format !== 'json') parts.push(`header on row ${l.headerRow}`)
  return `Read ${o.fileName}: ${parts.join(', ')}; ${o.source.columns.length} columns.`
}

export function describeMapping(o: PipelineOutcome, suggested: boolean): string[] {
  const def = tableDef(o.mapping.table)
  const how = o.mapping.layout ? `the mapping for ${o.mapping.layout}${suggested ? ' (recognised)' : ''}` : `the ${suggested ? 'suggested' : 'given'} mapping`
  const lines = [`Into ${def.label}, with ${how}:`]
  const width = Math.max(...def.columns.map((c) => c.label.length))
  for (const [field, m] of Object.entries(o.mapping.fields)) {
    const label = def.columns.find((c) => c.name === field)?.label ?? field
    const from = m.column !== undefined ? `column "${m.column}"${m.values ? ` (translated: ${Object.keys(m.values).length} values)` : ''}` : ''
    const constant = m.constant !== undefined ? `${from ? ', else ' : ''}${JSON.stringify(m.constant)} for every row` : ''
    if (!from && !constant && m.values) {
      lines.push(`  ${label.padEnd(width)}  <- each wide-table column's header (translated: ${Object.keys(m.values).length} values)`)
      continue
    }
    lines.push(`  ${label.padEnd(width)}  <- ${from}${constant}`)
  }
  const filters = o.mapping.filter === undefined ? [] : Array.isArray(o.mapping.filter) ? o.mapping.filter : [o.mapping.filter]
  if (filters.length)
    lines.push(
      `  (only rows where ${filters.map((f) => `"${f.column}" ${f.op}${f.op === 'notEmpty' ? '' : ` ${JSON.stringify(f.value ?? '')}`}`).join(' and ')})`
    )
  if (o.mapping.source) lines.push(`  (source ${o.mapping.source.code}: ${o.mapping.source.title}; added to Sources if the dataset lacks it)`)
  if (o.mapping.repeats === 'keep-first') lines.push('  (a key repeated in the file: the first row is kept, the later ones are listed)')
  if (o.mapping.unpivot) lines.push(`  (one record per column: ${o.mapping.unpivot.columns.join(', ')})`)
  const words = o.mapping.subjects ?? []
  if (words.length) {
    lines.push(
      `  (subjects in the dataset's words, where its figures of other sources repeat the file's values; "subjects": [] in a mapping keeps the file's words:`
    )
    for (const w of words) lines.push(`     ${w.indicator}: "${w.from}" -> "${w.to}"`)
    lines.push('  )')
  }
  for (const p of o.mappingProblems) lines.push(`  problem: ${p}`)
  return lines
}

export function describeProblems(o: PipelineOutcome): string[] {
  const { problems, problemCount } = o.tally
  if (problemCount === 0) return []
  const unit = o.source.layout.format === 'json' ? 'record' : 'row'
  const lines = [`Problems (${problemCount.toLocaleString('en-US')}):`]
  for (const p of problems.slice(0, SHOWN_PROBLEMS)) {
    const where = p.column ? `${unit} ${p.row}, column "${p.column}"` : `${unit} ${p.row}`
    lines.push(`  ${where}: ${p.message.replace(/^Row \d+: /, '')}`)
  }
  if (problemCount > SHOWN_PROBLEMS) lines.push(`  ... and ${(problemCount - SHOWN_PROBLEMS).toLocaleString('en-US')} more (--report FILE.csv saves them all)`)
  return lines
}

/** "N would add a second source for an existing flow", then the first of them, one a line. */
export function describeSecondSources(o: PipelineOutcome): string[] {
  const s = o.secondSources
  if (!s.message) return []
  const unit = o.source.layout.format === 'json' ? 'record' : 'row'
  const lines = [s.message.replace(/ \(row .*\)\.$/, '.')]
  const what = tableDef(o.mapping.table).singular
  for (const r of s.rows.slice(0, SHOWN_PROBLEMS))
    lines.push(
      `  ${unit} ${r.row}: beside ${r.existingCode ?? `${what} ${r.existingId}`} from ${r.existingSource ?? 'no source'}${r.sameValue ? ' (same value)' : ' (differs)'}`
    )
  if (s.count > SHOWN_PROBLEMS) lines.push(`  ... and ${(s.count - SHOWN_PROBLEMS).toLocaleString('en-US')} more`)
  return lines
}

/** Values edited in Lodestone that the file would replace (or, with --keep-edits, leaves), then the first rows, one a line. */
export function describeAnalystEdits(o: PipelineOutcome): string[] {
  const e = o.analystEdits
  if (e.count === 0) return []
  const unit = o.source.layout.format === 'json' ? 'record' : 'row'
  const rows = `${e.count.toLocaleString('en-US')} ${unit}${e.count === 1 ? '' : 's'}`
  const lines = [
    o.mapping.edited === 'keep'
      ? `Values edited in Lodestone since they were imported are kept, in ${rows}:`
      : `The file would replace values edited in Lodestone since they were imported, in ${rows} (--keep-edits keeps them; Undo after the import brings them back):`
  ]
  for (const r of e.rows.slice(0, SHOWN_PROBLEMS)) lines.push(`  ${unit} ${r.row}: ${r.fields.join(', ')} (${tableDef(o.mapping.table).singular} ${r.rowId})`)
  if (e.count > SHOWN_PROBLEMS) lines.push(`  ... and ${(e.count - SHOWN_PROBLEMS).toLocaleString('en-US')} more`)
  return lines
}
