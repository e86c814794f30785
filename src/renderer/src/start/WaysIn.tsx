// The Start view's three ways in, as large buttons: the assessment board, the country's brief (the existing one,
// else the new-brief form with that country chosen) and the import wizard.
import type { ReactElement } from 'react'
import type { BriefSummary } from '../../../shared/briefs'
import type { Route } from '../app/route'
import type { DatasetQuestion } from './question'

interface Props {
  question: DatasetQuestion
  briefs: BriefSummary[] | null
  readOnly: boolean
  navigate(route: Route): void
}

interface Way {
  id: string
  step: string
  title: string
  text: string
  route: Route
}

/** The brief for the assessed country: the most recently changed one of the country template, else any for it. */
function countryBrief(briefs: BriefSummary[], code: string | null): BriefSummary | null {
  const forCountry = briefs.filter((b) => code !== null && b.countryCode === code).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return forCountry.find((b) => b.template === 'country') ?? forCountry[0] ?? null
}

function ways({ question, briefs, readOnly }: Omit<Props, 'navigate'>): Way[] {
  const country = question.country?.name ?? 'the country'
  const brief = countryBrief(briefs ?? [], question.country?.code ?? null)
  const judged = question.themes.filter((t) => t.severity !== null).length
  return [
    {
      id: 'assessments',
      step: 'Judge',
      title: 'Assessment board',
      text: question.themes.length
        ? `${question.themes.length} gap themes for ${country}, ${judged ? `${judged} judged` : 'none judged yet'}: severity, evidence and versions.`
        : 'Countries by gap themes: severity, evidence and versions.',
      route: { view: 'assessments', id: null }
    },
    brief
      ? {
          id: 'brief',
          step: 'Tell',
          title: `The ${country} brief`,
          text: `Open “${brief.title}”: its outline, the paged preview and export.`,
          route: { view: 'briefs', id: brief.id }
        }
      : {
          id: 'brief',
          step: 'Tell',
          title: `The ${country} brief`,
          text: readOnly
            ? 'No brief yet; this file is open read-only, so one cannot be made here.'
            : `Draft a cited country brief for ${country}: sections, charts and sources filled in from the data.`,
          route: { view: 'new-brief' }
        },
    {
      id: 'import',
      step: 'Add',
      title: 'Import a file',
      text: 'A CSV, XLSX or UN Comtrade JSON file: mapped, checked row by row, and undoable.',
      route: { view: 'import' }
    }
  ]
}

export function WaysIn(props: Props): ReactElement {
  return (
    <section className="start-ways" aria-label="Ways in">
      {ways(props).map((way) => (
        <button key={way.id} type="button" className="start-way" data-testid={`start-way-${way.id}`} onClick={() => props.navigate(way.route)}>
          <span className="start-way-step">{way.step}</span>
          <span className="start-way-title">{way.title}</span>
          <span className="start-way-text">{way.text}</span>
          <span className="start-way-go" aria-hidden="true">
            →
          </span>
        </button>
      ))}
    </section>
  )
}
