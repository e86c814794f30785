// The Assessments view: the board of countries x themes with "what changed since", or the assessment the route
// names open in the editor (one that is gone falls back to the board, quietly). Each is a query the change feed keeps current.
import { useCallback, useEffect, type ReactElement } from 'react'
import { useCall } from '../data/queries'
import { Board } from './Board'
import { ChangedSince } from './ChangedSince'
import { Editor } from './Editor'
import './assessments.css'

interface Props {
  readOnly: boolean
}

function BoardPage({ onOpen }: { onOpen(id: number): void }): ReactElement {
  const board = useCall('assessments.board', {})
  return (
    <div className="analysis-page board-page">
      <header className="analysis-head">
        <h1>Assessments</h1>
        <p className="muted">The latest judgement of each gap theme per country. Severity 1 (minor) to 5 (critical); click a cell to open it.</p>
      </header>
      {board.error ? <p className="error-text">{board.error}</p> : null}
      {board.data ? <Board board={board.data} onOpen={onOpen} /> : <p className="muted">Loading…</p>}
      <ChangedSince onOpen={onOpen} />
    </div>
  )
}

interface EditorPageProps extends Props {
  id: number
  onBack(): void
  onGone(): void
}

function EditorPage({ id, readOnly, onBack, onGone }: EditorPageProps): ReactElement {
  const detail = useCall('assessments.get', { id })
  const gone = detail.notFound
  useEffect(() => {
    if (gone) onGone()
  }, [gone, onGone])
  if (gone) return <p className="muted analysis-page">Loading…</p>
  if (detail.error && !detail.data) {
    return (
      <div className="analysis-page">
        <p className="error-text">{detail.error}</p>
        <button type="button" className="btn" onClick={onBack}>
          Back to the board
        </button>
      </div>
    )
  }
  if (!detail.data || Number(detail.data.assessment.id) !== id) return <p className="muted analysis-page">Loading…</p>
  return <Editor detail={detail.data} readOnly={readOnly} onBack={onBack} />
}

interface ViewProps extends Props {
  /** The assessment the route names, or null for the board. */
  openId: number | null
  /** Opens an assessment (null: the board); replace when the one asked for is gone. */
  onOpen(id: number | null, replace?: boolean): void
}

export function AssessmentsView({ openId, onOpen, ...props }: ViewProps): ReactElement {
  const toBoard = useCallback(() => onOpen(null), [onOpen])
  const gone = useCallback(() => onOpen(null, true), [onOpen])
  return (
    <main id="main-content" className="analysis" data-testid="assessments-view">
      {openId === null ? <BoardPage onOpen={onOpen} /> : <EditorPage {...props} id={openId} onBack={toBoard} onGone={gone} />}
    </main>
  )
}
