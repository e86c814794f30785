// The find bar above the grid: the query (every word in some column of a row, or "a phrase"; the box says so),
// "3 of 120", previous and next, close. Enter steps forward, Shift+Enter back, Escape closes and gives the keyboard
// back to the grid.
import { useEffect, useRef, type KeyboardEvent, type ReactElement } from 'react'
import { CloseIcon } from '../../ui/Icons'
import type { FindState } from './useFind'

interface Props {
  state: FindState
  onQuery(query: string): void
  onNext(): void
  onPrevious(): void
  onClose(): void
}

function countText(s: FindState): string {
  if (s.error) return s.error
  if (s.query.trim() === '') return ''
  if (s.searching && s.matches.length === 0) return 'Searching…'
  if (s.matches.length === 0) return 'No matches'
  const total = s.total !== undefined ? s.total.toLocaleString('en-US') : `${s.matches.length.toLocaleString('en-US')}${s.more ? '+' : ''}`
  return `${(s.index + 1).toLocaleString('en-US')} of ${total}`
}

export function FindBar({ state, onQuery, onNext, onPrevious, onClose }: Props): ReactElement | null {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (state.open) input.current?.select()
  }, [state.open])
  if (!state.open) return null

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault()
      if (e.shiftKey) onPrevious()
      else onNext()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
  }

  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        className="find-input"
        type="search"
        aria-label="Find in this table"
        placeholder='All words, or "a phrase"'
        title="Finds the rows that hold every word, each in any column; put words in quotes to find them together, as written."
        value={state.query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {countText(state)}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match (Shift+Enter)"
        title="Previous (Shift+Enter)"
        onClick={onPrevious}
        disabled={state.matches.length === 0}
      >
        ‹
      </button>
      <button type="button" className="icon-button" aria-label="Next match (Enter)" title="Next (Enter)" onClick={onNext} disabled={state.matches.length === 0}>
        ›
      </button>
      <button type="button" className="icon-button" aria-label="Close find (Escape)" title="Close (Escape)" onClick={onClose}>
        <CloseIcon width={14} height={14} />
      </button>
    </div>
  )
}
