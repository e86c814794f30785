// The gap assessment brief's body: one section per chosen assessment with its rating, summary, rationale,
// recommendations, version date and evidence table. Evidence that points at a deleted row is shown as such.
import type { ReactNode } from 'react'
import { problem, useBrief } from '../context'
import type { AssessmentRow, EvidenceLink } from '../data'
import { formatCell, formatDate } from '../format'
import { Severity, useAssessments } from './country'
import { Cite, noteShown, RichText } from './parts'

function EvidenceRow({ link }: { link: EvidenceLink }): ReactNode {
  const ctx = useBrief()
  if (link.missing) {
    problem(ctx, {
      kind: 'missing',
      level: 'warning',
      message: `Evidence link ${link.id} points at ${link.targetTable} row ${link.targetId}, which was deleted; relink or remove it.`
    })
    return (
      <tr>
        <td colSpan={5} className="missing">
          Deleted {link.targetTable.replace('_', ' ')} row {link.targetId}
        </td>
        <td className="src" />
      </tr>
    )
  }
  if (link.figure) {
    const f = link.figure
    noteShown(ctx, f)
    return (
      <tr>
        <td>{f.code}</td>
        <td>
          {f.countryName}: {f.subject}
          {link.note ? <span className="sub">{link.note}</span> : null}
        </td>
        <td className="num">{formatCell(f)}</td>
        <td>{f.period}</td>
        <td>{f.confidence ?? ''}</td>
        <td className="src">
          <Cite ids={[f.sourceId]} />
        </td>
      </tr>
    )
  }
  return (
    <tr>
      <td>{link.targetTable.replace('_', ' ')}</td>
      <td colSpan={4}>
        {link.label}
        {link.note ? <span className="sub">{link.note}</span> : null}
      </td>
      <td className="src">
        <Cite ids={[link.sourceId]} />
      </td>
    </tr>
  )
}

function Evidence({ a }: { a: AssessmentRow }): ReactNode {
  const ctx = useBrief()
  const links = ctx.data.evidence.get(a.id) ?? []
  if (!links.length) return <p className="note">No evidence is linked to this assessment yet.</p>
  return (
    <table className="evidence">
      <thead>
        <tr>
          <th style={{ width: '8%' }}>Figure</th>
          <th>Evidence</th>
          <th className="num" style={{ width: '14%' }}>
            Value
          </th>
          <th style={{ width: '13%' }}>Period</th>
          <th style={{ width: '11%' }}>Confidence</th>
          <th className="src">Src.</th>
        </tr>
      </thead>
      <tbody>
        {links.map((l) => (
          <EvidenceRow key={l.id} link={l} />
        ))}
      </tbody>
    </table>
  )
}

function Assessment({ a }: { a: AssessmentRow }): ReactNode {
  const facts = [
    a.trend && `trend ${a.trend}`,
    a.confidence && `confidence ${a.confidence}`,
    `status ${a.status}`,
    a.asOf && `as of ${formatDate(a.asOf)}`,
    `version ${a.version}`,
    a.author
  ]
  return (
    <section className="assessment">
      <h3>
        {a.themeCode ? `${a.themeCode} \u00b7 ` : ''}
        {a.themeName}
      </h3>
      <p className="facts">
        Severity <Severity a={a} /> · {facts.filter(Boolean).join(' · ')}
      </p>
      {a.summary ? <RichText text={a.summary} /> : null}
      {a.rationale ? (
        <>
          <h3>Rationale</h3>
          <RichText text={a.rationale} />
        </>
      ) : null}
      {a.recommendations ? (
        <>
          <h3>Recommendations</h3>
          <RichText text={a.recommendations} />
        </>
      ) : null}
      <Evidence a={a} />
    </section>
  )
}

export function Assessments(): ReactNode {
  const rows = useAssessments()
  if (!rows.length) return <p className="empty">No assessments chosen. Pick them in the brief&rsquo;s settings.</p>
  return rows.map((a) => <Assessment key={a.id} a={a} />)
}
