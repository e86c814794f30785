// The analysis views the navigation offers beside the tables (the assessment board and the computed
// indicators), and the pane that shows the chosen one in place of the grid and inspector.
import type { ReactElement } from 'react'
import { IndicatorsView } from '../indicators/IndicatorsView'
import { AssessmentsView } from './AssessmentsView'

export const ANALYSIS_VIEWS = [
  { id: 'assessments', label: 'Assessment board' },
  { id: 'indicators', label: 'Computed indicators' }
] as const
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number]['id']

export function isAnalysisView(v: unknown): v is AnalysisView | null {
  return v === null || ANALYSIS_VIEWS.some((view) => view.id === v)
}

interface Props {
  view: AnalysisView
  revision: number
  readOnly: boolean
  onChanged(): void
}

export function AnalysisPane({ view, ...rest }: Props): ReactElement {
  return view === 'assessments' ? <AssessmentsView {...rest} /> : <IndicatorsView {...rest} />
}
