// Keys typed while an in-cell editor is still mounting: AG Grid starts the editor on the first key, and the keys
// right after it would reach the cell, not the editor, and be lost. The grid marks the start and keeps the keys
// that follow here; the editor takes them (and an Enter typed that fast) as soon as it is up.

let text = ''
let enter = false
let startedAt = 0

/** A printable key on a cell that is not being edited: AG Grid is about to start an editor with it. */
export function markStarting(): void {
  text = ''
  enter = false
  startedAt = performance.now()
}

/** True for a short while after markStarting, until the editor takes the keys. */
export function isStarting(): boolean {
  return startedAt > 0 && performance.now() - startedAt < 400
}

export function rememberKey(key: string): void {
  if (key === 'Enter') enter = true
  else text += key
}

export function takeTypeAhead(): { text: string; enter: boolean } {
  const taken = { text, enter }
  text = ''
  enter = false
  startedAt = 0
  return taken
}
