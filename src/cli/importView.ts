// What `lodestone import` prints from: the contract's ImportPreview (the answer of import.preview, the same the
// wizard shows), in the shape the printer (importPrint.ts) reads. A field the printer needs comes from here.
import type { ImportPreview } from '../shared/dataFiles'

export interface ImportView {
  fileName: string
  source: { layout: ImportPreview['layout']; columns: ImportPreview['columns'] }
  mapping: ImportPreview['mapping']
  mappingProblems: string[]
  tally: Pick<ImportPreview, 'problems' | 'problemCount' | 'counts' | 'created'>
  secondSources: NonNullable<ImportPreview['secondSources']>
  analystEdits: NonNullable<ImportPreview['analystEdits']>
}

export function viewOfPreview(p: ImportPreview): ImportView {
  return {
    fileName: p.fileName,
    source: { layout: p.layout, columns: p.columns },
    mapping: p.mapping,
    mappingProblems: p.mappingProblems,
    tally: { problems: p.problems, problemCount: p.problemCount, counts: p.counts, created: p.created },
    secondSources: p.secondSources ?? { count: 0, repeats: 0, differ: 0, message: null, rows: [] },
    analystEdits: p.analystEdits ?? { count: 0, message: null, rows: [] }
  }
}
