// The one save-state store behind the status bar: how many writes are in flight and the last refusal.
// Every write goes through track(); the store never retries or hides an error on its own. Its one reader (the
// status bar's save state) hears of changes in a task of its own, after the write's answer has been handled,
// not during it; "Saving…" only once a write has taken a moment, so a quick edit never redraws it at all.
import { useSyncExternalStore } from 'react'
import { errorMessage } from '../api/client'

export interface SaveState {
  pending: number
  error: string | null
}

let state: SaveState = { pending: 0, error: null }
let shown: SaveState = state
let timer = 0
let timerDelay = 0
const listeners = new Set<() => void>()
/** A write answered sooner than this never shows "Saving…" (it would only flicker). */
const SAVING_AFTER_MS = 150

/** The same on screen: saving or not, and the same error. */
const looksSame = (a: SaveState, b: SaveState): boolean => a.pending > 0 === b.pending > 0 && a.error === b.error

function notify(): void {
  timer = 0
  if (looksSame(shown, state)) return
  shown = state
  for (const listener of listeners) listener()
}

function set(next: SaveState): void {
  state = next
  const delay = next.pending > 0 && shown.pending === 0 && next.error === shown.error ? SAVING_AFTER_MS : 0
  if (timer && delay >= timerDelay) return
  window.clearTimeout(timer)
  timerDelay = delay
  timer = window.setTimeout(notify, delay)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Follow one write: "Saving…" while it runs, its error (or a clean slate) when it ends. */
export async function track<T>(write: Promise<T>): Promise<T> {
  set({ ...state, pending: state.pending + 1 })
  try {
    const value = await write
    set({ pending: state.pending - 1, error: null })
    return value
  } catch (e) {
    set({ pending: state.pending - 1, error: errorMessage(e) })
    throw e
  }
}

export function reportError(message: string): void {
  set({ ...state, error: message })
}

export function clearError(): void {
  if (state.error !== null) set({ ...state, error: null })
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(subscribe, () => shown)
}

export function saveStateText(s: SaveState): string {
  if (s.pending > 0) return 'Saving…'
  if (s.error) return s.error
  return 'All changes saved'
}
