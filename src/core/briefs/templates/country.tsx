// The country dependence brief's sections: masthead, key highlights, the strategy table (initiatives by pillar),
// the gaps table (assessments: theme, severity, one-line summary) and the takeaway. Every figure is cited.
import type { ReactNode } from 'react'
import { TEMPLATE_LABELS } from '../../../shared/briefs'
import { problem, useBrief } from '../context'
import type { AssessmentRow, StrategyItem } from '../data'
import { formatDate, withUnit } from '../format'
import { Cite, firstSentence, RichText } from './parts'

export function Masthead(): ReactNode {
  const { brief, country, data } = useBrief()
  const lead = brief.config.leadSourceId
  const leadRow = data.leadSource
  const kicker = [TEMPLATE_LABELS[brief.template], country?.name].filter(Boolean).join(' \u00b7 ')
  const meta = [formatDate(brief.date), brief.author, brief.classification].filter((s) => s && s.trim()).join(' \u00b7 ')
  return (
    <header className="masthead">
      <p className="kicker">{kicker}</p>
      <h1>{brief.title}</h1>
      <p className="meta">{meta}</p>
      {leadRow && lead ? (
        <p className="lead">
          Carries the substance of {leadRow.publisher ? `${leadRow.publisher}, ` : ''}
          {`\u201c${firstSentence(leadRow.title.replace(/\s*\(.*\)\s*$/, ''), 140)}\u201d`} <Cite ids={[lead]} />, checked against the dataset&rsquo;s other
          sources.
        </p>
      ) : null}
    </header>
  )
}

export function Highlights(): ReactNode {
  const ctx = useBrief()
  const text = ctx.data.highlights
  if (!text.trim()) {
    problem(ctx, { kind: 'empty', level: 'warning', message: 'The key highlights are empty: write a few bullets or let Lodestone draft them.' })
    return <p className="empty">No highlights yet.</p>
  }
  return <RichText text={text} className="highlights" />
}

function amountText(item: StrategyItem): string {
  if (item.amount !== null && item.unit) return withUnit(item.amount, item.unit)
  return item.amountNote ?? ''
}

/** A row's primary source, plus the brief's lead source when the row lists it among its other sources. */
function strategySources(ctx: ReturnType<typeof useBrief>, item: StrategyItem): (number | null)[] {
  const lead = ctx.brief.config.leadSourceId
  if (!lead || !item.otherSources) return [item.sourceId]
  const code = ctx.data.leadSource?.code
  const listed = item.otherSources.split(/[;,]/).map((c) => c.trim())
  return code && listed.includes(code) ? [item.sourceId, lead] : [item.sourceId]
}

function StrategyRow({ item }: { item: StrategyItem }): ReactNode {
  const ctx = useBrief()
  const what = firstSentence(item.description, 160)
  const note = firstSentence(item.statusNote, 90, true)
  return (
    <tr>
      <td>
        <span className="name">{item.name}</span>
        {what ? <span className="sub">{what}</span> : null}
      </td>
      <td>
        {item.status}
        {note && note.toLowerCase() !== item.status ? <span className="sub">{note}</span> : null}
      </td>
      <td className="num">{amountText(item)}</td>
      <td className="src">
        <Cite ids={strategySources(ctx, item)} />
      </td>
    </tr>
  )
}

export function Strategy(): ReactNode {
  const ctx = useBrief()
  if (!ctx.country) {
    problem(ctx, { kind: 'empty', level: 'warning', message: 'The strategy table needs the brief to have a country.' })
    return <p className="empty">Choose a country to list its initiatives.</p>
  }
  const items = ctx.data.strategy
  if (!items.length) return <p className="empty">No initiatives are recorded for {ctx.country.name}.</p>
  const pillars = [...new Set(items.map((i) => i.pillar || 'other'))]
  return (
    <table className="strategy">
      <thead>
        <tr>
          <th style={{ width: '52%' }}>Initiative</th>
          <th style={{ width: '27%' }}>Status</th>
          <th className="num">Scale</th>
          <th className="src">Src.</th>
        </tr>
      </thead>
      {pillars.map((pillar) => (
        <tbody key={pillar}>
          <tr className="group">
            <td colSpan={4}>{pillar}</td>
          </tr>
          {items
            .filter((i) => (i.pillar || 'other') === pillar)
            .map((item) => (
              <StrategyRow key={`${item.table}-${item.id}`} item={item} />
            ))}
        </tbody>
      ))}
    </table>
  )
}

export function Severity({ a }: { a: Pick<AssessmentRow, 'severity' | 'status'> }): ReactNode {
  return (
    <>
      <span className={`sev s${a.severity ?? 0}`}>{a.severity ?? 'not rated'}</span>
      {a.status === 'draft' ? (
        <>
          {' '}
          <span className="draft">draft</span>
        </>
      ) : null}
    </>
  )
}

function noteDrafts(ctx: ReturnType<typeof useBrief>, rows: AssessmentRow[]): void {
  const drafts = rows.filter((r) => r.status === 'draft')
  if (drafts.length) {
    problem(ctx, {
      kind: 'draft',
      level: 'warning',
      message: `${drafts.length} of the ${rows.length} assessments shown are drafts (${drafts.map((d) => d.themeCode ?? d.id).join(', ')}); review or publish them, or leave them out.`
    })
  }
}

export function useAssessments(): AssessmentRow[] {
  const ctx = useBrief()
  const rows = ctx.data.assessments
  const missing = ctx.brief.config.assessmentIds.filter((id) => !rows.some((r) => r.id === id))
  if (missing.length)
    problem(ctx, {
      kind: 'missing',
      level: 'error',
      message: `Assessment ${missing.join(', ')} chosen for this brief no longer exists; remove it from the brief.`
    })
  if (!rows.length)
    problem(ctx, { kind: 'empty', level: 'warning', message: 'This brief shows no assessments: there are none for its country, or none are chosen.' })
  noteDrafts(ctx, rows)
  return rows
}

export function Gaps(): ReactNode {
  const ctx = useBrief()
  const rows = useAssessments()
  if (!rows.length) return <p className="empty">No gap assessments{ctx.country ? ` for ${ctx.country.name}` : ''} yet.</p>
  return (
    <table className="gaps">
      <thead>
        <tr>
          <th style={{ width: '27%' }}>Gap</th>
          <th style={{ width: '12%' }}>Severity</th>
          <th>Assessment</th>
          <th className="src">Src.</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <GapRow key={a.id} a={a} />
        ))}
      </tbody>
    </table>
  )
}

function GapRow({ a }: { a: AssessmentRow }): ReactNode {
  const ctx = useBrief()
  const sources = ctx.data.evidenceSources.get(a.id) ?? []
  return (
    <tr>
      <td>
        <span className="name">{a.themeName.replace(/\s*\(.*\)\s*$/, '')}</span>
      </td>
      <td>
        <Severity a={a} />
      </td>
      <td>{firstSentence(a.summary, 190)}</td>
      <td className="src">
        <Cite ids={sources} />
      </td>
    </tr>
  )
}

export function Takeaway(): ReactNode {
  const ctx = useBrief()
  const text = ctx.data.takeaway
  if (!text) {
    problem(ctx, { kind: 'empty', level: 'warning', message: "The takeaway is empty: add the analyst's reading before sending the brief." })
    return <p className="empty">No takeaway written yet.</p>
  }
  return <RichText text={text} className="takeaway" />
}
