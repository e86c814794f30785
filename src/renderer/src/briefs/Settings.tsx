// The right-hand pane: settings of whatever the outline has selected. The document (title, author, date,
// classification, paper, country, lead source), the free-text sections, chosen assessments, charts, appendix
// tables and the age limit of the pre-flight check. Every change saves at once.
import type { ReactElement } from 'react'
import { CHART_KINDS, CHART_LABELS, PAPERS, SECTION_LABELS, type Brief, type BriefConfig, type BriefPatch, type Paper } from '../../../shared/briefs'
import { Field, SavingText } from './fields'
import type { Selected } from './Outline'
import { TextSection } from './TextSection'
import { TablesSettings } from './TablesSettings'
import { useAssessments, useCountries, useSources } from './useOptions'

interface Props {
  brief: Brief
  selected: Selected
  readOnly: boolean
  save(patch: BriefPatch): void
}

function DocumentSettings({ brief, readOnly, save }: Omit<Props, 'selected'>): ReactElement {
  const countries = useCountries()
  const sources = useSources()
  return (
    <>
      <Field label="Title">
        <SavingText value={brief.title} disabled={readOnly} testId="brief-title" onSave={(title) => save({ title })} />
      </Field>
      <Field label="Author">
        <SavingText value={brief.author} disabled={readOnly} testId="brief-author" onSave={(author) => save({ author })} />
      </Field>
      <Field label="Classification" hint="Printed in the running header, e.g. Internal, Restricted.">
        <SavingText value={brief.classification} disabled={readOnly} onSave={(classification) => save({ classification })} />
      </Field>
      <div className="brief-field-row">
        <Field label="Date">
          <input
            type="date"
            className="brief-input"
            value={brief.date}
            disabled={readOnly}
            onChange={(e) => e.target.value && save({ date: e.target.value })}
          />
        </Field>
        <Field label="Paper">
          <select
            className="brief-input"
            value={brief.paper}
            disabled={readOnly}
            onChange={(e) => save({ paper: e.target.value as Paper })}
            data-testid="brief-paper"
          >
            {PAPERS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Country">
        <select
          className="brief-input"
          value={brief.countryId ?? ''}
          disabled={readOnly}
          onChange={(e) => save({ countryId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">None</option>
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Carries the substance of" hint="The source this brief restates; named under the title and cited first.">
        <select
          className="brief-input"
          value={brief.config.leadSourceId ?? ''}
          disabled={readOnly}
          onChange={(e) => save({ config: { ...brief.config, leadSourceId: e.target.value ? Number(e.target.value) : null } })}
        >
          <option value="">No lead source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id} title={s.detail}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
    </>
  )
}

function AssessmentPicker({ brief, readOnly, save }: Omit<Props, 'selected'>): ReactElement {
  const options = useAssessments(brief.countryName)
  const chosen = brief.config.assessmentIds
  const toggle = (id: number, on: boolean): void => {
    const base = chosen.length ? chosen : options.map((o) => o.id)
    const next = on ? [...base, id] : base.filter((x) => x !== id)
    save({ config: { ...brief.config, assessmentIds: next.length === options.length ? [] : next } })
  }
  if (!options.length) return <p className="muted">No assessments for {brief.countryName ?? 'this brief (choose a country first)'}.</p>
  return (
    <fieldset className="brief-checks">
      <legend>Assessments shown {chosen.length ? `(${chosen.length} chosen)` : '(all)'}</legend>
      {options.map((o) => (
        <label key={o.id}>
          <input type="checkbox" disabled={readOnly} checked={!chosen.length || chosen.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
          <span>{o.label}</span> <span className="muted">{o.detail}</span>
        </label>
      ))}
    </fieldset>
  )
}

function ChartPicker({ config, readOnly, save }: { config: BriefConfig; readOnly: boolean; save(patch: BriefPatch): void }): ReactElement {
  return (
    <fieldset className="brief-checks">
      <legend>Charts</legend>
      {CHART_KINDS.map((k) => (
        <label key={k}>
          <input
            type="checkbox"
            disabled={readOnly}
            checked={config.charts.includes(k)}
            onChange={(e) => save({ config: { ...config, charts: e.target.checked ? [...config.charts, k] : config.charts.filter((c) => c !== k) } })}
          />
          <span>{CHART_LABELS[k]}</span>
        </label>
      ))}
    </fieldset>
  )
}

function SectionTitle({
  brief,
  kind,
  readOnly,
  save
}: {
  brief: Brief
  kind: Exclude<Selected, 'document'>
  readOnly: boolean
  save(patch: BriefPatch): void
}): ReactElement {
  const section = brief.config.sections.find((s) => s.kind === kind)
  const rename = (title: string): void =>
    save({ config: { ...brief.config, sections: brief.config.sections.map((s) => (s.kind === kind ? { ...s, title: title.trim() || undefined } : s)) } })
  return (
    <Field label="Heading">
      <SavingText value={section?.title ?? ''} placeholder={SECTION_LABELS[kind]} disabled={readOnly || !section} onSave={rename} />
    </Field>
  )
}

function SectionBody(props: Props & { selected: Exclude<Selected, 'document'> }): ReactElement | null {
  const { brief, selected, readOnly, save } = props
  if (selected === 'highlights' || selected === 'takeaway') return <TextSection brief={brief} part={selected} readOnly={readOnly} save={save} />
  if (selected === 'gaps' || selected === 'assessments') return <AssessmentPicker {...props} />
  if (selected === 'figures') return <ChartPicker config={brief.config} readOnly={readOnly} save={save} />
  if (selected === 'tables') return <TablesSettings brief={brief} readOnly={readOnly} save={save} />
  if (selected === 'strategy')
    return (
      <p className="muted">
        Initiatives and magnet or recycling plants of {brief.countryName ?? 'the brief’s country'}, grouped by pillar. Edit them in the Initiatives and
        Facilities tables.
      </p>
    )
  return (
    <Field label="Flag figures older than (years)" hint="The pre-flight check lists every figure shown that is older.">
      <input
        type="number"
        min={1}
        max={100}
        className="brief-input"
        value={brief.config.staleYears}
        disabled={readOnly}
        onChange={(e) => Number(e.target.value) >= 1 && save({ config: { ...brief.config, staleYears: Number(e.target.value) } })}
      />
    </Field>
  )
}

export function Settings(props: Props): ReactElement {
  const { selected } = props
  return (
    <aside className="brief-settings" aria-label="Section settings" data-testid="brief-settings">
      <div className="brief-pane-title">{selected === 'document' ? 'Title and page' : SECTION_LABELS[selected]}</div>
      {selected === 'document' ? (
        <DocumentSettings {...props} />
      ) : (
        <>
          <SectionTitle brief={props.brief} kind={selected} readOnly={props.readOnly} save={props.save} />
          <SectionBody {...props} selected={selected} />
        </>
      )}
    </aside>
  )
}
