// The Start view, shown when a dataset is opened for the first time and from "Start" in the navigation: what
// this dataset is (name, file, what it holds), the question it serves, three ways in (the assessment board, the
// country brief, importing a file) and the recent files the host knows. Reads only; every way in is a route.
import type { ReactElement } from 'react'
import { useCall } from '../data/queries'
import type { Route } from '../app/route'
import { SeverityChip } from '../assessments/SeverityChip'
import { DatasetHoldings } from './DatasetHoldings'
import { datasetQuestion } from './question'
import { RecentFiles } from './RecentFiles'
import { WaysIn } from './WaysIn'
import '../assessments/assessments.css'
import './start.css'

interface Props {
  readOnly: boolean
  navigate(route: Route): void
}

export function StartView({ readOnly, navigate }: Props): ReactElement {
  const info = useCall('datasets.info', {})
  const tables = useCall('tables.list', {})
  const board = useCall('assessments.board', {})
  const briefs = useCall('briefs.list', {})
  const recent = useCall('datasets.recent', {})
  const question = datasetQuestion(board.data)

  return (
    <main id="main-content" className="view-pane start-view" data-testid="start-view">
      <div className="start-page">
        <header className="start-head">
          <div className="start-kicker">Dataset</div>
          <h1 className="start-title" data-testid="start-dataset-name">
            {info.data?.name ?? ' '}
          </h1>
          <p className="start-file muted" data-testid="start-dataset-file" title={info.data?.path}>
            {info.data?.path ?? ''}
          </p>
        </header>

        <section className="start-question" aria-labelledby="start-question-title">
          <h2 id="start-question-title" className="start-section-title">
            The question it serves
          </h2>
          <p className="start-question-text" data-testid="start-question">
            {board.data || board.error ? question.question : ' '}
          </p>
          {question.themes.length ? (
            <ul className="start-themes" aria-label="Gap themes and their latest severity">
              {question.themes.map((t) => (
                <li key={t.theme}>
                  <button type="button" className="start-theme" title={t.theme} onClick={() => navigate({ view: 'assessments', id: t.assessmentId })}>
                    <SeverityChip severity={t.severity} />
                    <span>{t.short}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <WaysIn question={question} briefs={briefs.data} readOnly={readOnly} navigate={navigate} />

        <div className="start-columns">
          <DatasetHoldings info={info.data} tables={tables.data} navigate={navigate} />
          <RecentFiles current={info.data?.path ?? null} recent={recent.data} navigate={navigate} />
        </div>
      </div>
    </main>
  )
}
