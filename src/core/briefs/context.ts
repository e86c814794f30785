// The state one render of a brief shares across its sections: the brief, the data gathered for it before
// rendering (no database handle: templates only format), the citation collector, the figures shown (for the
// pre-flight check) and the problems met on the way. Passed down with React context.
import { createContext, useContext } from 'react'
import type { Brief, PreflightItem, SectionKind } from '../../shared/briefs'
import { CitationCollector } from './citations'
import type { CountryRow, Figure } from './data'
import type { BriefData } from './gather'

export interface ShownFigure {
  figure: Figure
  section: SectionKind
}

export interface RenderContext {
  brief: Brief
  data: BriefData
  country: CountryRow | undefined
  citations: CitationCollector
  shown: ShownFigure[]
  problems: PreflightItem[]
  /** The section being rendered, so figures and problems know where they are. */
  section: SectionKind
  today: Date
  datasetHash: string
}

export function createRenderContext(data: BriefData, brief: Brief, country: CountryRow | undefined, datasetHash: string, today = new Date()): RenderContext {
  return { brief, data, country, citations: new CitationCollector(data.sources), shown: [], problems: [], section: 'highlights', today, datasetHash }
}

export function problem(ctx: RenderContext, item: Omit<PreflightItem, 'section'>): void {
  const key = `${item.kind}|${item.message}`
  if (!ctx.problems.some((p) => `${p.kind}|${p.message}` === key)) ctx.problems.push({ ...item, section: ctx.section })
}

export const BriefContext = createContext<RenderContext | null>(null)

export function useBrief(): RenderContext {
  const ctx = useContext(BriefContext)
  if (!ctx) throw new Error('Brief components render inside a BriefContext.')
  return ctx
}
