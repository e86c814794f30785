// The outer HTML document of a brief, the source list and the colophon (brief id, dataset hash, date), plus the
// section switch. Titles go to <title> and <meta> (Chromium maps <title> to the PDF's Title; the rest is written
// into the PDF's Info dictionary after printing). A strict CSP forbids every script and every network load.
import { Fragment, type ReactNode } from 'react'
import { SECTION_LABELS, type SectionKind } from '../../../shared/briefs'
import { useBrief } from '../context'
import { bibliographicDate } from '../../../shared/dates'
import { formatDate } from '../format'
import { Assessments } from './assessments'
import { Gaps, Highlights, Strategy, Takeaway } from './country'
import { Figures } from './figures'
import { Tables } from './tables'
import { Scenarios } from './scenarios'

export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; base-uri 'none'; form-action 'none'"

const BODIES: Record<Exclude<SectionKind, 'sources'>, () => ReactNode> = {
  highlights: Highlights,
  strategy: Strategy,
  gaps: Gaps,
  figures: Figures,
  takeaway: Takeaway,
  assessments: Assessments,
  tables: Tables,
  scenarios: Scenarios
}

export function SectionBody({ kind, title }: { kind: Exclude<SectionKind, 'sources'>; title?: string }): ReactNode {
  const Body = BODIES[kind]
  return (
    <section className={`section-${kind}`} data-section={kind}>
      <h2>{title || SECTION_LABELS[kind]}</h2>
      <Body />
    </section>
  )
}

/** Bibliographic fields only: publisher, the date part of the date field (its notes stay in the app), title. */
function sourceLine(s: { publisher: string | null; published: string | null; title: string }): string {
  const who = [s.publisher, bibliographicDate(s.published)].filter(Boolean).join(', ')
  return `${who}${who.endsWith('.') ? '' : '.'} ${s.title.replace(/\.$/, '')}.`
}

/** A URL that may break after "/" and before "." (a <wbr> there, nowhere else), as a link when it is http(s). */
function SourceUrl({ url }: { url: string }): ReactNode {
  const pieces = url.split(/(?<=\/)|(?=\.)/)
  const text = pieces.map((p, i) => (
    <Fragment key={i}>
      {i ? <wbr /> : null}
      {p}
    </Fragment>
  ))
  let link = false
  try {
    link = ['http:', 'https:'].includes(new URL(url).protocol)
  } catch {
    link = false
  }
  return link ? (
    <a className="url" href={url}>
      {text}
    </a>
  ) : (
    <span className="url">{text}</span>
  )
}

/** One source may hold several URLs ("https://a ; https://b"): each its own link. */
function SourceUrls({ url }: { url: string }): ReactNode {
  const urls = url
    .split(/\s+;\s+|\s+(?=https?:\/\/)/)
    .map((u) => u.trim())
    .filter(Boolean)
  return urls.map((u, i) => (
    <Fragment key={i}>
      {i ? '; ' : ''}
      <SourceUrl url={u} />
    </Fragment>
  ))
}

export function Sources({ title }: { title?: string }): ReactNode {
  const ctx = useBrief()
  const list = ctx.citations.list
  return (
    <section className="section-sources sources" data-section="sources">
      <h2>{title || SECTION_LABELS.sources}</h2>
      {list.length ? (
        <ol>
          {list.map((s, i) => (
            <li key={s.id}>
              <span className="n">[{i + 1}]</span>
              <span>
                {sourceLine(s)} {s.url ? <SourceUrls url={s.url} /> : null}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">Nothing in this brief cites a source yet.</p>
      )}
    </section>
  )
}

export function Colophon({ appVersion }: { appVersion: string }): ReactNode {
  const { brief, datasetHash, today } = useBrief()
  return (
    <footer className="colophon">
      {brief.id ? `Brief ${brief.id} · version ${brief.version}` : 'Brief made on the fly (not saved)'} · dated {formatDate(brief.date)} · printed{' '}
      {formatDate(today.toISOString().slice(0, 10))} by Lodestone {appVersion}
      <br />
      Dataset content hash (SHA-256): <code>{datasetHash}</code>
    </footer>
  )
}

export function HtmlDocument({
  title,
  author,
  subject,
  keywords,
  css,
  body
}: {
  title: string
  author: string
  subject: string
  keywords: string
  css: string
  body: string
}): ReactNode {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={DOCUMENT_CSP} />
        <title>{title}</title>
        <meta name="author" content={author} />
        <meta name="description" content={subject} />
        <meta name="keywords" content={keywords} />
        <meta name="generator" content="Lodestone" />
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <main className="sheet" dangerouslySetInnerHTML={{ __html: body }} />
      </body>
    </html>
  )
}
