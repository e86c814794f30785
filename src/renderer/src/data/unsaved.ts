// Typed text not yet saved: a draft of each long field kept in localStorage as it is typed (so a reload or a
// crash loses nothing), and the set of fields with unsaved text, which makes closing the window ask first.
// Drafts are the analyst's own words waiting to be saved, never a copy of stored data.

export interface TextDraft {
  text: string
  /** The saved text the draft was typed over: a draft whose base is no longer the saved text is offered, not applied. */
  base: string
  at: string
}

const PREFIX = 'lodestone.draft:'
const unsaved = new Set<string>()
let guarding = false

function guardUnload(): void {
  if (guarding) return
  guarding = true
  window.addEventListener('beforeunload', (e) => {
    if (unsaved.size === 0) return
    e.preventDefault()
    // Older engines show the prompt only when returnValue is set.
    e.returnValue = ''
  })
}

/** A field now holds text that is not saved yet (closing the window asks first). */
export function markUnsaved(key: string): void {
  guardUnload()
  unsaved.add(key)
}

export function markSaved(key: string): void {
  unsaved.delete(key)
}

export function hasUnsaved(): boolean {
  return unsaved.size > 0
}

export function draftKey(scope: string, field: string): string {
  return `${PREFIX}${window.location.pathname}:${scope}:${field}`
}

export function readDraft(key: string): TextDraft | null {
  try {
    const raw = window.localStorage.getItem(key)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<TextDraft>
    return typeof value.text === 'string' && typeof value.base === 'string' ? { text: value.text, base: value.base, at: String(value.at ?? '') } : null
  } catch {
    return null
  }
}

export function writeDraft(key: string, text: string, base: string): void {
  markUnsaved(key)
  try {
    window.localStorage.setItem(key, JSON.stringify({ text, base, at: new Date().toISOString() }))
  } catch {
    // Storage full or unavailable: the text is still saved as typed, only the crash copy is missing.
  }
}

export function clearDraft(key: string): void {
  markSaved(key)
  try {
    window.localStorage.removeItem(key)
  } catch {
    // nothing to clear
  }
}
