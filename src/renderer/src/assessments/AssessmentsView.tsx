// The Assessments view: the board of countries x themes with "what changed since", or one assessment open
// in the editor. Reloads on every dataset change (edits here, undo, other windows).
import type { ReactElement } from 'react'
import { call } from '../api/client'
import { useRequest } from '../app/useRequest'
import { useStored } from '../app/useStored'
import { Board } from './Board'
import { ChangedSince } from './ChangedSince'
import { Editor } from './Editor'
import './assessments.css'

interface Props {
  revision: number
  readOnly: boolean
  onChanged(): void
}

const isId = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0)

function BoardPage({ revision, onOpen }: { revision: number; onOpen(id: number): void }): ReactElement {
  const board = useRequest(() => call('assessments.board', {}), [revision])
  return (
    <div className="analysis-page board-page">
      <header className="analysis-head">
        <h1>Assessments</h1>
        <p className="muted">The latest judgement of each gap theme per country. Severity 1 (minor) to 5 (critical); click a cell to open it.</p>
      </header>
      {board.error ? <p className="error-text">{board.error}</p> : null}
      {board.data ? <Board board={board.data} onOpen={onOpen} /> : <p className="muted">Loading…</p>}
      <ChangedSince revision={revision} onOpen={onOpen} />
    </div>
  )
}

function EditorPage({ id, revision, readOnly, onChanged, onBack }: Props & { id: number; onBack(): void }): ReactElement {
  const detail = useRequest(() => call('assessments.get', { id }), [id, revision])
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
  return <Editor detail={detail.data} readOnly={readOnly} revision={revision} onChanged={onChanged} onBack={onBack} />
}

export function AssessmentsView(props: Props): ReactElement {
  const [open, setOpen] = useStored<number | null>('lodestone.assessment', null, isId)
  return (
    <main className="analysis" data-testid="assessments-view">
      {open === null ? <BoardPage revision={props.revision} onOpen={setOpen} /> : <EditorPage {...props} id={open} onBack={() => setOpen(null)} />}
    </main>
  )
}
