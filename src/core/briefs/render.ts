// Renders a brief to ONE self-contained HTML document (React server rendering, inline CSS, fonts and SVG charts):
// the same string is previewed, saved as HTML and printed to PDF. Sections render in the outline's order; the
// source list is rendered last so it holds every source the other sections cited, numbered by first use.
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { TEMPLATE_LABELS, type Brief, type PreflightItem, type SectionKind } from '../../shared/briefs'
import type { Db } from '../db/open'
import { BriefContext, createRenderContext, type RenderContext, type ShownFigure } from './context'
import { briefCss } from './css'
import { countryById } from './data'
import { formatDate } from './format'
import { gatherBrief } from './gather'
import { cachedDatasetHash } from './hash'
import { Masthead } from './templates/country'
import { Colophon, HtmlDocument, SectionBody, Sources } from './templates/document'
import type { SourceEntry } from './citations'
import { conflictItems } from './weakFigures'

export interface RenderOptions {
  /** The dataset hash to print; computed (and cached) when absent. */
  datasetHash?: string
  appVersion?: string
  today?: Date
}

export interface RenderResult {
  html: string
  datasetHash: string
  problems: PreflightItem[]
  shown: ShownFigure[]
  sources: readonly SourceEntry[]
  metadata: PdfMetadata
}

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords: string
  creationDate: Date
}

function markup(ctx: RenderContext, element: ReactElement): string {
  return renderToStaticMarkup(createElement(BriefContext.Provider, { value: ctx }, element))
}

/** "brief 12", or "brief (not saved)" for one made on the fly by the CLI (id 0). */
export function briefLabel(brief: Pick<Brief, 'id'>): string {
  return brief.id ? `brief ${brief.id}` : 'brief (not saved)'
}

export function metadataFor(brief: Brief, countryName: string | undefined, datasetHash: string, today: Date): PdfMetadata {
  return {
    title: brief.title,
    author: brief.author || 'Lodestone',
    subject: [TEMPLATE_LABELS[brief.template], countryName].filter(Boolean).join(': '),
    keywords: `Lodestone ${briefLabel(brief)}; dataset sha256 ${datasetHash}`,
    creationDate: today
  }
}

export function renderBrief(db: Db, brief: Brief, options: RenderOptions = {}): RenderResult {
  const country = countryById(db, brief.countryId)
  const datasetHash = options.datasetHash ?? cachedDatasetHash(db)
  const today = options.today ?? new Date()
  const ctx = createRenderContext(gatherBrief(db, brief, country), brief, country, datasetHash, today)
  const parts: string[] = [markup(ctx, createElement(Masthead))]
  let sourcesAt = -1
  let sourcesTitle: string | undefined
  for (const section of brief.config.sections) {
    if (!section.include) continue
    if (section.kind === 'sources') {
      sourcesAt = parts.length
      sourcesTitle = section.title
      parts.push('')
      continue
    }
    ctx.section = section.kind as SectionKind
    parts.push(markup(ctx, createElement(SectionBody, { kind: section.kind, title: section.title })))
  }
  ctx.section = 'sources'
  if (sourcesAt >= 0) parts[sourcesAt] = markup(ctx, createElement(Sources, { title: sourcesTitle }))
  parts.push(markup(ctx, createElement(Colophon, { appVersion: options.appVersion ?? '0.1.0' })))
  const metadata = metadataFor(brief, country?.name, datasetHash, today)
  const css = briefCss(brief.paper, {
    title: brief.title,
    classification: brief.classification,
    footerLeft: `Lodestone ${briefLabel(brief)} \u00b7 ${formatDate(brief.date)}`
  })
  const doc = createElement(HtmlDocument, {
    title: metadata.title,
    author: metadata.author,
    subject: metadata.subject,
    keywords: metadata.keywords,
    css,
    body: parts.join('\n')
  })
  const problems = [...ctx.problems, ...conflictItems(db, ctx.shown)]
  return { html: `<!DOCTYPE html>\n${renderToStaticMarkup(doc)}`, datasetHash, problems, shown: ctx.shown, sources: ctx.citations.list, metadata }
}
