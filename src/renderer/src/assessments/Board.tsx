// The assessment board: countries down, themes across; each cell the latest judgement as a severity chip
// (1 pale to 5 deep red), trend arrow, status word and as-of date. Click or Enter opens the editor.
import type { ReactElement } from 'react'
import type { AssessmentBoard, BoardCell } from '../../../shared/analysis'
import { SeverityChip } from './SeverityChip'
import { shortDate, TREND_GLYPH } from './labels'

interface Props {
  board: AssessmentBoard
  onOpen(assessmentId: number): void
}

function Cell({ cell, onOpen }: { cell: BoardCell; onOpen(id: number): void }): ReactElement {
  const flags = [
    cell.missingEvidence ? `${cell.missingEvidence} cited row${cell.missingEvidence > 1 ? 's' : ''} deleted` : '',
    cell.editedSinceVersion ? 'edited since its last version' : ''
  ]
    .filter(Boolean)
    .join('; ')
  return (
    <button
      type="button"
      className={`board-cell status-${cell.status}`}
      onClick={() => onOpen(cell.assessmentId)}
      data-testid={`board-cell-${cell.assessmentId}`}
      title={cell.title}
    >
      <span className="board-cell-top">
        <SeverityChip severity={cell.severity} />
        <span className="board-trend" aria-label={cell.trend ?? 'no trend'}>
          {cell.trend ? `${TREND_GLYPH[cell.trend] ?? ''} ${cell.trend}` : ''}
        </span>
      </span>
      <span className="board-cell-bottom">
        <span className={`status-word status-${cell.status}`} data-testid="board-status">
          {cell.status}
          {cell.editedSinceVersion ? ' · edited' : ''}
        </span>
        <span className="muted">{shortDate(cell.asOf)}</span>
      </span>
      <span className="board-cell-meta muted">
        {cell.evidenceCount} evidence{cell.missingEvidence ? <span className="flag-missing"> · {cell.missingEvidence} deleted</span> : null}
      </span>
      {flags ? <span className="visually-hidden">{flags}</span> : null}
    </button>
  )
}

export function Board({ board, onOpen }: Props): ReactElement {
  if (!board.cells.length) return <p className="muted board-empty">No assessments yet. Add one in the Assessments table.</p>
  return (
    <div className="board-scroll">
      <table className="board" data-testid="assessment-board">
        <colgroup>
          <col className="board-country-col" />
          {board.themes.map((t) => (
            <col key={t.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="board-corner">Country</th>
            {board.themes.map((t) => (
              <th key={t.id} scope="col" title={t.name}>
                <span className="board-theme-code">{t.code}</span>
                <span className="board-theme-name">{t.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.countries.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                <span className="muted board-country-code">{c.code}</span>
              </th>
              {board.themes.map((t) => {
                const cell = board.cells.find((x) => x.countryId === c.id && x.themeId === t.id)
                return <td key={t.id}>{cell ? <Cell cell={cell} onOpen={onOpen} /> : <span className="board-none muted">not assessed</span>}</td>
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
