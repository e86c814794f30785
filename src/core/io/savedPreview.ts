// Which mapping the wizard's preview uses when the caller gives none: a recognised layout first, else a shipped
// mapping for the chosen table whose columns the file has, else the one suggested from the headers. Says which
// (the origin) and lists the shipped mappings with whether each fits this file.
import type { Mapping, MappingOrigin, ReadOptions, SavedMapping } from '../../shared/dataFiles'
import { readOptions } from '../../shared/dataFiles'
import type { PipelineOutcome } from './pipeline'
import { mappingFits, type SavedMappingFile } from './savedMappings'

export interface ChosenPreview {
  outcome: PipelineOutcome
  origin: MappingOrigin
  saved: SavedMapping[]
}

type RunPreview = (read: ReadOptions, mapping: Mapping | undefined) => Promise<PipelineOutcome>

export async function previewWithSaved(
  run: RunPreview,
  input: { read: ReadOptions; table: string; mapping?: Mapping },
  files: readonly SavedMappingFile[]
): Promise<ChosenPreview> {
  const first = await run(input.read, input.mapping)
  const saved = files.map((f) => ({ ...f, matches: mappingFits(f.mapping, first.source.columns) }))
  if (input.mapping) return { outcome: first, origin: { kind: 'given', name: null }, saved }
  if (first.mapping.layout) return { outcome: first, origin: { kind: 'recognised', name: first.mapping.layout }, saved }
  const fit = saved.find((s) => s.matches && s.table === input.table)
  if (!fit) return { outcome: first, origin: { kind: 'suggested', name: null }, saved }
  const outcome = await run(readOptions.parse({ ...input.read, ...fit.read }), fit.mapping)
  return { outcome, origin: { kind: 'saved', name: fit.name, read: fit.read }, saved }
}
