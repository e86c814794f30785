// The one save-state store behind the status bar: how many writes are in flight and the last refusal.
// Every write goes through track(); the store never retries or hides an error on its own. Its one reader (the
// status bar's save state) hears of changes in a task of its own, after the write's answer has been handled,
// not during it (changes within one task reach it once).
import { useSyncExternalStore } from 'react'
import { errorMessage } from '../api/client'

export interface SaveState {
  pending: number
  error: string | null
}

let state: SaveState = { pending: 0, error: null }
let shown: SaveState = state
let notifying = 0
const listeners = new Set<() => void>()

function notify(): void {
  notifying = 0
  if (shown.pending === state.pending && shown.error === state.error) return
  shown = state
  for (const listener of listeners) listener()
}

function set(next: SaveState): void {
  state = next
  if (!notifying) notifying = window.setTimeout(notify, 0)
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
